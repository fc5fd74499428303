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

    /// Lines may end in CRLF, fields carry spaces at their ends, the last line may lack its
    /// newline; a refusal gives the line's number and text.
    @Test func readsTheTableLineByLine() throws {
        let lexicon = try Lexicon(tsv: "# routes\r\n  \r\nroute\tda\t subkutan \tsubcutaneous \r\nroute\ten\tby mouth\toral")
        #expect(lexicon.entries(.route).map { "\($0.language) \($0.phrase) \($0.concept)" } == ["da subkutan subcutaneous", "en by mouth oral"])
        #expect(lexicon.entries(.route).allSatisfy { $0.code == nil })
        #expect(throws: Lexicon.LoadError.malformedLine(number: 3, text: "route\tda\tx")) {
            try Lexicon(tsv: "route\ten\ta\tb\n\nroute\tda\tx\nroute\ten\tc\td")
        }
        #expect(throws: Lexicon.LoadError.unknownCategory(number: 2, name: "colour")) {
            try Lexicon(tsv: "route\ten\ta\tb\ncolour\tda\trød\tred\n")
        }
        let coded = try Lexicon(tsv: "", generated: "condition\ten\tHeadache\theadache\tR51\tlay\n")
        #expect(coded.entries(.condition).first?.code == "R51")
        #expect(coded.entries(.adverseEvent).count == 1)
        #expect(coded.code(ofCondition: "HEADACHE") == "R51")
    }
}
