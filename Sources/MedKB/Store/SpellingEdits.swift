/// A typing slip, as search tolerates one: a letter left out, one added, one changed, or
/// two neighbours swapped (one edit of the Damerau–Levenshtein distance).
enum SpellingEdits {
    /// Whether `a` and `b` are exactly one edit apart, compared as bytes.
    static func areOneEditApart<A: Collection<UInt8>, B: Collection<UInt8>>(_ a: A, _ b: B) -> Bool {
        let a = Array(a), b = Array(b)
        if a.count == b.count {
            let differences = a.indices.filter { a[$0] != b[$0] }
            if differences.count == 1 { return true }
            // Two neighbours swapped.
            return differences.count == 2 && differences[1] == differences[0] + 1
                && a[differences[0]] == b[differences[1]] && a[differences[1]] == b[differences[0]]
        }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        // The first difference is the letter the longer word has more.
        let first = short.indices.first { short[$0] != long[$0] } ?? short.count
        return short[first...].elementsEqual(long[(first + 1)...])
    }
}
