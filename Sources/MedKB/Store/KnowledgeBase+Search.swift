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

    /// `snippet` with each mark replaced by `open` or `close` (each mark is one ASCII byte).
    public static func replacingMarks(in snippet: String, open: String, close: String) -> String {
        snippet.replacingASCII { $0 == 0x01 ? open : $0 == 0x02 ? close : nil }
    }
}

/// What a search is narrowed to: documents of a kind, of a language, about a product.
public struct SearchFilter: Sendable, Equatable {
    public var kind: String?
    public var language: String?
    /// The product's id (`ProductSummary.id`): the documents with a fact about it or a catalogue row of it.
    public var productId: Int64?

    public init(kind: String? = nil, language: String? = nil, productId: Int64? = nil) {
        (self.kind, self.language, self.productId) = (kind, language, productId)
    }

    public var isEmpty: Bool { kind == nil && language == nil && productId == nil }
}

/// A query medkb will not run.
public enum SearchError: Error, LocalisedMessage, Equatable {
    case tooManyWords(count: Int, limit: Int)

    public func message(_ labels: ReportLabels) -> String {
        switch self {
        case let .tooManyWords(count, limit): return labels.format("too_many_words", String(count), String(limit))
        }
    }
}

extension KnowledgeBase {
    /// More different words than this in one query are refused: each is a term every hit must hold.
    public static let searchWordLimit = 40

    /// Sections holding every word of the query (as a word or the start of one), or for a
    /// word that is a term of a concept another term of it, or for a substance the name of a
    /// product with it; ranked by BM25 (`SectionRanking`). Any text is safe: the query is cut
    /// into words and each is quoted, so quotes, `AND`, `*`, `-` and parentheses are searched
    /// as words or ignored, never parsed.
    public func search(_ query: String, limit: Int = 20) throws -> [SearchHit] {
        try searchPage(query, limit: limit).hits
    }

    /// At most this many matching sections are ranked, the last imported first: ranking reads
    /// every match, and a common word matches a section of every document in the base.
    public static let rankedAtMost = 2_000

    /// The best hits of a search and what was searched for.
    public struct SearchPage: Sendable {
        public let hits: [SearchHit]
        /// When more sections match than are ranked: how many were.
        public let rankedAmong: Int?
        /// The terms searched for, with any word replaced because it found nothing.
        public let query: SearchQuery
        /// The product names close to each word looked up while correcting, by name key,
        /// so that the suggestions after the hits need not look them up again.
        var closeNames: [String: [String]] = [:]
    }

    /// The best `limit` hits and, when more sections match than are ranked, how many were.
    /// When nothing is found, a word of the query that is in no section is replaced by the
    /// vocabulary's closest word that finds something (`corrected`), and the page's query
    /// says so.
    ///
    /// The hits are ranked first and only the ones returned get a snippet (`SearchSnippet`).
    public func searchPage(_ text: String, limit: Int = 20, filter: SearchFilter = SearchFilter()) throws -> SearchPage {
        let words = Self.queryWords(text)
        guard words.count <= Self.searchWordLimit else { throw SearchError.tooManyWords(count: words.count, limit: Self.searchWordLimit) }
        return try database.read { db in
            let query = try Self.searchQuery(text, db)
            let (hits, rankedAmong) = try Self.run(query, limit: limit, filter: filter, db)
            var closeNames: [String: [String]] = [:]
            guard hits.isEmpty, let corrected = try Self.corrected(query, db, closeNames: &closeNames) else {
                return SearchPage(hits: hits, rankedAmong: rankedAmong, query: query, closeNames: closeNames)
            }
            let (correctedHits, correctedRanking) = try Self.run(corrected, limit: limit, filter: filter, db)
            return SearchPage(hits: correctedHits, rankedAmong: correctedRanking, query: corrected, closeNames: closeNames)
        }
    }

    /// The query's terms, with the products of the substances it names.
    static func searchQuery(_ text: String, _ db: Database) throws -> SearchQuery {
        let products = try db.cachedStatement(sql: """
            SELECT p.name FROM product_substance s JOIN product p ON p.id = s.product_id
            WHERE s.substance = ? ORDER BY s.product_id LIMIT ?
            """)
        return try SearchQuery(text, vocabulary: .shared) { substance in
            let names = try String.fetchAll(products, arguments: [substance, SearchQuery.productLimit + 1])
            return (Array(names.prefix(SearchQuery.productLimit)), names.count > SearchQuery.productLimit)
        }
    }

