import ArgumentParser
import Foundation
import MedKB

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read documents into the knowledge base.",
        discussion: """
            PATH is a file or a folder; in a folder every .txt, .pdf and .xlsx file below it is read, in \
            name order. Text files and PDFs are EPAR overviews, product information (SmPC, Annex I-III) \
            or treatment guidelines, recognised by their content; .xlsx files are the EMA's \
            medicines catalogue ("download medicine data"), whose rows become products, with the \
            changes since the previous export printed. Documents are read and parsed on all cores and \
            stored in batches; each document is all or nothing (a refused one changes nothing, the \
            others land). A file already in the base (the same bytes) is left as it is. Files medkb \
            cannot read are refused with the reason (on standard error), and the command then exits \
            with status 1. Piped, every file gets a line; on a terminal, an import of more than 100 \
            files shows one progress line (count, rate, time left) and the refused files.
            """
    )

    @OptionGroup var db: DatabaseOptions

    @Option(help: ArgumentHelp("Read every file as this kind instead of recognising it: epar-overview, guideline or smpc.", valueName: "kind"))
    var kind: DocumentKind?

    @Argument(help: ArgumentHelp("Files or folders to import.", valueName: "path"))
    var paths: [String]

    static let folderExtensions: Set<String> = ["txt", "text", "pdf", "xlsx"]

    func validate() throws {
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("no file or folder at \(path)")
        }
    }

    /// On a terminal, an import of more files than this shows a progress line instead of a line per file.
    static let filesListedOnTerminal = 100

    func run() throws {
        let base = try db.open(creating: true)
        let files = paths.flatMap(Self.files)
        var progress = ImportProgress(total: files.count)
        // Piped output (a log) lists every file; a terminal, for a big import, the progress line.
        let listed = !(outputIsTerminal && files.count > Self.filesListedOnTerminal)
        func counter() -> String { files.count > 1 ? "[\(progress.done + 1)/\(files.count)] " : "" }
        func say(_ line: String) throws {
            progress.clear()
            try Output.print(line)
        }
        func refuse(_ file: String, _ error: any Error) {
            progress.clear()
            printError(counter() + ImportLines.refused(file, error))
            progress.count(.refused)
        }
        // Documents in a row go through the import pipeline together; a workbook stands on its own.
        var documents: [String] = []
        func importDocuments() throws {
            guard !documents.isEmpty else { return }
            try base.importDocuments(documents, forcedKind: kind) { item in
                switch item.outcome {
                case let .success(outcome):
                    if listed { try say(counter() + ImportLines.document(outcome, source: item.source)) }
                    if case .unchanged = outcome { progress.count(.unchanged) } else { progress.count(.imported) }
                case let .failure(error):
                    refuse(item.source, error)
                }
            }
            documents = []
        }
        for file in files {
            guard kind == nil, file.lowercased().hasSuffix(".xlsx") || Self.startsLikeWorkbook(file) else {
                documents.append(file)
                continue
            }
            try importDocuments()
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: file))
                progress.count(try importCatalogue(data, file: file, into: base, counter: counter(), say: say))
            } catch let error as CommandError {
                throw error  // the output could not be written
            } catch let error as ExitCode {
                throw error
            } catch {
                refuse(file, error)
            }
        }
        try importDocuments()
        progress.clear()
        try Output.print(progress.summary())
        if progress.refused > 0 { throw ExitCode(1) }
    }

    /// Whether a file starts as a zip package does (a workbook with another name), read from its first bytes only.
    static func startsLikeWorkbook(_ file: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: file) else { return false }
        defer { try? handle.close() }
        return CatalogueReader.looksLikeWorkbook((try? handle.read(upToCount: 4)) ?? Data())
    }

    func importCatalogue(_ data: Data, file: String, into base: KnowledgeBase, counter: String,
                         say: (String) throws -> Void) throws -> ImportProgress.Outcome {
        let outcome = try base.importCatalogue(data, source: file)
        let lines = ImportLines.catalogue(outcome, source: file)
        try say(counter + lines[0])
        for line in lines.dropFirst() { try say(line) }
        if case .unchanged = outcome { return .unchanged }
        return .imported
    }

    /// A file as given; a folder's document files, sorted, hidden ones left out.
    static func files(at path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [path] }
        let root = URL(fileURLWithPath: path)
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                        options: [.skipsHiddenFiles])
        var found: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard folderExtensions.contains(url.pathExtension.lowercased()),
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = url.path.hasPrefix(root.path + "/") ? String(url.path.dropFirst(root.path.count + 1)) : url.lastPathComponent
            found.append((path.hasSuffix("/") ? path : path + "/") + relative)
        }
        return found.sorted()
    }
}

extension DocumentKind: ExpressibleByArgument {
    public static var allValueStrings: [String] { textKinds.map(\.rawValue) }
}
