import Foundation

/// A sentence (or bullet item) of normalised text with its scalar offsets.
public struct Sentence: Sendable {
    public let start: Int
    public let end: Int
    public let text: String

    /// The document offset of a position in `text`.
    public func offset(of index: String.Index) -> Int {
        start + text.unicodeScalars.distance(from: text.startIndex, to: index)
    }

    /// Sentences of a range of the text. A sentence ends at `.`, `?`, `!` or `:` followed by
    /// a capital or a bullet, at a blank line, before a bullet, and after a short line with
    /// no closing punctuation (a sub-heading). Abbreviations such as "ca." and "e.g." do not
    /// end a sentence.
    public static func split(_ text: NormalizedText, in range: Range<Int>) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = range.lowerBound
        func emit(_ end: Int) {
            var s = start, e = end
            while s < e, isSpace(text.scalars[s]) { s += 1 }
            while e > s, isSpace(text.scalars[e - 1]) { e -= 1 }
            if e > s { sentences.append(Sentence(start: s, end: e, text: text.slice(s..<e))) }
            start = end
        }
        var lineStart = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = text.scalars[index]
            if scalar == "\n" {
                let next = index + 1 < range.upperBound ? text.scalars[index + 1] : "\n"
                let lineLength = index - lineStart
                let previous = index > lineStart ? text.scalars[index - 1] : "\n"
                if next == "\n" || isBullet(next) {
                    emit(index)
                } else if lineLength > 0, lineLength < 65, !".,:;?!(-–".unicodeScalars.contains(previous),
                          CharacterSet.uppercaseLetters.contains(next), !endsWithOpenParenthesis(text, lineStart..<index) {
                    emit(index)
                }
                lineStart = index + 1
            } else if isSentenceEnd(scalar), index + 2 < range.upperBound, isSpace(text.scalars[index + 1]) {
                let next = text.scalars[index + 2]
                if (CharacterSet.uppercaseLetters.contains(next) || isBullet(next) || next == "\"" || next == "“")
                    && !(scalar == "." && isAbbreviation(text, endingAt: index)) {
                    emit(index + 1)
                }
            }
            index += 1
        }
        emit(range.upperBound)
        return sentences
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\n" }

    // Compared one by one: searching a string's scalars for each scalar of the text was a
    // good part of the split.
    static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool { scalar == "." || scalar == "?" || scalar == "!" || scalar == ":" }

    static func isBullet(_ scalar: Unicode.Scalar) -> Bool { scalar == "•" || scalar == "▪" || scalar == "◦" || scalar == "●" }

    static func endsWithOpenParenthesis(_ text: NormalizedText, _ range: Range<Int>) -> Bool {
        let line = text.slice(range)
        return line.filter { $0 == "(" }.count > line.filter { $0 == ")" }.count
    }

    static let abbreviations: Set<String> = [
        "ca", "fx", "f.eks", "e.g", "i.e", "dvs", "inkl", "evt", "mdr", "dgl", "kl", "nr", "bl.a", "i.v", "s.c",
        "i.m", "vs", "approx", "incl", "etc", "dr", "mr", "mrs", "ms", "st", "jf", "ang", "pga", "mht", "min", "max",
        // Dose forms and prescription shorthand: "Tbl. Propranolol", "inj. Solu-Cortef", "p.o."
        "tbl", "tabl", "depottabl", "inj", "kaps", "supp", "p.o", "pt",
    ]

    static func isAbbreviation(_ text: NormalizedText, endingAt dot: Int) -> Bool {
        var start = dot
        while start > 0, !isSpace(text.scalars[start - 1]), text.scalars[start - 1] != "(" { start -= 1 }
        let word = text.slice(start..<dot).lowercased()
        return abbreviations.contains(word) || (word.count == 1 && word.first!.isLetter)
    }
}