    static func run(_ query: SearchQuery, limit: Int, filter: SearchFilter = SearchFilter(), _ db: Database) throws
        -> (hits: [SearchHit], rankedAmong: Int?) {
        guard let pattern = query.pattern else { return ([], nil) }
        // The newest matches first, as many as are ranked and one more, to tell whether there are more.
        let candidates = try filter.isEmpty
            ? Row.fetchAll(db, sql: """
                SELECT rowid, \(SectionRanking.functionName)(section_fts) AS counts FROM section_fts
                WHERE section_fts MATCH ? ORDER BY rowid DESC LIMIT ?
                """, arguments: [pattern, Self.rankedAtMost + 1])
            : Row.fetchAll(db, sql: """
                SELECT section_fts.rowid AS rowid, \(SectionRanking.functionName)(section_fts) AS counts FROM section_fts
                JOIN section s ON s.id = section_fts.rowid JOIN document d ON d.id = s.document_id
                WHERE section_fts MATCH ? AND (?2 IS NULL OR d.kind = ?2) AND (?3 IS NULL OR d.language = ?3)
                AND (?4 IS NULL OR d.id IN (SELECT document_id FROM fact WHERE product_id = ?4
                                            UNION SELECT document_id FROM catalogue_entry WHERE product_id = ?4))
                ORDER BY section_fts.rowid DESC LIMIT ?5
                """, arguments: [pattern, filter.kind, filter.language, filter.productId, Self.rankedAtMost + 1])
        let capped = candidates.count > Self.rankedAtMost
        let counted = candidates.prefix(Self.rankedAtMost).compactMap { row in
            SectionRanking.Counts(rowid: row["rowid"], blob: row["counts"])
        }
        let scored = zip(counted, SectionRanking.scores(counted)).map { (rowid: $0.rowid, rank: $1) }
        let ranked = scored.sorted { a, b in a.rank != b.rank ? a.rank < b.rank : a.rowid < b.rowid }.prefix(limit)
        let place = try db.cachedStatement(sql: """
            SELECT d.id, d.source, d.title, s.heading, s.text FROM section s JOIN document d ON d.id = s.document_id WHERE s.id = ?
            """)
        let phrases = query.highlighted
        let hits = try ranked.compactMap { hit -> SearchHit? in
            guard let row = try Row.fetchOne(place, arguments: [hit.rowid]) else { return nil }
            return SearchHit(documentId: row["id"], source: row["source"], title: row["title"], heading: row["heading"],
                             snippet: SearchSnippet.make(row["text"], phrases: phrases), rank: hit.rank)
        }
        return (hits, capped ? Self.rankedAtMost : nil)
    }

    /// The query's words, each once (ignoring case): "a a a" asks no more than "a".
    static func queryWords(_ query: String) -> [String] {
        var seen = Set<String>()
        return query.split { !($0.isLetter || $0.isNumber) }.map(String.init).filter { seen.insert($0.lowercased()).inserted }
    }

    /// For each word of a query that is no product's name but close to some, those names.
    public func nameSuggestions(for query: String, onlyCapitalised: Bool) throws -> [(word: String, names: [String])] {
        try nameSuggestions(for: query, onlyCapitalised: onlyCapitalised, known: [:])
    }

    /// As `nameSuggestions(for:onlyCapitalised:)`, with the close names already looked up, by name key.
    func nameSuggestions(for query: String, onlyCapitalised: Bool, known: [String: [String]]) throws -> [(word: String, names: [String])] {
        var seen = Set<String>()
        let words = query.split { !$0.isLetter && !$0.isNumber && $0 != "-" }.map(String.init)
            .filter { $0.count >= 4 && (!onlyCapitalised || $0.first?.isUppercase == true) && seen.insert($0.lowercased()).inserted }
            .prefix(Self.searchWordLimit)
        guard !words.isEmpty else { return [] }
        return try database.read { db in
            var closeNames = known
            return try words.compactMap { word -> (word: String, names: [String])? in
                let names = try Self.closeProductNames(word, db, closeNames: &closeNames)
                return names.isEmpty ? nil : (word, names)
            }
        }
    }

    /// The names of products close to `word`; none when it is a product's name.
    /// `closeNames` keeps each word's answer by its name key, on which alone it depends.
    static func closeProductNames(_ word: String, _ db: Database, closeNames: inout [String: [String]]) throws -> [String] {
        let key = ProductIdentity.nameKey(word)
        if let known = closeNames[key] { return known }
        let names = try ProductIdentity.isKnown(key: key, in: db)
            ? [] : NameSuggester(try ProductIdentity.nameCandidates(for: key, in: db)).suggestions(for: word).map(\.label)
        closeNames[key] = names
        return names
    }
}

extension KnowledgeBase {
    /// What `medkb search` shows: the best hits, with product names close to a word of the
    /// query (capitalised words, or any word when nothing was found), labels in `language`.
    public func searchResults(_ text: String, limit: Int = 20, filter: SearchFilter = SearchFilter(),
                              language: String = "en") throws -> SearchResults {
        let page = try searchPage(text, limit: limit, filter: filter)
        // A word replaced by a close one that was found is not asked about again.
        var results = SearchResults(query: text, hits: page.hits,
                                    suggestions: try nameSuggestions(for: page.query.typed.joined(separator: " "), onlyCapitalised: !page.hits.isEmpty,
                                                                     known: page.closeNames),
                                    rankedAmong: page.rankedAmong, searched: page.query)
        results.labels = ReportLabels(language: language)
        return results
    }
}
