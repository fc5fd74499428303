import ArgumentParser
import MedKB

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a product card: indications, dosing, contraindications, side effects by frequency, each with its quote.",
        discussion: """
            Given an active substance (denosumab) or an ATC code or its start (M05BX04, M05B), \
            show lists the products that contain it: originators first, then biosimilars and \
            generics, with their status; `medkb show NAME` then opens one. The card prints as \
            text, Markdown or printable HTML (--format, --output), or as CSV with one row per \
            fact, its quote and its source.
            """
    )

    @OptionGroup var db: DatabaseOptions

    @OptionGroup var language: LanguageOption

    @Option(help: "Output format: text, markdown, html, json or csv.")
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("Write the card to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Only side effects of this frequency (very_common, common, uncommon, rare, very_rare, not_known).", valueName: "frequency"))
    var frequency: String?

    @Option(help: ArgumentHelp("Only side effects of this organ class (words of it: nervous, skin).", valueName: "class"))
    var organClass: String?

    @Argument(help: ArgumentHelp("A product's name (or the start of it), EMA product number, active substance or ATC code.", valueName: "product"))
    var product: String

    func validate() throws {
        if let frequency, KnowledgeBase.frequencyCategory(frequency) == nil {
            throw ValidationError(LanguageOption.messages.format("frequency_takes", TextLayout.frequencyOrder.joined(separator: ", "), frequency))
        }
    }

    func run() throws {
        let base = try db.open()
        let found: ProductSummary
        switch try base.subject(named: product) {
        case let .product(one):
            found = one
        case let .substance(substance, products):
            return try emit(SubstanceProducts(subject: substance, products: products), labels: catalogueLabels)
        case let .atc(code, products):
            return try emit(SubstanceProducts(subject: "ATC \(code)", products: products), labels: catalogueLabels)
        }
        let card = try base.card(for: found, frequency: frequency, organClass: organClass)
        try write(card.render(format, language: language.resolved(documents: card.documentLanguages)))
    }

    /// The catalogue is English: a list of its products is, unless Danish is asked for.
    private var catalogueLabels: ReportLabels { ReportLabels(language: language.resolved(documents: ["en"])) }

    private func emit(_ list: SubstanceProducts, labels: ReportLabels) throws {
        switch format {
        case .json: try write(list.json.serialized(pretty: true))
        case .csv: try write(list.csv)
        default: try write(list.text(labels))
        }
    }

    private func write(_ text: String) throws {
        guard let output else { return try Output.print(text) }
        try ReportFile.write(text.hasSuffix("\n") ? text : text + "\n", to: output)
        printError(LanguageOption.messages.format("wrote", output))
    }
}
