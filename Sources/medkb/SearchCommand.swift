import ArgumentParser
import MedKB

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the documents' text; hits are ranked and the matching words highlighted.",
        discussion: """
            Every word must occur, as a word or the start of one; case and accents do not matter, \
            and æ, ø, å also match ae, oe, aa ("kaeben" finds "kæben"). Punctuation and operators \
            are searched as plain words. When more than 2,000 sections match, the 2,000 imported \
            last are ranked, and the output says so.
            """
    )

    @OptionGroup var db: DatabaseOptions

    @Option(help: "Output format: text, json or csv.")
    var format: OutputFormat = .text

    @Option(help: "At most this many hits.")
    var limit: Int = 20

    @Argument(help: ArgumentHelp("The words to look for.", valueName: "query"))
    var query: [String]

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let base = try db.open()
        let text = query.joined(separator: " ")
        let (hits, rankedAmong) = try base.searchPage(text, limit: limit)
        // Capitalised words may be product names; any word may be when nothing was found.
        let view = SearchResults(query: text, hits: hits,
                                 suggestions: try base.nameSuggestions(for: text, onlyCapitalised: !hits.isEmpty),
                                 rankedAmong: rankedAmong)
        if format == .json {
            try Output.print(view.json.serialized(pretty: true))
        } else if format == .csv {
            try Output.print(CSVTable.text(header: ["rank", "document", "source", "title", "section", "snippet"], rows: hits.enumerated().map { index, hit in
                [String(index + 1), hit.documentId, hit.source, hit.title ?? "", hit.heading ?? "",
                 hit.snippet.replacingOccurrences(of: SearchHit.markStart, with: "").replacingOccurrences(of: SearchHit.markEnd, with: "")]
            }))
        } else {
            try Output.print(view.text(highlight: outputIsTerminal ? .terminal : .plain), laidOut: outputIsTerminal)
        }
    }
}
