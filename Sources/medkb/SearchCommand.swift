import ArgumentParser
import MedKB

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the documents' text; hits are ranked and the matching words highlighted.",
        discussion: """
            Every word must occur, as a word or the start of one; case and accents do not matter, \
            and æ, ø, å also match ae, oe, aa ("kaeben" finds "kæben"). Short function words \
            ("i", "og", "the", "of") are neither required nor highlighted. A word or phrase that \
            is a term of the vocabulary also finds the other terms of its concept, Danish and \
            English ("hovedpine" finds "headache"), and a substance also finds the names of the \
            products that contain it ("denosumab" finds "Prolia"). When nothing is found, a word \
            that no section holds is replaced by the closest one (one letter left out, added, \
            changed or swapped) that finds something, and the output says so. Punctuation and \
            operators are searched as plain words. When more than 2,000 sections match, the 2,000 \
            imported last are ranked, and the output says so.
            """
    )

    @OptionGroup var db: DatabaseOptions

    @OptionGroup var language: LanguageOption

    @Option(help: "Output format: text, json or csv.")
    var format: OutputFormat = .text

    @Option(help: "At most this many hits.")
    var limit: Int = 20

    @Argument(help: ArgumentHelp("The words to look for.", valueName: "query"))
    var query: [String]

    func validate() throws {
        guard limit > 0 else { throw ValidationError(LanguageOption.messages["limit_at_least"]) }
    }

    func run() throws {
        ConceptTerms.readInBackground()
        let base = try db.open()
        let text = query.joined(separator: " ")
        let view = try base.searchResults(text, limit: limit, language: language.resolved(documents: ["en"]))
        if format == .json {
            try Output.print(view.json.serialized(pretty: true))
        } else if format == .csv {
            try Output.print(view.csv)
        } else {
            try Output.print(view.text(highlight: outputIsTerminal ? .terminal : .plain), laidOut: outputIsTerminal)
        }
    }
}
