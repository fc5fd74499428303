/// The hits `medkb search` prints.
public struct SearchResults: Sendable {
    public let query: String
    public let hits: [SearchHit]

    public enum Highlight: Sendable {
        /// Bold on a terminal.
        case terminal
        /// «word» when the output goes to a file or a pipe.
        case plain
    }

    /// Product names close to a word of the query that names no product ("Ozvyrti": "Osvyrti").
    public let suggestions: [(word: String, names: [String])]

    /// When more sections match than search ranks: how many were ranked (the last imported).
    public let rankedAmong: Int?

    public init(query: String, hits: [SearchHit], suggestions: [(word: String, names: [String])] = [], rankedAmong: Int? = nil) {
        self.query = query
        self.hits = hits
        self.suggestions = suggestions
        self.rankedAmong = rankedAmong
    }

    var rankingNote: String? {
        rankedAmong.map { "More than \(ChangeReport.number($0)) sections hold these words; these are the best of the "
            + "\(ChangeReport.number($0)) imported last. Add a word to narrow the search." }
    }

    var suggestionLines: [String] {
        suggestions.map { "No product is named \($0.word); did you mean \($0.names.joined(separator: " or "))?" }
    }

    /// The hits as text; on a terminal (`.terminal`) control characters in the data are shown escaped.
    public func text(highlight: Highlight, width: Int = 100) -> String {
        var out: [String] = []
        if hits.isEmpty {
            out = ["No section holds every word of “\(query)”."] + suggestionLines
        }
        for (index, hit) in hits.enumerated() {
            let place = [hit.title, hit.heading].compactMap { $0 }.joined(separator: " — ")
            out.append("\(index + 1). \(place.isEmpty ? hit.source : place)")
            out.append("   \(hit.source) (\(hit.documentId.prefix(12)))")
            let snippet = hit.snippet.replacingOccurrences(of: "\t", with: " ")  // table cells of a PDF
            out.append(TextLayout.wrap(snippet, width: width, indent: "   "))
        }
        if let rankingNote { out += ["", TextLayout.wrap(rankingNote, width: width)] }
        if !hits.isEmpty, !suggestionLines.isEmpty { out += [""] + suggestionLines.map { TextLayout.wrap($0, width: width) } }
        var text = out.joined(separator: "\n")
        let (open, close) = highlight == .terminal ? ("\u{1B}[1m", "\u{1B}[0m") : ("«", "»")
        if highlight == .terminal {
            text = TerminalText.escaped(text, keeping: ["\n", Self.mark(SearchHit.markStart), Self.mark(SearchHit.markEnd)])
        }
        return text.replacingOccurrences(of: SearchHit.markStart, with: open).replacingOccurrences(of: SearchHit.markEnd, with: close)
    }

    static func mark(_ mark: String) -> Unicode.Scalar { mark.unicodeScalars.first! }

    public var json: JSONValue {
        .object([
            ("schema", .string("medkb-search/1")),
            ("query", .string(query)),
            ("hits", .array(hits.map { hit in
                .object([
                    ("document", .string(hit.documentId)), ("source", .string(hit.source)), ("title", .optional(hit.title)),
                    ("section", .optional(hit.heading)),
                    ("snippet", .string(hit.snippet.replacingOccurrences(of: SearchHit.markStart, with: "«")
                        .replacingOccurrences(of: SearchHit.markEnd, with: "»"))),
                    ("rank", .number(hit.rank)),
                ])
            })),
            // Null when every matching section was ranked.
            ("ranked_among", rankedAmong.map { .number(Double($0)) } ?? .null),
            ("suggestions", .array(suggestions.map { .object([("word", .string($0.word)), ("products", .strings($0.names))]) })),
        ])
    }
}
