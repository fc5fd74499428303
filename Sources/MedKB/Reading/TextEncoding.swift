import Foundation

/// The encodings a text file is read in: UTF-8, else Windows-1252, in which Windows saves
/// Danish and English text (Latin-1 is the same but for bytes 0x80–0x9F), when its bytes
/// read as plausible text in it. The text is decoded before it is normalised, so facts'
/// offsets are into the decoded text as into any other.
public enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case windows1252 = "Windows-1252"

    /// The text of `data` and the encoding it was read in; bytes that are neither UTF-8 nor
    /// plausible Windows-1252 are refused with the first byte that is not UTF-8.
    static func decode(_ data: Data) throws -> (text: String, encoding: TextEncoding) {
        if let text = String(data: data, encoding: .utf8) { return (text, .utf8) }
        let reason: String
        if let undefined = data.firstIndex(where: { (0x80..<0xA0).contains($0) && high[Int($0 - 0x80)] == nil }) {
            reason = "byte \(hex(data[undefined])) at offset \(undefined - data.startIndex) has no character in it"
        } else {
            let text = String(String.UnicodeScalarView(data.map { byte in
                (0x80..<0xA0).contains(byte) ? high[Int(byte - 0x80)]! : Unicode.Scalar(byte)
            }))
            guard let doubt = doubt(about: text) else { return (text, .windows1252) }
            reason = doubt
        }
        let offset = firstInvalidUTF8(data)
        throw ReadError.unknownEncoding(byte: hex(data[data.startIndex + offset]), offset: offset, reason: reason)
    }

    /// Windows-1252's characters for bytes 0x80–0x9F, where Latin-1 has control codes; five are undefined.
    static let high: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// Signs that stand inside words in real text: apostrophes, dashes, the middle dot, soft
    /// hyphen and no-break space.
    static let insideWords: Set<Unicode.Scalar> = ["\u{2019}", "\u{2018}", "\u{B4}", "\u{2013}", "\u{2014}", "\u{B7}", "\u{AD}", "\u{A0}"]

    /// Why a text decoded as Windows-1252 is not plausibly in it, or nil. Text of another
    /// encoding puts a sign inside a word (Mac Roman's "æ" reads "¾", UTF-8's "æ" reads "Ã¦"),
    /// and text of another alphabet reads as mostly accented letters.
    static func doubt(about text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var letters = 0, accented = 0
        for (offset, scalar) in scalars.enumerated() where scalar.properties.isAlphabetic || !scalar.isASCII {
            if scalar.properties.isAlphabetic {
                letters += 1
                if !scalar.isASCII { accented += 1 }
            } else if !insideWords.contains(scalar), offset > 0, offset + 1 < scalars.count,
                      scalars[offset - 1].properties.isAlphabetic, scalars[offset + 1].properties.isAlphabetic {
                let word = String(String.UnicodeScalarView(scalars[(offset - 1)...(offset + 1)]))
                return "“\(word)” at offset \(offset - 1) has a sign inside a word, as text in another encoding has"
            }
        }
        if accented * 5 > letters { return "\(accented) of its \(letters) letters would be accented, as in text of another alphabet" }
        return nil
    }

    /// The offset of the first byte that does not begin a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ data: Data) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        var offset = 0
        while case let .valid(scalar) = parser.parseScalar(from: &bytes) { offset += scalar.count }
        return min(offset, max(data.count - 1, 0))
    }

    static func hex(_ byte: UInt8) -> String { String(format: "0x%02X", byte) }
}
