import Testing
@testable import MedKB

/// One typing slip is tolerated: the closest word of the vocabulary.
@Suite struct SearchSpellingTests {
    @Test(arguments: [
        ("hovdpine", "hovedpine", true), ("knoglebrudd", "knoglebrud", true), ("dizzyness", "dizziness", true),
        ("osteonekorse", "osteonekrose", true), ("kvalme", "kvalme", false), ("kvalme", "kvæle", false),
        ("nausea", "nauseas", true), ("rash", "crash", true), ("fatigue", "fatgiue", true), ("fatigue", "fitague", false), ("ab", "ba", true),
    ])
    func oneEditApart(a: String, b: String, expected: Bool) {
        #expect(SpellingEdits.areOneEditApart(Array(a.utf8), Array(b.utf8)) == expected, "\(a) \(b)")
        #expect(SpellingEdits.areOneEditApart(Array(b.utf8), Array(a.utf8)) == expected, "\(b) \(a)")
    }

    /// The vocabulary's words, Danish and English, whatever the phrase they stand in.
    @Test(arguments: [("hovdpine", "hovedpine"), ("knoglebrudd", "knoglebrud"), ("dizzyness", "dizziness"),
                      ("osteonekorse", "osteonekrose"), ("overfølsomhd", "overfølsomhed"), ("nausae", "nausea")])
    func theVocabularyHasTheWord(typed: String, word: String) {
        #expect(ConceptTerms.shared.words(oneEditFrom: typed).contains(word), "\(typed)")
    }
}
