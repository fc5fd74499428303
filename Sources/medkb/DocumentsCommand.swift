import ArgumentParser
import MedKB

struct DocumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents",
        abstract: "List the documents in the knowledge base: id, kind, language, title, source and date.",
        discussion: """
            The id (or its first characters) names a document in `medkb compare --document` and \
            `medkb check`. Catalogue rows are left out unless --kind catalogue-entry asks for them.
            """
    )

    @OptionGroup var db: DatabaseOptions

    @OptionGroup var language: LanguageOption

    @Option(help: "Output format: text, json or csv.")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("Only documents of this kind (epar-overview, smpc, guideline, catalogue-entry).", valueName: "kind"))
    var kind: String?

    func run() throws {
        let all = try db.open().documents()
        let documents = all.filter { document in
            kind.map { document.kind == $0 } ?? (document.kind != DocumentKind.catalogueEntry.rawValue)
        }
        let list = DocumentList(documents)
        switch format {
        case .json: try Output.print(list.json.serialized(pretty: true))
        case .csv: try Output.print(list.csv)
        case .text: try Output.print(list.text(ReportLabels(language: language.resolved(documents: ["en"]))))
        }
    }
}
