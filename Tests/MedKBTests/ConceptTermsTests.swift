import Foundation
import Testing
@testable import MedKB

/// The lexicon's tables read for search, from their bytes.
@Suite struct ConceptTermsTests {
    static let table = """
        # a comment\tline\twith\ttabs
        condition\tda\thovedpine\theadache\tR51\r
        condition\ten\theadache\theadache\tR51
        condition\ten\theadaches\theadache\tR51\tlay
        adverse_event\tda\tosteonekrose i kæben\tosteonecrosis of the jaw
        adverse_event\ten\tosteonecrosis of the jaw\tosteonecrosis of the jaw
        frequency\tda\thyppig\tcommon
        substance\t*\tdenosumab\tdenosumab

        condition\tda\tkun tre felter
        """

    static let terms = ConceptTerms(tables: [Data(table.utf8)])

    /// Lines are told apart by their category's length and first two bytes: no two categories share them.
    @Test func everyCategoryHasItsOwnKey() {
        let keys = Lexicon.Category.allCases.map { ConceptTerms.categoryKey($0.rawValue.utf8) }
        #expect(Set(keys).count == keys.count)
    }

    @Test func linesOfSearchedCategoriesAreRead() {
        // Comments, a frequency, a blank line and a line of three fields are no entries.
        #expect(Self.terms.lines.flatMap { $0 }.count == 6)
        #expect(Self.terms.terms(of: ["headache"])["headache"] == [
            ConceptTerms.Term(words: ["headache"], language: "en", lay: false),
            ConceptTerms.Term(words: ["hovedpine"], language: "da", lay: false),
            ConceptTerms.Term(words: ["headaches"], language: "en", lay: true),
        ])
        #expect(Self.terms.concepts(in: ["hyppig"]).isEmpty)
    }

    @Test func theLongestTermWinsAndInflectionsCount() {
        let found = Self.terms.concepts(in: ConceptTerms.words("Risiko for osteonekrose i kæben og hovedpinen"))
        #expect(found == [
            ConceptTerms.Found(span: 2..<5, concepts: ["osteonecrosis of the jaw"], substance: false),
            ConceptTerms.Found(span: 6..<7, concepts: ["headache"], substance: false),
        ])
        #expect(Self.terms.concepts(in: ["denosumab"]) == [ConceptTerms.Found(span: 0..<1, concepts: ["denosumab"], substance: true)])
        // "hoved" is not "hovedpine" inflected, nor is "i" a term by itself.
        #expect(Self.terms.concepts(in: ["hoved", "i"]).isEmpty)
    }

    @Test func theBundledTablesAreRead() {
        // The hand-written table is read whole, the generated one through its phrase order.
        let lines = ConceptTerms.shared.lines.map(\.count)
        #expect(lines.count == 2 && lines[0] > 500 && lines[1] == 0)
        #expect(ConceptTerms.shared.tables[1].phraseOrder != nil)
    }

    /// The bundled tables read whole: what the lookups through the phrase order must equal.
    static let readWhole = ConceptTerms(tables: ConceptTerms.shared.tables.map { Data($0.bytes) })

    @Test func thePhraseOrderFindsWhatReadingEveryLineFinds() {
        let whole = Self.readWhole
        let bytes = whole.tables[1].bytes.assumingMemoryBound(to: UInt8.self)
        // Every 3,000th phrase of the generated table, its first word alone and inflected, and a text.
        var queries = stride(from: 0, to: whole.lines[1].count, by: 3_000).flatMap { index -> [[String]] in
            let words = ConceptTerms.words(ConceptTerms.phrase(whole.lines[1][index], bytes))
            return [words, [words[0]], [words[0] + "er"], ["Risiko", "for"] + words]
        }
        queries.append(ConceptTerms.words("Hovedpine, osteonekrose i kæben og hypokalcæmi efter denosumab subkutant"))
        #expect(queries.count > 100)
        var concepts = Set<String>()
        for query in queries {
            let found = ConceptTerms.shared.concepts(in: query)
            #expect(found == whole.concepts(in: query), "\(query)")
            concepts.formUnion(found.flatMap(\.concepts))
        }
        #expect(concepts.count > 25)
        #expect(ConceptTerms.shared.terms(of: concepts) == whole.terms(of: concepts))
        for word in ["hovdpine", "knoglebrudd", "denosumb", "osteoporoses", "ab", "infektion", "kæbenn"] {
            #expect(ConceptTerms.shared.words(oneEditFrom: word) == whole.words(oneEditFrom: word))
        }
    }

    /// The binary searches assume the generated table sorted by category and concept, and its
    /// phrase order listing every line once, by phrase prefix.
    @Test func theGeneratedTableIsSortedAsItsLookupsAssume() throws {
        let table = ConceptTerms.shared.tables[1]
        let bytes = table.bytes.assumingMemoryBound(to: UInt8.self)
        var starts: [Int] = [], keys: [(Int, [UInt8])] = []
        var start = 0
        while start < bytes.count {
            let (line, next) = ConceptTerms.line(in: bytes, at: start)
            if let line {
                starts.append(start)
                keys.append((ConceptTerms.categoryOrder.firstIndex(of: line.category) ?? -1, Array(ConceptTerms.concept(line, bytes))))
            }
            start = next
        }
        #expect(keys.allSatisfy { $0.0 >= 0 })
        #expect(zip(keys, keys.dropFirst()).allSatisfy { a, b in a.0 < b.0 || a.0 == b.0 && !b.1.lexicographicallyPrecedes(a.1) })
        let order = try #require(table.phraseOrder).bytes.assumingMemoryBound(to: UInt8.self)
        let offsets = (0..<order.count / ConceptTerms.orderEntryWidth).map { ConceptTerms.offset(order, $0) }
        #expect(offsets.sorted() == starts)
        let prefixes = offsets.map { ConceptTerms.line(in: bytes, at: $0).line!.prefix }
        #expect(zip(prefixes, prefixes.dropFirst()).allSatisfy { $0 <= $1 })
        // The word list: by length, then bytes, each word once.
        let list = try #require(table.words).bytes
        let words = list.split(separator: UInt8(ascii: "\n")).map { Array($0.prefix { $0 != UInt8(ascii: "\t") }) }
        #expect(words.count > 20_000)
        #expect(zip(words, words.dropFirst()).allSatisfy { a, b in a.count < b.count || a.count == b.count && a.lexicographicallyPrecedes(b) })
    }
}
