import ArgumentParser
import MedKB

struct ProductsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "products",
        abstract: "List the products in the knowledge base, with substance, status and reference product.",
        discussion: """
            Filters combine: `medkb products --reference Prolia --status authorised` lists every \
            authorised biosimilar or generic whose reference product, stated by a document or \
            inferred from the EMA catalogue, is Prolia. A value that no product in the base has \
            (a misspelt substance, an ATC code or status the base does not hold, a product no \
            biosimilar or generic names as its reference) is refused with exit status 1 and what is \
            close to it ("no product with substance denosumabb; did you mean denosumab?"). Filters \
            that each match products but no product together give an empty list and exit status 0.
            """
    )

    @OptionGroup var db: DatabaseOptions

    @OptionGroup var language: LanguageOption

    @Option(help: "Output format: text, json or csv.")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("Only products with this active substance (English INN).", valueName: "inn"))
    var substance: String?

    @Option(help: ArgumentHelp("Only products whose ATC code starts so (M05BX).", valueName: "code"))
    var atc: String?

    @Flag(help: "Only biosimilars.")
    var biosimilar = false

    @Flag(help: "Only generics and hybrids.")
    var generic = false

    @Option(help: ArgumentHelp("Only products with this status as the EMA catalogue gives it (authorised, withdrawn, refused, ...).", valueName: "status"))
    var status: String?

    @Option(help: ArgumentHelp("Only products whose stated or inferred reference product is this one.", valueName: "product"))
    var reference: String?

    @Option(help: ArgumentHelp("Only products a document gives this side effect, in Danish or English (hovedpine, headache).", valueName: "term"))
    var adverseEvent: String?

    @Option(help: ArgumentHelp("With --adverse-event: only at this frequency (very_common, common, uncommon, rare, very_rare, not_known).", valueName: "frequency"))
    var frequency: String?

    func validate() throws {
        let messages = LanguageOption.messages
        if frequency != nil, adverseEvent == nil { throw ValidationError(messages["frequency_needs_term"]) }
        if let frequency, KnowledgeBase.frequencyCategory(frequency) == nil {
            throw ValidationError(messages.format("frequency_takes", TextLayout.frequencyOrder.joined(separator: ", "), frequency))
        }
    }

    func run() throws {
        let base = try db.open()
        let filter = ProductFilter(substance: substance, atc: atc, biosimilar: biosimilar ? true : nil,
                                   generic: generic ? true : nil, status: status, reference: reference)
        let list = try base.productList(filter, adverseEvent: adverseEvent, frequency: frequency)
        if let adverseEvent, list.products.isEmpty, format == .text {
            return try Output.print(ProductList.noneWithSideEffect(adverseEvent, frequency: frequency, labels: labels))
        }
        switch format {
        case .json:
            try Output.print(list.json.serialized(pretty: true))
        case .csv:
            try Output.print(list.csv)
        case .text:
            try Output.print(list.text(width: outputIsTerminal ? terminalWidth() : nil, labels: labels))
        }
    }

    /// The catalogue is English: the labels are, unless Danish is asked for.
    var labels: ReportLabels { ReportLabels(language: language.resolved(documents: ["en"])) }
}
