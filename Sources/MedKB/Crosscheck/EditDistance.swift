/// Damerau–Levenshtein distances (adjacent swaps count as one edit) from one word to many,
/// stopping early past a limit. The candidate's letters and the three rows are kept between
/// calls, for the thousands of names a search may measure.
struct EditDistance {
    let word: [Unicode.Scalar]
    private var other: [Unicode.Scalar] = []
    private var rows: [Int] = []

    init(from word: String) { self.word = Array(word.unicodeScalars) }

    /// The distance to `candidate`; any distance past `limit` is returned as `limit + 1`.
    mutating func to(_ candidate: String, limit: Int) -> Int {
        other.removeAll(keepingCapacity: true)
        other.append(contentsOf: candidate.unicodeScalars)
        let (a, n, m) = (word, word.count, other.count)
        guard abs(n - m) <= limit else { return limit + 1 }
        guard n > 0, m > 0 else { return max(n, m) }
        let width = m + 1
        if rows.count < 3 * width { rows = [Int](repeating: 0, count: 3 * width) }
        // Rows i-2, i-1 and i, as offsets into `rows`, turned round after each row.
        var (before, previous, current) = (0, width, 2 * width)
        for j in 0...m { rows[previous + j] = j }
        for i in 1...n {
            rows[current] = i
            var rowMinimum = i
            for j in 1...m {
                let cost = a[i - 1] == other[j - 1] ? 0 : 1
                var value = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == other[j - 2], a[i - 2] == other[j - 1] { value = min(value, rows[before + j - 2] + 1) }
                rows[current + j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (before, previous, current) = (previous, current, before)
        }
        return min(rows[previous + m], limit + 1)
    }
}
