import Foundation

/// The stretch of a section a search hit shows: the run of `length` words holding most
/// of the query's phrases, each match between `SearchHit.markStart` and `markEnd` (a phrase
/// of several words marked as one), with "…" where the section goes on. Made here rather
/// than by FTS5's snippet(), which looked the section up again through the full-text index
/// (10 ms a hit for a common word); words are cut and folded as the index's tokenizer does
/// (letters and digits; case, diacritics and æ, ø, å folded), and a phrase's last word
/// matches a word it starts, as in the query.
enum SearchSnippet {
    /// Each word a phrase of its own, matching the words it starts.
    static func make(_ text: String, words query: [String], length: Int = 16) -> String {
        make(text, phrases: query.map { SearchPhrase(words: [$0], prefix: true) }, length: length)
    }

    static func make(_ text: String, phrases: [SearchPhrase], length: Int = 16) -> String {
        let wanted = phrases.map { $0.words.map(fold) }
        let tokens = self.tokens(of: text)
        guard !tokens.isEmpty else { return text }
        // Which phrase each token is part of, and each occurrence's tokens.
        var matches = [Int?](repeating: nil, count: tokens.count)
        var occurrences: [(tokens: ClosedRange<Int>, phrase: Int)] = []
        // Only the phrases whose first word starts with a token's first byte are compared with it.
        let byFirstByte = Dictionary(grouping: wanted.indices.filter { wanted[$0].first?.isEmpty == false }) { wanted[$0][0].utf8.first! }
        var index = 0
        while index < tokens.count {
            let best = (tokens[index].folded.utf8.first.flatMap { byFirstByte[$0] } ?? []).filter { phrase in
                let words = wanted[phrase]
                guard index + words.count <= tokens.count else { return false }
                return words.indices.allSatisfy { offset in
                    let token = tokens[index + offset].folded
                    return offset == words.count - 1 && phrases[phrase].prefix ? token.hasPrefix(words[offset]) : token == words[offset]
                }
            }.max { wanted[$0].count < wanted[$1].count }
            guard let best else { index += 1; continue }
            let count = wanted[best].count
            for offset in 0..<count { matches[index + offset] = best }
            occurrences.append((index...(index + count - 1), best))
            index += count
        }
        // The window with the most different phrases whole in it, the first of the best. The
        // count rises only where a window comes to hold an occurrence's last token, so only
        // those starts are tried.
        let lastStart = max(0, tokens.count - length)
        let starts = Set([0] + occurrences.map { min(lastStart, max(0, $0.tokens.upperBound - length + 1)) }).sorted()
        var best = 0, bestScore = -1
        for start in starts {
            let window = start...(start + length - 1)
            let score = Set(occurrences.filter { window.contains($0.tokens.lowerBound) && window.contains($0.tokens.upperBound) }.map(\.phrase)).count
            if score > bestScore { (best, bestScore) = (start, score) }
        }
        let opens = Set(occurrences.map(\.tokens.lowerBound)), closes = Set(occurrences.map(\.tokens.upperBound))
        let last = min(tokens.count, best + length) - 1
        var out = best > 0 ? "…" : ""
        var position = tokens[best].range.lowerBound
        var open = false
        for index in best...last {
            let token = tokens[index]
            out += text[position..<token.range.lowerBound]
            // A phrase cut by the window's start is marked from there.
            if matches[index] != nil, !open, opens.contains(index) || index == best {
                out += SearchHit.markStart
                open = true
            }
            out += text[token.range]
            if open, closes.contains(index) || index == last {
                out += SearchHit.markEnd
                open = false
            }
            position = token.range.upperBound
        }
        if last < tokens.count - 1 { out += "…" } else { out += text[position...] }
        return out
    }

    /// Runs of letters and digits (unicode61's token characters), with their folded form.
    static func tokens(of text: String) -> [(range: Range<String.Index>, folded: String)] {
        var tokens: [(Range<String.Index>, String)] = []
        var start: String.Index?
        var index = text.unicodeScalars.startIndex
        func isTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
            // Most of a section is ASCII: its letters and digits are known without a table lookup.
            if scalar.isASCII {
                let value = scalar.value
                return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber, .privateUse, .nonspacingMark, .spacingMark: return true
            default: return false
            }
        }
        while index < text.unicodeScalars.endIndex {
            let scalar = text.unicodeScalars[index]
            if isTokenScalar(scalar) {
                if start == nil { start = index }
            } else if let begin = start {
                tokens.append((begin..<index, fold(String(text.unicodeScalars[begin..<index]))))
                start = nil
            }
            index = text.unicodeScalars.index(after: index)
        }
        if let begin = start { tokens.append((begin..<text.endIndex, fold(String(text.unicodeScalars[begin...])))) }
        return tokens
    }

    /// As the tokenizer folds: lowercase, without diacritics, æ ø å spelled out.
    static func fold(_ word: String) -> String {
        // An ASCII word only needs lowercasing (Foundation's folding would copy it twice).
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: word.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        return FoldingTokenizer.fold(word.lowercased().folding(options: .diacriticInsensitive, locale: nil))
    }
}
