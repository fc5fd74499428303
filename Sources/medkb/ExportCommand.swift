import ArgumentParser
import MedKB

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the facts as JSON (schema medkb-facts/1, see spec/facts.md)."
    )

    @OptionGroup var db: DatabaseOptions

    /// The language of the messages only: the export is the same JSON in any language.
    @OptionGroup var language: LanguageOption

    @Option(help: "Output format; only json.")
    var format: ExportFormat = .json

    @Option(name: .customLong("product"), help: ArgumentHelp("Only the facts about this product (repeatable).", valueName: "name"))
    var products: [String] = []

    @Option(name: .customLong("document"), help: ArgumentHelp("Only this document: id, id prefix or source (repeatable).", valueName: "id"))
    var documents: [String] = []

    @Flag(help: "Include each document's normalised text, which the evidence offsets point into.")
    var withText = false

    enum ExportFormat: String, ExpressibleByArgument { case json }

    func run() throws {
        let export = try db.open().export(products: products, documents: documents, withText: withText)
        try Output.print(export.serialized(pretty: true))
    }
}
