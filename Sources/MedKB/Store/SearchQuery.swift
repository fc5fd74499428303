/// Words a section may hold in a row for a term of a search.
public struct SearchPhrase: Sendable, Hashable {
    /// Lowercase, cut as `ConceptTerms.words` cuts text (so each is one token of the index).
    public let words: [String]
    /// Whether the last word may start a longer one: a query's words and a concept's terms
    /// do ("headache" finds "headaches"), a product's name does not.
    public let prefix: Bool

    /// `"w1 w2"*`: each word is letters and digits only, so the quotes hold nothing to escape.
    var pattern: String { "\"" + words.joined(separator: " ") + "\"" + (prefix ? "*" : "") }

    var text: String { words.joined(separator: " ") }

    /// Whether every section holding this phrase holds `other` too: `other`'s words stand in
    /// a row in it, the last starting a word ("headache" covers "headaches").
    func contains(_ other: SearchPhrase) -> Bool {
        let mine = words.map(SearchSnippet.fold), theirs = other.words.map(SearchSnippet.fold)
        guard !theirs.isEmpty, theirs.count <= mine.count else { return false }
        return (0...(mine.count - theirs.count)).contains { start in
            theirs.indices.allSatisfy { offset in
                let word = mine[start + offset]
                return offset == theirs.count - 1 && other.prefix ? word.hasPrefix(theirs[offset]) : word == theirs[offset]
            }
        }
    }
}

/// One part of a query that every hit satisfies: it holds all the words typed for it, or
/// one of its alternatives (the same concept in other words, a product with the substance).
public struct SearchTerm: Sendable, Equatable {
    /// The query's words it stands for, as typed, stop words included.
    public let typed: [String]
    /// The words a hit holds when it holds no alternative: the typed ones less stop words.
    public let words: [String]
    /// The vocabulary's concepts the typed words are a term of.
    public let concepts: [String]
    /// Other terms of those concepts, Danish and English.
    public let conceptTerms: [SearchPhrase]
    /// The names of products that contain the substance the words name.
    public let products: [String]
    /// Whether more products contain it than are searched.
    public let moreProducts: Bool

    var alternatives: [SearchPhrase] { conceptTerms + products.map { SearchPhrase(words: ConceptTerms.words($0), prefix: false) } }

    /// `("w1"* AND "w2"*) OR "alternative"* OR "Product"`, parenthesised when it has
    /// alternatives. The typed words are left out when an alternative finds whatever they
    /// find ("bivirkning"* for "bivirkninger"): each phrase costs the ranking a pass over
    /// the sections holding it.
    var pattern: String {
        let alternatives = self.alternatives
        let own = words.map { SearchPhrase(words: [$0], prefix: true) }
        let ownCovered = own.contains { word in alternatives.contains { word.contains($0) } }
        let ownPattern = own.map(\.pattern).joined(separator: " AND ")
        guard !alternatives.isEmpty else { return ownPattern }
        let parts = (ownCovered ? [] : [own.count > 1 ? "(\(ownPattern))" : ownPattern]) + alternatives.map(\.pattern)
        return parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " OR ") + ")"
    }
}

/// A search as medkb runs it: the query's words cut into terms, each widened to the other
/// terms of its concept and, for a substance, to the names of its products.
///
/// ```swift
/// try SearchQuery("hovedpine", vocabulary: .shared).terms[0].conceptTerms  // "headache"
/// ```
public struct SearchQuery: Sendable {
    /// The query's words as typed.
    public let typed: [String]
    public let terms: [SearchTerm]
    /// A word of the query that found nothing, and the word searched for instead.
    public internal(set) var corrections: [(typed: String, searched: String)] = []

    /// At most this many other terms of a term's concepts are searched: a concept with many
    /// wordings keeps its shortest, which most texts use.
    public static let conceptTermLimit = 8
    /// At most this many products of a substance are searched.
    public static let productLimit = 24

