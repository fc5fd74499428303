import Foundation

/// The stretch of a section a search hit shows: the run of `length` words holding most
/// of the query's words, each match between `SearchHit.markStart` and `markEnd`, with "…"
/// where the section goes on. Made here rather than by FTS5's snippet(), which looked the
/// section up again through the full-text index (10 ms a hit for a common word); words are
/// cut and folded as the index's tokenizer does (letters and digits; case, diacritics and
/// æ, ø, å folded), and a query word matches a word it starts.
enum SearchSnippet {
    static func make(_ text: String, words query: [String], length: Int = 16) -> String {
        let wanted = query.map(fold)
        let tokens = self.tokens(of: text)
        guard !tokens.isEmpty else { return text }
        let matches = tokens.map { token in wanted.firstIndex { token.folded.hasPrefix($0) } }
        // The window with the most different query words, the first of the best.
        var best = 0, bestScore = -1
        for start in 0..<max(1, tokens.count - length + 1) {
            let score = Set(matches[start..<min(tokens.count, start + length)].compactMap { $0 }).count
            if score > bestScore { (best, bestScore) = (start, score) }
        }
        let last = min(tokens.count, best + length) - 1
        var out = best > 0 ? "…" : ""
        var position = tokens[best].range.lowerBound
        for index in best...last {
            let token = tokens[index]
            out += text[position..<token.range.lowerBound]
            if matches[index] != nil {
                out += SearchHit.markStart + text[token.range] + SearchHit.markEnd
            } else {
                out += text[token.range]
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
        FoldingTokenizer.fold(word.lowercased().folding(options: .diacriticInsensitive, locale: nil))
    }
}
