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
            changes since the previous export printed. Each file is stored in one transaction: all \
            of it or nothing. A file already in the base (the same bytes) is left as it is. Files \
            medkb cannot read are refused with the reason (on standard error), and the command then \
            exits with status 1.
            """
    )

    @OptionGroup var db: DatabaseOptions

    @Option(help: ArgumentHelp("Read every file as this kind instead of recognising it: epar-overview, guideline or smpc.", valueName: "kind"))
    var kind: DocumentKind?

    @Argument(help: ArgumentHelp("Files or folders to import.", valueName: "path"))
    var paths: [String]

    static let folderExtensions: Set<String> = ["txt", "text", "pdf", "xlsx"]

    /// How many changes of each kind the import prints; `medkb changes` prints them all.
    static let changesShown = 10

    func validate() throws {
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("no file or folder at \(path)")
        }
    }

    func n(_ value: Int) -> String { ChangeReport.number(value) }

    func run() throws {
        let base = try db.open(creating: true)
        let files = paths.flatMap(Self.files)
        var imported = 0, unchanged = 0
        var refused: [(String, String)] = []
        for (index, file) in files.enumerated() {
            let counter = files.count > 1 ? "[\(index + 1)/\(files.count)] " : ""
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: file))
                if kind == nil, CatalogueReader.looksLikeWorkbook(data) || file.lowercased().hasSuffix(".xlsx") {
                    switch try base.importCatalogue(data, source: file) {
                    case let .imported(result):
                        imported += 1
                        try Output.print("\(counter)imported   \(file)  (EMA medicines catalogue of \(result.exportDate): "
                            + "\(n(result.rows)) rows, \(n(result.human)) human, \(n(result.veterinary)) veterinary; "
                            + "\(n(result.newProducts)) new products, \(n(result.facts)) indication facts)")
                        if let changes = result.changes {
                            try Output.print(ChangeReport.text(changes, limit: Self.changesShown))
                            try Output.print("\n`medkb changes --since \(changes.toExport)` lists every change.")
                        }
                    case let .unchanged(id):
                        unchanged += 1
                        try Output.print("\(counter)unchanged  \(file)  (this catalogue export is already in the base as \(id.prefix(12)))")
                    }
                    continue
                }
                switch try base.importDocument(data, source: file, forcedKind: kind) {
                case let .imported(_, kind, language, title, facts):
                    imported += 1
                    try Output.print("\(counter)imported   \(file)  (\(kind.rawValue), \(language), \(title.map { "“\($0)”, " } ?? "")\(facts) facts)")
                case let .unchanged(id):
                    unchanged += 1
                    try Output.print("\(counter)unchanged  \(file)  (already in the base as \(id.prefix(12)))")
                }
            } catch let error as CommandError {
                throw error  // the output could not be written
            } catch {
                let reason = readableMessage(for: error)
                refused.append((file, reason))
                printError("\(counter)refused    \(file): \(reason)")
            }
        }
        try Output.print("imported \(imported), unchanged \(unchanged), refused \(refused.count)")
        if !refused.isEmpty { throw ExitCode(1) }
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
