/// A typing slip, as search tolerates one: a letter left out, one added, one changed, or
/// two neighbours swapped (one edit of the Damerau–Levenshtein distance).
enum SpellingEdits {
    /// Whether `a` and `b` are exactly one edit apart, compared as bytes. Read in place
    /// (no copy), since the vocabulary's spelling scan compares thousands of words.
    static func areOneEditApart<A: RandomAccessCollection<UInt8>, B: RandomAccessCollection<UInt8>>(_ a: A, _ b: B) -> Bool
    where A.Index == Int, B.Index == Int {
        let (aStart, bStart) = (a.startIndex, b.startIndex)
        if a.count == b.count {
            // One letter changed, or two neighbours swapped.
            var first = -1, second = -1
            for offset in 0..<a.count where a[aStart + offset] != b[bStart + offset] {
                if first < 0 { first = offset } else if second < 0 { second = offset } else { return false }
            }
            guard first >= 0 else { return false }
            return second < 0 || second == first + 1
                && a[aStart + first] == b[bStart + second] && a[aStart + second] == b[bStart + first]
        }
        return a.count > b.count ? hasOneLetterMore(a, than: b) : hasOneLetterMore(b, than: a)
    }

    /// Whether `long` is `short` with one letter put in: after their first difference, the rest is the same.
    static func hasOneLetterMore<L: RandomAccessCollection<UInt8>, S: RandomAccessCollection<UInt8>>(_ long: L, than short: S) -> Bool
    where L.Index == Int, S.Index == Int {
        guard long.count == short.count + 1 else { return false }
        let (longStart, shortStart) = (long.startIndex, short.startIndex)
        var offset = 0
        while offset < short.count, long[longStart + offset] == short[shortStart + offset] { offset += 1 }
        while offset < short.count {
            guard long[longStart + offset + 1] == short[shortStart + offset] else { return false }
            offset += 1
        }
        return true
    }
}
