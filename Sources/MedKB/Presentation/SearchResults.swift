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

    /// The terms searched for: the other words of their concepts, the products of a substance,
    /// a word replaced because it found nothing. Nil for a search shown without them.
    public let searched: SearchQuery?

    /// The words of the text output, Danish or English.
    public var labels = ReportLabels(language: "en")

    public init(query: String, hits: [SearchHit], suggestions: [(word: String, names: [String])] = [], rankedAmong: Int? = nil,
                searched: SearchQuery? = nil) {
        self.query = query
        self.hits = hits
        self.suggestions = suggestions
        self.rankedAmong = rankedAmong
        self.searched = searched
    }

    /// One row per hit: rank, document, source, title, section and the snippet without its marks.
    public var csv: String {
        let rows: [[String]] = hits.enumerated().map { index, hit in
            let snippet = SearchHit.replacingMarks(in: hit.snippet, open: "", close: "")
            return [String(index + 1), hit.documentId, hit.source, hit.title ?? "", hit.heading ?? "", snippet]
        }
        return CSVTable.text(header: ["rank", "document", "source", "title", "section", "snippet"], rows: rows)
    }

    /// What the search said besides its hits: the words replaced, the terms widened, and
    /// (after the hits) the ranking note and the product names close to a word.
    public var notes: (before: [String], after: [String]) {
        (correctionLines + widenedLines, (rankingNote.map { [$0] } ?? []) + suggestionLines)
    }

    /// "No section holds “hovdpine”; searched for “hovedpine” instead."
    var correctionLines: [String] {
        (searched?.corrections ?? []).map { labels.format("search_corrected", $0.typed, $0.searched) }
    }

    /// For each widened term: "Searched “hovedpine” also as headache (the concept headache)."
    var widenedLines: [String] {
        (searched?.terms ?? []).flatMap { term -> [String] in
            let typed = labels.format("search_also", term.typed.joined(separator: " ")) + " "
            var lines: [String] = []
            if !term.conceptTerms.isEmpty {
                let concepts = labels.format(term.concepts.count == 1 ? "search_concept" : "search_concepts", term.concepts.joined(separator: ", "))
                lines.append(typed + term.conceptTerms.map(\.text).joined(separator: ", ") + " (\(concepts)).")
            }
            if !term.products.isEmpty {
                lines.append(typed + term.products.joined(separator: ", ") + (term.moreProducts ? " " + labels["search_and_more"] : "")
                             + " (" + labels.format("search_products", term.words.joined(separator: " ")) + ").")
            }
            return lines
        }
    }

    var rankingNote: String? {
        rankedAmong.map { labels.format("search_ranked", ChangeReport.number($0)) }
    }

    var suggestionLines: [String] {
        suggestions.map { labels.format("search_suggest", $0.word, $0.names.joined(separator: " " + labels["or"] + " ")) }
    }

    /// The hits as text; on a terminal (`.terminal`) control characters in the data are shown escaped.
    public func text(highlight: Highlight, width: Int = 100) -> String {
        var out = (correctionLines + widenedLines).map { TextLayout.wrap($0, width: width) }
        if hits.isEmpty {
            let searchedFor = searched.map { $0.typed.joined(separator: " ") } ?? query
            out += [labels.format("search_none", searchedFor)] + suggestionLines
        } else if !out.isEmpty {
            out.append("")
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
        return SearchHit.replacingMarks(in: text, open: open, close: close)
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
                    ("snippet", .string(SearchHit.replacingMarks(in: hit.snippet, open: "«", close: "»"))),
                    ("rank", .number(hit.rank)),
                ])
            })),
            // Null when every matching section was ranked.
            ("ranked_among", rankedAmong.map { .number(Double($0)) } ?? .null),
            ("suggestions", .array(suggestions.map { .object([("word", .string($0.word)), ("products", .strings($0.names))]) })),
            // What each term was searched as; a later field of medkb-search/1.
            ("terms", .array((searched?.terms ?? []).map { term in
                .object([
                    ("words", .strings(term.words)), ("concepts", .strings(term.concepts)),
                    ("concept_terms", .strings(term.conceptTerms.map(\.text))), ("products", .strings(term.products)),
                    ("more_products", .bool(term.moreProducts)),
                ])
            })),
            ("corrections", .array((searched?.corrections ?? []).map { .object([("typed", .string($0.typed)), ("searched", .string($0.searched))]) })),
        ])
    }
}
