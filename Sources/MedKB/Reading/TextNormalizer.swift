import Foundation

/// Turns text as extracted from PDF into the normalised text facts point into.
///
/// Steps, each keeping the origin of every scalar:
/// NFC; line ends to `\n`; spaces and tabs folded, lines trimmed; lines that are only a
/// URL (page footers) dropped; words hyphenated at a line end joined again; vertical
/// margin text (one to three letters a line) joined into one line; runs of blank lines
/// folded into one.
public enum TextNormalizer {
    /// A line with its scalars and their origins.
    struct Line {
        var scalars: [Unicode.Scalar]
        var origins: [Int]
        var text: String { NormalizedText.string(of: scalars[...]) }
        var isBlank: Bool { scalars.isEmpty }
    }

    /// `keepingCells`: a tab or a run of spaces inside a line becomes one tab (the cell
    /// boundary of a table row) instead of folding into a space, and a line with cells is never joined to
    /// the next by the hyphenation rule.
    public static func normalize(_ raw: String, keepingCells: Bool = false) -> NormalizedText {
        let nfc = CanonicalComposition.composed(raw)
        var lines = splitLines(Array(nfc.unicodeScalars))
        lines = joinVerticalText(lines).map { trimmed($0, keepingCells: keepingCells) }
        // Only a line starting with "h" can be a URL; the others are not made into Strings.
        lines = lines.filter { !($0.scalars.first == "h" || $0.scalars.first == "H") || !isFooterURL($0.text) }
        lines = joinHyphenation(lines, keepingCells: keepingCells)
        return assemble(lines)
    }

