import Foundation
import Testing
@testable import MedKB

@Suite struct CanonicalCompositionTests {
    static let kept: [Unicode.Scalar] = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter(CanonicalComposition.isComposedWhereverItStands)

    /// Every pair of the scalars returned as they stand is its own NFC: none is replaced, none
    /// is a combining mark, none composes with the one before it. So is any text of them.
    @Test func everyPairOfTheKeptScalarsIsItsOwnNFC() {
        #expect(Self.kept.count > 1_000)
        for scalar in Self.kept {
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(scalar.value, radix: 16))")
        }
        var failures: [String] = []
        for first in Self.kept {
            for second in Self.kept {
                let pair = String(String.UnicodeScalarView([first, second]))
                if pair.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(pair.unicodeScalars) == false {
                    failures.append("U+\(String(first.value, radix: 16)) U+\(String(second.value, radix: 16))")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    @Test func otherTextsAreComposedByFoundation() {
        let decomposed = "Ka\u{0308}ben a\u{030A}\u{2126}"  // a + diaeresis, a + ring, the ohm sign
        #expect(CanonicalComposition.composed(decomposed).unicodeScalars.elementsEqual("Käben å\u{03A9}".unicodeScalars))
        #expect(CanonicalComposition.composed("\u{2000}").unicodeScalars.elementsEqual("\u{2002}".unicodeScalars))
        let plain = "Prolia – “denosumab” • 60 mg ≤ 6 måneder™ €"
        #expect(CanonicalComposition.composed(plain).unicodeScalars.elementsEqual(plain.unicodeScalars))
    }
}
