import ArgumentParser
import MedKB

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a product card: indications, dosing, contraindications, side effects by frequency, each with its quote."
    )

    @OptionGroup var db: DatabaseOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Argument(help: ArgumentHelp("The product's name, or the start of it.", valueName: "product"))
    var product: String

    func run() throws {
        let base = try db.open()
        let found = try base.product(named: product)
        let sources = try base.documents(withIds: found.documents)
        let card = ProductCard(product: found, facts: try base.facts(about: found), sources: sources)
        try Output.print(format == .json ? card.json.serialized(pretty: true) : card.text())
    }
}