    /// Splits on `\n`, `\r\n` and `\r`; a BOM and other format controls are dropped.
    static func splitLines(_ scalars: [Unicode.Scalar]) -> [Line] {
        var lines: [Line] = []
        var start = 0, index = 0
        // A line without a BOM or soft hyphen is copied whole, not scalar by scalar.
        var dropsScalars = false
        func endLine() {
            guard dropsScalars else {
                lines.append(Line(scalars: Array(scalars[start..<index]), origins: Array(start..<index)))
                return
            }
            var line = Line(scalars: [], origins: [])
            // BOM and soft hyphen carry nothing a reader sees.
            for origin in start..<index where scalars[origin] != "\u{FEFF}" && scalars[origin] != "\u{AD}" {
                line.scalars.append(scalars[origin])
                line.origins.append(origin)
            }
            lines.append(line)
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\r" || scalar == "\n" || scalar == "\u{2028}" || scalar == "\u{0C}" {
                endLine()
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                (start, dropsScalars) = (index + 1, false)
            } else if scalar == "\u{FEFF}" || scalar == "\u{AD}" {
                dropsScalars = true
            }
            index += 1
        }
        endLine()
        return lines
    }

    /// Trims a line and folds runs of spaces, tabs and no-break spaces into one space (into
    /// one tab when the run holds a tab and cells are kept).
    static func trimmed(_ line: Line, keepingCells: Bool = false) -> Line {
        isTrimmed(line.scalars) ? line : trimmedScalarByScalar(line, keepingCells: keepingCells)
    }

    static func trimmedScalarByScalar(_ line: Line, keepingCells: Bool) -> Line {
        var out = Line(scalars: [], origins: [])
        var pendingSpace: (origin: Int, scalar: Unicode.Scalar)?
        var runLength = 0
        for (scalar, origin) in zip(line.scalars, line.origins) {
            if scalar == " " || scalar == "\t" || scalar == "\u{A0}" || scalar == "\u{2009}" || scalar == "\u{202F}" {
                guard !out.scalars.isEmpty else { continue }
                runLength += 1
                // A tab, or two spaces or more, is a column gap when cells are kept.
                if keepingCells, scalar == "\t" || runLength >= 2 {
                    pendingSpace = (pendingSpace?.origin ?? origin, "\t")
                } else if pendingSpace == nil {
                    pendingSpace = (origin, " ")
                }
                continue
            }
            runLength = 0
            if let space = pendingSpace {
                out.scalars.append(space.scalar)
                out.origins.append(space.origin)
                pendingSpace = nil
            }
            out.scalars.append(scalar)
            out.origins.append(origin)
        }
        return out
    }

    /// Whether `trimmed` would leave the line as it is: no space at either end, no space
    /// beside another and none but the plain one (most lines of a text file).
    static func isTrimmed(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.first != " ", scalars.last != " " else { return false }
        var previousIsSpace = false
        for scalar in scalars {
            if scalar == " " {
                if previousIsSpace { return false }
                previousIsSpace = true
            } else {
                if scalar == "\t" || scalar == "\u{A0}" || scalar == "\u{2009}" || scalar == "\u{202F}" { return false }
                previousIsSpace = false
            }
        }
        return true
    }

    static func isFooterURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && !text.contains(" ")
    }

    /// Text printed vertically in a margin arrives as a column of one-to-three-letter lines
    /// ("A", "pr", "il", "20", "25", ...). Four or more such lines, blank lines between
    /// them allowed, become one line.
    static func joinVerticalText(_ lines: [Line]) -> [Line] {
        let isSpace = Unicode.Scalar.isSpaceOrTab
        // Read on the scalars: most lines are long, and are told apart by their first four visible scalars.
        func isFragment(_ line: Line) -> Bool {
            let visible = line.scalars.drop(while: isSpace).reversed().drop(while: isSpace).reversed()
            return !visible.isEmpty && visible.count <= 3
                && visible.first != "•" && !visible.allSatisfy({ $0 == "*" || $0 == "-" || $0 == "–" })
        }
        func isBlank(_ line: Line) -> Bool { line.scalars.allSatisfy(isSpace) }
        var out: [Line] = []
        var index = 0
        while index < lines.count {
            guard isFragment(lines[index]) else {
                out.append(lines[index])
                index += 1
                continue
            }
            var end = index
            var fragments: [Int] = []
            while end < lines.count, isFragment(lines[end]) || isBlank(lines[end]) {
                if !isBlank(lines[end]) { fragments.append(end) }
                end += 1
            }
            if fragments.count >= 4 {
                // Untrimmed, the fragments keep the spaces between the words they spell.
                var joined = Line(scalars: [], origins: [])
                for fragmentIndex in fragments {
                    joined.scalars.append(contentsOf: lines[fragmentIndex].scalars)
                    joined.origins.append(contentsOf: lines[fragmentIndex].origins)
                }
                out.append(joined)
                let last = fragments.last!
                index = last + 1
            } else {
                out.append(lines[index])
                index += 1
            }
        }
        return out
    }

    /// Joins a word broken at a line end: "influenzalignen-" + "de symptomer" becomes
    /// "influenzalignende symptomer". A hyphen after a capital or digit ("D-" +
    /// "vitamin") is part of the word and stays; before "og", "eller", "and", "or" it
    /// is a suspended compound ("calcium- og") and the line break becomes a space.
    static func joinHyphenation(_ lines: [Line], keepingCells: Bool = false) -> [Line] {
        func hasCells(_ line: Line) -> Bool { keepingCells && line.scalars.contains("\t") }
        var out: [Line] = []
        var index = 0
        while index < lines.count {
            var line = lines[index]
            while index + 1 < lines.count, let last = line.scalars.last, last == "-",
                  !hasCells(line), !hasCells(lines[index + 1]),
                  line.scalars.count >= 2, let next = lines[index + 1].scalars.first,
                  CharacterSet.letters.contains(next) {
                let before = line.scalars[line.scalars.count - 2]
                let nextLine = lines[index + 1]
                let firstWord = nextLine.text.prefix { $0.isLetter }.lowercased()
                if suspendedCompoundConjunctions.contains(firstWord) {
                    line.scalars.append(" ")
                    line.origins.append(line.origins.last! + 1)
                } else if CharacterSet.lowercaseLetters.contains(before), CharacterSet.lowercaseLetters.contains(next) {
                    line.scalars.removeLast()
                    line.origins.removeLast()
                } else if !(CharacterSet.uppercaseLetters.contains(before) || CharacterSet.decimalDigits.contains(before)) {
                    break
                }
                // else "D-" + "vitamin": the hyphen stays, only the line break goes.
                line.scalars.append(contentsOf: nextLine.scalars)
                line.origins.append(contentsOf: nextLine.origins)
                index += 1
            }
            out.append(line)
            index += 1
        }
        return out
    }

    static let suspendedCompoundConjunctions: Set<String> = ["og", "eller", "samt", "and", "or"]

    /// Lines joined with `\n`; runs of blank lines become one; no blank lines at the ends.
    static func assemble(_ lines: [Line]) -> NormalizedText {
        var scalars: [Unicode.Scalar] = []
        var origins: [Int] = []
        // At most every line and two breaks after each: the arrays grow once.
        let most = lines.reduce(0) { $0 + $1.scalars.count + 2 }
        scalars.reserveCapacity(most)
        origins.reserveCapacity(most)
        var pendingBreaks = 0
        var lastOrigin = 0
        for line in lines {
            if line.isBlank {
                if !scalars.isEmpty { pendingBreaks = max(pendingBreaks, 2) }
                continue
            }
            if !scalars.isEmpty {
                for _ in 0..<max(pendingBreaks, 1) {
                    scalars.append("\n")
                    origins.append(lastOrigin + 1)
                }
            }
            pendingBreaks = 0
            scalars.append(contentsOf: line.scalars)
            origins.append(contentsOf: line.origins)
            lastOrigin = line.origins.last ?? lastOrigin
        }
        return NormalizedText(scalars: scalars, origins: origins)
    }
}
