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
        let lines = ConceptTerms.shared.lines.map(\.count)
        #expect(lines.count == 2 && lines[0] > 500 && lines[1] > 40_000)
    }
}
