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

    public init(query: String, hits: [SearchHit]) {
        self.query = query
        self.hits = hits
    }

    public func text(highlight: Highlight, width: Int = 100) -> String {
        guard !hits.isEmpty else { return "No section holds every word of “\(query)”." }
        let (open, close) = highlight == .terminal ? ("\u{1B}[1m", "\u{1B}[0m") : ("«", "»")
        var out: [String] = []
        for (index, hit) in hits.enumerated() {
            let place = [hit.title, hit.heading].compactMap { $0 }.joined(separator: " — ")
            out.append("\(index + 1). \(place.isEmpty ? hit.source : place)")
            out.append("   \(hit.source) (\(hit.documentId.prefix(12)))")
            let snippet = hit.snippet.replacingOccurrences(of: SearchHit.markStart, with: open)
                .replacingOccurrences(of: SearchHit.markEnd, with: close)
            out.append(TextLayout.wrap(snippet, width: width, indent: "   "))
        }
        return out.joined(separator: "\n")
    }

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
        ])
    }
}
