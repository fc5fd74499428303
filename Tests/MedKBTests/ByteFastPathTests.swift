import Foundation
import Testing
@testable import MedKB

/// Where medkb does by bytes what Foundation did (to keep ICU out of a search), the result is
/// Foundation's.
@Suite struct ByteFastPathTests {
    @Test func numbersAreGroupedAsNumberFormatterGroupsThem() {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.locale = Locale(identifier: "en_GB")
        var random = SeededGenerator(state: 3)
        let values = [0, 7, -7, 999, 1_000, -1_000, 2_000, 2_650, 99_999, 100_000, 1_234_567, -987_654_321, Int(Int32.max)]
            + (0..<500).map { _ in Int(truncatingIfNeeded: random.next() % 10_000_000_000) - 5_000_000_000 }
        for value in values {
            #expect(ChangeReport.number(value) == formatter.string(from: NSNumber(value: value)), "\(value)")
        }
    }

    @Test func anASCIINameGetsTheKeyFoundationsFoldingGives() {
        func folded(_ name: String) -> String {
            let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en"))
            return String(String.UnicodeScalarView(folded.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
        }
        var random = SeededGenerator(state: 5)
        let printable = (0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }
        let names = ["Heplisav B", "HEPLISAV-B", "Prolia 60 mg", "", "---", "Zoledronic acid (Aclasta)"]
            + (0..<500).map { _ in String((0..<(1 + Int(random.next() % 20))).map { _ in printable[Int(random.next() % UInt64(printable.count))] }) }
        for name in names { #expect(ProductIdentity.nameKey(name) == folded(name), "\(name)") }
        // Beyond ASCII, Foundation's folding as before.
        #expect(ProductIdentity.nameKey("Kæbenekrøse Ébène") == "kæbenekrøseebene")
    }

    /// In normalised (NFC) text, as the parsers read it, `holds` finds a word where Foundation's `contains` does.
    @Test func holdsFindsWhatContainsFinds() {
        var random = SeededGenerator(state: 8)
        let pieces = ["bio", "similar", "biosimil", "generisk", "Generic", "ær", "ø", "é", " ", "-", "\n", "e\u{301}"]
        let words = ["biosimil", "generisk", "generic", "ær", "é", "s i", "-"]
        for _ in 0..<2_000 {
            let text = (0..<(1 + Int(random.next() % 8))).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
                .precomposedStringWithCanonicalMapping
            for word in words { #expect(text.holds(word) == text.contains(word), "\(text.debugDescription) \(word)") }
        }
    }
}
