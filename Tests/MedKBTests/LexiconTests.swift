import Testing
@testable import MedKB

@Suite struct LexiconTests {
    @Test func mapsDanishAndEnglishToOneConcept() {
        let lexicon = Lexicon.shared
        #expect(lexicon.concept(.adverseEvent, for: "Hypokalcæmi") == "hypocalcaemia")
        #expect(lexicon.concept(.adverseEvent, for: "hypocalcaemia") == "hypocalcaemia")
        #expect(lexicon.concept(.adverseEvent, for: "smerter i arme eller ben") == "pain in extremity")
        #expect(lexicon.concept(.substance, for: "zoledronsyre") == "zoledronic acid")
        #expect(lexicon.concept(.route, for: "under huden") == "subcutaneous")
    }

    @Test func longestPhraseWinsAndWholeWordsOnly() {
        let lexicon = Lexicon.shared
        let found = lexicon.matches(.population, in: "hos kvinder, der har været gennem overgangsalderen, og hos mænd", language: "da")
        #expect(found.map(\.concept) == ["postmenopausal women", "men"])
        #expect(lexicon.matches(.adverseEvent, in: "feberfri", language: "da").isEmpty)
    }

    @Test func refusesMalformedData() {
        #expect(throws: Lexicon.LoadError.self) { try Lexicon(tsv: "substance\tda\tonly three") }
        #expect(throws: Lexicon.LoadError.self) { try Lexicon(tsv: "colour\tda\trød\tred") }
        let custom = try? Lexicon(tsv: "# comment\n\nsubstance\t*\tfoo\tbar")
        #expect(custom?.concept(.substance, for: "FOO") == "bar")
    }
}
