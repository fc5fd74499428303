import ArgumentParser
import MedKB

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a product card: indications, dosing, contraindications, side effects by frequency, each with its quote.",
        discussion: """
            Given an active substance (denosumab) or an ATC code or its start (M05BX04, M05B), \
            show lists the products that contain it: originators first, then biosimilars and \
            generics, with their status; `medkb show NAME` then opens one.
            """
    )

    @OptionGroup var db: DatabaseOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Argument(help: ArgumentHelp("A product's name (or the start of it), EMA product number, active substance or ATC code.", valueName: "product"))
    var product: String

    func run() throws {
        let base = try db.open()
        let found: ProductSummary
        switch try base.subject(named: product) {
        case let .product(one):
            found = one
        case let .substance(substance, products):
            return try printList(SubstanceProducts(subject: substance, products: products))
        case let .atc(code, products):
            return try printList(SubstanceProducts(subject: "ATC \(code)", products: products))
        }
        let sources = try base.documents(withIds: found.documents)
        let card = ProductCard(product: found, facts: try base.facts(about: found), sources: sources)
        try Output.print(format == .json ? card.json.serialized(pretty: true) : card.text())
    }

    private func printList(_ list: SubstanceProducts) throws {
        try Output.print(format == .json ? list.json.serialized(pretty: true) : list.text)
    }
}
