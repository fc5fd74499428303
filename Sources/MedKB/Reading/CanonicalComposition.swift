import Foundation

/// Unicode NFC, the form medkb reads every text in. Asking Foundation costs a bridge to
/// NSString and back for each text; a text of the scalars most Danish and English documents
/// are made of is in NFC already and is returned as it is.
enum CanonicalComposition {
    static func composed(_ text: String) -> String {
        text.unicodeScalars.allSatisfy(isComposedWhereverItStands) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// Scalars that NFC leaves as they are, next to any other of them: none is a combining
    /// mark, composes with the scalar before it or is replaced (U+2000 and U+2001, which NFC
    /// makes U+2002 and U+2003, are left out). ASCII, Latin-1 and the Latin extensions below
    /// U+0300, general punctuation (dashes, quotes, bullets), the euro sign, the trade mark
    /// sign, arrows and mathematical operators (≤, ≥, −). Tested pair by pair.
    static func isComposedWhereverItStands(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x300 || (0x2002...0x206F).contains(value) || value == 0x20AC || value == 0x2122 || (0x2190...0x22FF).contains(value)
    }
}
