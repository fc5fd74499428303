import Foundation

/// Edits the parsers make to every sentence, done on the text's own UTF-8 rather than
/// through NSString (`replacingOccurrences`, `trimmingCharacters` bridge each call and
/// were a tenth of an import's time).
extension StringProtocol {
    /// The text with every `character`, an ASCII one, replaced by `replacement`, also ASCII.
    /// ASCII bytes never occur inside another character's UTF-8, so bytes are replaced as they are.
    public func replacingASCII(_ character: Unicode.Scalar, with replacement: Unicode.Scalar) -> String {
        precondition(character.isASCII && replacement.isASCII, "only ASCII characters are replaced byte for byte")
        let (from, to) = (UInt8(character.value), UInt8(replacement.value))
        guard utf8.contains(from) else { return String(self) }
        return String(decoding: utf8.map { $0 == from ? to : $0 }, as: UTF8.self)
    }

    /// Whether `word` occurs in the text as these very bytes (no canonical equivalence, no
    /// locale): what `contains` tells of a normalised text, without bridging it to NSString.
    public func holds(_ word: String) -> Bool {
        let needle = Array(word.utf8)
        if let found = utf8.withContiguousStorageIfAvailable({ ByteSearch.find(needle, in: $0) }) { return found }
        var copy = String(self)
        return copy.withUTF8 { ByteSearch.find(needle, in: $0) }
    }

    /// A sentence that runs over several lines, as one line.
    public var oneLine: String { replacingASCII("\n", with: " ") }

    /// The text without the spaces and tabs at its ends (what `trimmingCharacters(in: .whitespaces)` removes).
    public func trimmingSpaces() -> String {
        let isSpace = Unicode.Scalar.isSpaceOrTab
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}

extension Unicode.Scalar {
    /// A tab or a space separator: what `CharacterSet.whitespaces` holds.
    static func isSpaceOrTab(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }
}

/// A search for bytes in bytes. The standard library's generic `firstRange(of:)` over a UTF-8
/// view was ten times slower than Foundation's `contains` it was to replace.
enum ByteSearch {
    /// Whether `word` is in `haystack`: memchr to each place its first byte is, then memcmp.
    static func find(_ word: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = haystack.baseAddress, !word.isEmpty, word.count <= haystack.count else { return false }
        let first = Int32(word[0])
        var start = 0
        let lastStart = haystack.count - word.count
        return word.withUnsafeBufferPointer { needle in
            while start <= lastStart {
                guard let hit = memchr(base + start, first, lastStart - start + 1) else { return false }
                let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + position, needle.baseAddress!, needle.count) == 0 { return true }
                start = position + 1
            }
            return false
        }
    }
}
