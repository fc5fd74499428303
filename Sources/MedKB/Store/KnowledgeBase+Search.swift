import Foundation
import GRDB

/// A section that matches a search, best first.
public struct SearchHit: Sendable, Equatable {
    public let documentId: String
    public let source: String
    public let title: String?
    public let heading: String?
    /// Text around the matches; each matching word stands between `SearchHit.markStart` and `markEnd`.
    public let snippet: String
    public let rank: Double

    public static let markStart = "\u{1}"
    public static let markEnd = "\u{2}"
}

/// A query medkb will not run.
public enum SearchError: Error, CustomStringConvertible, Equatable {
    case tooManyWords(count: Int, limit: Int)

    public var description: String {
        switch self {
        case let .tooManyWords(count, limit):
            return "the query has \(count) different words; search takes up to \(limit) (every word must be in a hit, so fewer, rarer words find more)"
        }
    }
}

extension KnowledgeBase {
    /// More different words than this in one query are refused: each is a term every hit must hold.
    public static let searchWordLimit = 40

    /// Sections holding every word of the query (as a word or the start of one), ranked by
    /// bm25. Any text is safe: the query is cut into words and each is quoted, so quotes,
    /// `AND`, `*`, `-` and parentheses are searched as words or ignored, never parsed.
    public func search(_ query: String, limit: Int = 20) throws -> [SearchHit] {
        let words = Self.queryWords(query)
        guard words.count <= Self.searchWordLimit else { throw SearchError.tooManyWords(count: words.count, limit: Self.searchWordLimit) }
        guard let pattern = Self.ftsPattern(for: query) else { return [] }
        return try dbQueue.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT d.id, d.source, d.title, s.heading,
                       snippet(section_fts, 1, ?, ?, '…', 16) AS snippet,
                       bm25(section_fts) AS rank
                FROM section_fts
                JOIN section s ON s.id = section_fts.rowid
                JOIN document d ON d.id = s.document_id
                WHERE section_fts MATCH ?
                ORDER BY rank, d.id, s.ordinal
                LIMIT ?
                """, arguments: [SearchHit.markStart, SearchHit.markEnd, pattern, limit])
            return rows.map { row in
                SearchHit(documentId: row["id"], source: row["source"], title: row["title"], heading: row["heading"],
                          snippet: row["snippet"], rank: row["rank"])
            }
        }
    }

    /// The query's words, each once (ignoring case): "a a a" asks no more than "a".
    static func queryWords(_ query: String) -> [String] {
        var seen = Set<String>()
        return query.split { !($0.isLetter || $0.isNumber) }.map(String.init).filter { seen.insert($0.lowercased()).inserted }
    }

    /// `"word1"* "word2"*`: every word of the query as a quoted prefix; nil when it has none.
    static func ftsPattern(for query: String) -> String? {
        let words = queryWords(query)
        guard !words.isEmpty else { return nil }
        return words.map { "\"\($0)\"*" }.joined(separator: " ")
    }

    /// For each word of a query that is no product's name but close to some, those names.
    public func nameSuggestions(for query: String, onlyCapitalised: Bool) throws -> [(word: String, names: [String])] {
        var seen = Set<String>()
        let words = query.split { !$0.isLetter && !$0.isNumber && $0 != "-" }.map(String.init)
            .filter { $0.count >= 4 && (!onlyCapitalised || $0.first?.isUppercase == true) && seen.insert($0.lowercased()).inserted }
            .prefix(Self.searchWordLimit)
        guard !words.isEmpty else { return [] }
        let products = try products()
        let known = Set(products.map { ProductIdentity.nameKey($0.name) })
        let suggester = NameSuggester(products)
        return words.filter { !known.contains(ProductIdentity.nameKey($0)) }.compactMap { word in
            let names = suggester.suggestions(for: word).map(\.label)
            return names.isEmpty ? nil : (word, names)
        }
    }
}