    /// `products` gives the names of at most `productLimit` products containing a substance
    /// (an INN, lowercase) and whether there are more.
    public init(_ text: String, vocabulary: ConceptTerms,
                products: (String) throws -> (names: [String], more: Bool) = { _ in ([], false) }) rethrows {
        let typed = text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        let words = typed.map { $0.lowercased() }
        let found = vocabulary.concepts(in: words)
        let wordings = vocabulary.terms(of: Set(found.flatMap(\.concepts)))
        func isStopWord(_ word: String) -> Bool { StopWords.contains(folded: SearchSnippet.fold(word)) }
        // Stop words are left out unless the query has nothing else.
        let onlyStopWords = words.allSatisfy(isStopWord)
        var terms: [SearchTerm] = []
        var seen = Set<[String]>()
        func add(_ span: Range<Int>, _ concept: ConceptTerms.Found?) throws {
            let own = words[span].filter { onlyStopWords || !isStopWord($0) }
            guard !own.isEmpty, seen.insert(own.map(SearchSnippet.fold)).inserted else { return }
            let ownPhrases = own.map { SearchPhrase(words: [$0], prefix: true) }
            let concepts = concept?.concepts ?? []
            let conceptTerms = Self.otherTerms(concepts.flatMap { wordings[$0] ?? [] }, besides: ownPhrases)
            // The substance a span names, or a word that may be some product's substance.
            let substances = concept?.substance == true ? concepts : own.count == 1 ? own : []
            let (names, more) = try Self.productNames(substances, besides: ownPhrases, conceptTerms, products: products)
            terms.append(SearchTerm(typed: Array(typed[span]), words: own, concepts: concepts, conceptTerms: conceptTerms,
                                    products: names, moreProducts: more))
        }
        var position = 0
        for concept in found {
            for word in position..<concept.span.lowerBound { try add(word..<word + 1, nil) }
            try add(concept.span, concept)
            position = concept.span.upperBound
        }
        for word in position..<words.count { try add(word..<word + 1, nil) }
        self.typed = typed
        self.terms = terms
    }

    /// A concept's terms to search besides the typed words, at most `conceptTermLimit`: the
    /// shortest first, lay wording last, none that finds only what the typed words or an
    /// earlier term find ("headaches" once "headache" is asked for).
    static func otherTerms(_ candidates: [ConceptTerms.Term], besides own: [SearchPhrase]) -> [SearchPhrase] {
        let ordered = candidates.sorted { a, b in
            if a.lay != b.lay { return !a.lay }
            if a.words.count != b.words.count { return a.words.count < b.words.count }
            return a.words.joined(separator: " ").count < b.words.joined(separator: " ").count
        }
        var terms: [SearchPhrase] = []
        for candidate in ordered where terms.count < conceptTermLimit {
            let phrase = SearchPhrase(words: candidate.words, prefix: true)
            // A term cut into letters ("s.c.") would match too much.
            guard phrase.words.contains(where: { $0.count >= 3 }), !own.allSatisfy(phrase.contains),
                  !terms.contains(where: phrase.contains) else { continue }
            terms.append(phrase)
        }
        return terms
    }

    /// The names of at most `productLimit` products of the substances, none that the typed
    /// words or a concept's term already find ("Denosumab Intas" for "denosumab"), and
    /// whether there are more.
    static func productNames(_ substances: [String], besides own: [SearchPhrase], _ conceptTerms: [SearchPhrase],
                             products: (String) throws -> (names: [String], more: Bool)) rethrows -> ([String], Bool) {
        var names: [String] = [], more = false
        for substance in substances where names.count < productLimit {
            let found = try products(substance)
            more = more || found.more
            for name in found.names where names.count < productLimit && !names.contains(name) {
                let phrase = SearchPhrase(words: ConceptTerms.words(name), prefix: false)
                if !own.allSatisfy(phrase.contains), !conceptTerms.contains(where: phrase.contains) { names.append(name) }
            }
        }
        return (names, more)
    }

    /// The FTS5 query: every term, as `SearchTerm.pattern`; nil when the query has no word.
    public var pattern: String? {
        terms.isEmpty ? nil : terms.map(\.pattern).joined(separator: " AND ")
    }

    /// What the snippets mark: each word of the query, and each alternative.
    var highlighted: [SearchPhrase] {
        terms.flatMap { term in term.words.map { SearchPhrase(words: [$0], prefix: true) } + term.alternatives }
    }

    /// Whether any term was widened to other words.
    public var isWidened: Bool { terms.contains { !$0.alternatives.isEmpty } }
}
