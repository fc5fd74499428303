import Foundation
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

    /// Threads that first match at once, each language's indexes not yet built, find what one
    /// thread finds (a race in building them shows as a crash or a wrong match, now and then).
    @Test func indexesBuiltFromManyThreadsAtOnceMatchAsOneThreadBuildsThem() throws {
        let table = """
            route\tda\tunder huden\tsubcutaneous
            route\ten\tunder the skin\tsubcutaneous
            condition\tda\tknogletab\tbone loss
            condition\ten\tbone loss\tbone loss
            """
        let texts = [("da", "Gives under huden mod knogletabet."), ("en", "Given under the skin against bone loss.")]
        @Sendable func found(_ lexicon: Lexicon, _ language: String, _ text: String) -> [String] {
            [Lexicon.Category.route, .condition, .adverseEvent].flatMap { lexicon.matches($0, in: text, language: language).map(\.concept) }
        }
        let serial = try Lexicon(tsv: table)
        let expected = texts.map { found(serial, $0.0, $0.1) }
        #expect(expected == [["subcutaneous", "bone loss"], ["subcutaneous", "bone loss"]])
        for _ in 0..<20 {
            let shared = try Lexicon(tsv: table)
            let results = Array(0..<8).concurrentMap { index in found(shared, texts[index % 2].0, texts[index % 2].1) }
            #expect(results == (0..<8).map { expected[$0 % 2] })
        }
    }

    /// A thread keeps what it read of the last text (its words, their stems and its rephrased
    /// conditions, by language) for the next category: whatever it read before, a text matches
    /// as it does on a thread that reads it afresh (each a new thread, whose cache is released
    /// as it ends).
    @Test func aTextReadAfterOthersMatchesAsOnAFreshThread() throws {
        let lexicon = try Lexicon(tsv: """
            condition\tda\turinvejsinfektion\turinary tract infection
            condition\ten\turinary tract infection\turinary tract infection
            adverse_event\tda\tledsmerter\tarthralgia
            route\ten\tunder the skin\tsubcutaneous
            substance\t*\tdenosumab\tdenosumab
            """)
        let danish = "Infektion i urinvejene og smerter i leddene", english = "infections of the urinary tract, given under the skin"
        let calls: [(Lexicon.Category, String, String)] = [
            (.condition, danish, "da"), (.adverseEvent, danish, "da"), (.condition, english, "en"), (.route, english, "en"),
            (.substance, "Denosumab under the skin", "en"), (.condition, danish, "en"), (.adverseEvent, danish, "da"),
            (.condition, english, "en"),
        ]
        let inTurn = calls.map { lexicon.matches($0.0, in: $0.1, language: $0.2).map(\.concept) }
        #expect(inTurn == [["urinary tract infection"], ["arthralgia"], ["urinary tract infection"], ["subcutaneous"],
                           ["denosumab"], [], ["arthralgia"], ["urinary tract infection"]])
        final class Found: @unchecked Sendable { var concepts: [String] = [] }
        for (index, call) in calls.enumerated() {
            let found = Found(), done = DispatchSemaphore(value: 0)
            Thread {
                found.concepts = lexicon.matches(call.0, in: call.1, language: call.2).map(\.concept)
                done.signal()
            }.start()
            done.wait()
            #expect(found.concepts == inTurn[index], "\(call)")
        }
    }

    /// Words as reading the text scalar by scalar cuts them: letters and digits, an apostrophe
    /// between letters kept, ranges in scalars.
    @Test func wordsAreCutAsAScalarByScalarReadingCutsThem() {
        func reference(_ folded: [Unicode.Scalar]) -> [(Range<Int>, String)] {
            var words: [(Range<Int>, String)] = []
            var start: Int?
            var word = String.UnicodeScalarView()
            for position in 0...folded.count {
                let scalar = position < folded.count ? folded[position] : " "
                let inWord = Lexicon.isWordScalar(scalar)
                    || (scalar == "'" && start != nil && position + 1 < folded.count && Lexicon.isWordScalar(folded[position + 1]))
                if inWord {
                    if start == nil { (start, word) = (position, String.UnicodeScalarView()) }
                    word.append(scalar)
                } else if let begin = start {
                    words.append((begin..<position, String(word)))
                    start = nil
                }
            }
            return words
        }
        let pieces: [String] = ["a", "Z", "9", "æ", "ø", "å", "é", "日", "'", "''", " ", "-", ".", "\n", "\u{2019}", "ß", "Ω"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let folded = Lexicon.fold(text)
            let found = Lexicon.words(folded), expected = reference(folded)
            #expect(found.map(\.range) == expected.map(\.0) && found.map(\.word) == expected.map(\.1), "\(text)")
        }
        #expect(Lexicon.words(Lexicon.fold("Crohn's sygdom, ikke 'citat'")).map(\.word) == ["crohn's", "sygdom", "ikke", "citat"])
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
