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

    @OptionGroup var language: LanguageOption

    @Option(help: ArgumentHelp("Read every file as this kind instead of recognising it: epar-overview, guideline or smpc.", valueName: "kind"))
    var kind: DocumentKind?

    @Argument(help: ArgumentHelp("Files or folders to import.", valueName: "path"))
    var paths: [String]

    static let folderExtensions: Set<String> = ["txt", "text", "pdf", "xlsx"]

    /// How many changes of each kind the import prints; `medkb changes` prints them all.
    static let changesShown = 10

    func validate() throws {
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError(LanguageOption.messages.format("no_file_or_folder", path))
        }
    }

    func n(_ value: Int) -> String { ChangeReport.number(value) }

    /// On a terminal, an import of more files than this shows a progress line instead of a line per file.
    static let filesListedOnTerminal = 100

    func run() throws {
        let base = try db.open(creating: true)
        let files = paths.flatMap(Self.files)
        let labels = self.labels
        var progress = ImportProgress(total: files.count, labels: labels)
        // Piped output (a log) lists every file; a terminal, for a big import, the progress line.
        let listed = !(outputIsTerminal && files.count > Self.filesListedOnTerminal)
        func counter() -> String { files.count > 1 ? "[\(progress.done + 1)/\(files.count)] " : "" }
        func say(_ line: String) throws {
            progress.clear()
            try Output.print(line)
        }
        func refuse(_ file: String, _ error: any Error) {
            progress.clear()
            printError(counter() + labels.format("import_refused", file, (error as? LocalisedMessage)?.message(labels) ?? readableMessage(for: error)))
            progress.count(.refused)
        }
        // Documents in a row go through the import pipeline together; a workbook stands on its own.
        var documents: [String] = []
        func importDocuments() throws {
            guard !documents.isEmpty else { return }
            try base.importDocuments(documents, forcedKind: kind) { item in
                switch item.outcome {
                case let .success(.imported(_, kind, language, title, facts, encoding)):
                    // UTF-8 goes without saying; another encoding is worth knowing.
                    let readAs = encoding.flatMap { $0 == .utf8 ? nil : "; " + labels.format("read_as", $0.rawValue) } ?? ""
                    let details = "\(kind.rawValue), \(language), \(title.map { "“\($0)”, " } ?? "")\(labels.count(facts, "facts_count"))\(readAs)"
                    if listed { try say(counter() + labels.format("import_imported", item.source, details)) }
                    progress.count(.imported)
                case let .success(.unchanged(id)):
                    if listed { try say(counter() + labels.format("import_unchanged", item.source, String(id.prefix(12)))) }
                    progress.count(.unchanged)
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

    /// The export's new products, the same figure `medkb changes` gives: rows the export
    /// before it did not have, some of them products already known from documents.
    func newProducts(_ result: CatalogueImport) -> String {
        guard let added = result.changes?.added.count else { return labels.count(result.newProducts, "new_product") }
        let known = added - result.newProducts
        return known > 0 ? labels.format("known_from_documents", labels.count(added, "new_product"), n(known)) : labels.count(added, "new_product")
    }

    /// The import's words: the documents are in several languages, so English unless asked.
    var labels: ReportLabels { ReportLabels(language: language.resolved(documents: ["en"])) }

    /// Whether a file starts as a zip package does (a workbook with another name), read from its first bytes only.
    static func startsLikeWorkbook(_ file: String) -> Bool {
        CatalogueReader.looksLikeWorkbook(FileStatus.firstBytes(4, atPath: file) ?? Data())
    }

    func importCatalogue(_ data: Data, file: String, into base: KnowledgeBase, counter: String,
                         say: (String) throws -> Void) throws -> ImportProgress.Outcome {
        switch try base.importCatalogue(data, source: file) {
        case let .imported(result):
            try say(counter + labels.format("import_imported", file, labels.format("catalogue_summary", result.exportDate, n(result.rows),
                n(result.human), n(result.veterinary), newProducts(result), n(result.facts))))
            if let changes = result.changes {
                try say(ChangeReport.text(changes, limit: Self.changesShown, labels: labels))
                try say("\n" + labels.format("every_change", changes.toExport))
            }
            return .imported
        case let .unchanged(id):
            try say(counter + labels.format("import_unchanged_catalogue", file, String(id.prefix(12))))
            return .unchanged
        }
    }

    /// A file as given; a folder's document files, sorted, hidden ones left out.
    static func files(at path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [path] }
        let root = URL(fileURLWithPath: path)
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [], options: [.skipsHiddenFiles])
        var found: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard folderExtensions.contains(url.pathExtension.lowercased()), FileStatus.isRegularFile(atPath: url.path) else { continue }
            let relative = url.path.hasPrefix(root.path + "/") ? String(url.path.dropFirst(root.path.count + 1)) : url.lastPathComponent
            found.append((path.hasSuffix("/") ? path : path + "/") + relative)
        }
        return found.sorted()
    }
}

extension DocumentKind: ExpressibleByArgument {
    public static var allValueStrings: [String] { textKinds.map(\.rawValue) }
}
