import Foundation

/// A regular expression the parsers match phrases with, run by ICU (NSRegularExpression).
///
/// Swift's `Regex` was most of an import's time (case-insensitive matching maps every
/// character it compares to lowercase, as a new String); ICU runs the same patterns
/// twenty or more times faster. The call sites read as with `Regex`: `text.firstMatch(of:)`,
/// `matches(of:)`, `wholeMatch(of:)`, `match["name"]?.substring`, `match.output[1]`.
/// `\b` keeps Unicode's word boundaries, as `Regex` has them. A text that holds none of the
/// words every match needs (`RequiredLiterals`) is not given to ICU.
public struct Pattern: @unchecked Sendable {
    // NSRegularExpression is immutable and may be used from several threads at once.
    let expression: NSRegularExpression
    /// The same pattern that must match all of the text (`wholeMatch`).
    let whole: NSRegularExpression
    let source: String
    let options: NSRegularExpression.Options
    /// Capture group numbers by name.
    let groupNumbers: [String: Int]
    /// Words a text must hold for a match, looked for before ICU is asked.
    let literals: RequiredLiterals?

    public init(_ source: String) throws {
        try self.init(source, options: [])
    }

    init(_ source: String, options: NSRegularExpression.Options) throws {
        self.source = source
        self.options = options
        expression = try NSRegularExpression(pattern: source, options: options)
        whole = try NSRegularExpression(pattern: "(?:" + source + ")\\z", options: options)
        groupNumbers = Self.groupNumbers(in: source)
        literals = RequiredLiterals(source: source)
    }

    /// The same pattern, ignoring case.
    public func ignoresCase() -> Pattern {
        // The pattern compiled once already, so it compiles again.
        try! Pattern(source, options: options.union(.caseInsensitive))
    }

    /// A match of all of `text`.
    public func wholeMatch<Text: StringProtocol>(in text: Text) -> Match? where Text.SubSequence == Substring {
        text.wholeMatch(of: self)
    }

    /// Named groups `(?<name>…)` and the number ICU gives each: capturing groups count in
    /// the order their parentheses open.
    static func groupNumbers(in source: String) -> [String: Int] {
        var numbers: [String: Int] = [:]
        var count = 0
        var inClass = false
        let scalars = Array(source.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\" { index += 2; continue }
            if inClass {
                if scalar == "]" { inClass = false }
            } else if scalar == "[" {
                inClass = true
                // A "]" right after "[" or "[^" is a literal.
                if index + 1 < scalars.count, scalars[index + 1] == "^" { index += 1 }
                if index + 1 < scalars.count, scalars[index + 1] == "]" { index += 1 }
            } else if scalar == "(" {
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                if next != "?" {
                    count += 1
                } else if index + 3 < scalars.count, scalars[index + 2] == "<",
                          scalars[index + 3] != "=", scalars[index + 3] != "!" {
                    count += 1
                    var end = index + 3
                    var name = ""
                    while end < scalars.count, scalars[end] != ">" { name.unicodeScalars.append(scalars[end]); end += 1 }
                    numbers[name] = count
                }
            }
            index += 1
        }
        return numbers
    }

    /// One match: its range and its groups, in the text it was found in.
    public struct Match {
        public let range: Range<String.Index>
        let groups: [Range<String.Index>?]
        let groupNumbers: [String: Int]
        let text: Substring

        /// The group of that name; nil when the pattern has none of that name.
        public subscript(name: String) -> Capture? {
            groupNumbers[name].map { self[$0] }
        }

        /// Group 0 is the whole match.
        public subscript(number: Int) -> Capture {
            let range = number < groups.count ? groups[number] : nil
            return Capture(range: range, substring: range.map { text[$0] })
        }

        /// `match.output[1]`, as with `Regex`.
        public var output: Match { self }
        public var count: Int { groups.count }
    }

    /// A group of a match; nil range and substring when the group took no part in it.
    public struct Capture {
        public let range: Range<String.Index>?
        public let substring: Substring?
    }

    func matches(in text: Substring, using expression: NSRegularExpression, options: NSRegularExpression.MatchingOptions = [],
                 first: Bool) -> [Match] {
        // Under a test's audit a ruled-out text is matched all the same, and what was found told.
        var audit: RequiredLiterals.Audit?
        if let literals, !literals.mayMatch(text) {
            guard let running = RequiredLiterals.audit else { return [] }
            audit = running
        }
        let string = String(text)
        let length = string.utf16.count
        var results: [NSTextCheckingResult] = []
        if first {
            if let result = expression.firstMatch(in: string, options: options, range: NSRange(location: 0, length: length)) {
                results = [result]
            }
        } else {
            results = expression.matches(in: string, options: options, range: NSRange(location: 0, length: length))
        }
        audit?.ruledOut(source, text, found: !results.isEmpty)
        guard !results.isEmpty else { return [] }
        // ICU counts UTF-16 units; the copy and the text have the same UTF-8, so an index in the
        // copy is carried over by its UTF-8 offset. Offsets mostly come in order: each walk
        // starts from the last one.
        let utf16 = string.utf16
        let ascii = string.utf8.count == length
        var last = (offset: 0, index: string.startIndex)
        func index(_ offset: Int) -> String.Index {
            if ascii { return text.utf8.index(text.startIndex, offsetBy: offset) }
            let from = offset >= last.offset ? last : (offset: 0, index: string.startIndex)
            let inCopy = utf16.index(from.index, offsetBy: offset - from.offset)
            last = (offset, inCopy)
            return text.utf8.index(text.startIndex, offsetBy: string.utf8.distance(from: string.startIndex, to: inCopy))
        }
        func range(_ nsRange: NSRange) -> Range<String.Index>? {
            guard nsRange.location != NSNotFound else { return nil }
            return index(nsRange.location)..<index(nsRange.location + nsRange.length)
        }
        return results.map { result in
            let groups = (0..<result.numberOfRanges).map { range(result.range(at: $0)) }
            return Match(range: groups[0]!, groups: groups, groupNumbers: groupNumbers, text: text)
        }
    }
}

extension StringProtocol where SubSequence == Substring {
    private var whole: Substring { self[startIndex..<endIndex] }

    public func firstMatch(of pattern: Pattern) -> Pattern.Match? {
        pattern.matches(in: whole, using: pattern.expression, first: true).first
    }

    public func matches(of pattern: Pattern) -> [Pattern.Match] {
        pattern.matches(in: whole, using: pattern.expression, first: false)
    }

    /// A match of all of the text.
    public func wholeMatch(of pattern: Pattern) -> Pattern.Match? {
        pattern.matches(in: whole, using: pattern.whole, options: [.anchored], first: true).first
    }

    /// A match that starts where the text starts.
    public func prefixMatch(of pattern: Pattern) -> Pattern.Match? {
        pattern.matches(in: whole, using: pattern.expression, options: [.anchored], first: true).first
    }

    public func contains(_ pattern: Pattern) -> Bool { firstMatch(of: pattern) != nil }

    public func firstRange(of pattern: Pattern) -> Range<String.Index>? { firstMatch(of: pattern)?.range }

    public func ranges(of pattern: Pattern) -> [Range<String.Index>] { matches(of: pattern).map(\.range) }

    /// The pieces between the matches, empty ones left out.
    public func split(separator pattern: Pattern) -> [Substring] {
        var pieces: [Substring] = []
        var position = startIndex
        for match in matches(of: pattern) {
            if position < match.range.lowerBound { pieces.append(self[position..<match.range.lowerBound]) }
            position = match.range.upperBound
        }
        if position < endIndex { pieces.append(self[position..<endIndex]) }
        return pieces
    }

    /// The text with every match replaced by what `replacement` makes of it.
    public func replacing(_ pattern: Pattern, with replacement: (Pattern.Match) -> String) -> String {
        var out = ""
        var position = startIndex
        for match in matches(of: pattern) {
            out += self[position..<match.range.lowerBound]
            out += replacement(match)
            position = match.range.upperBound
        }
        out += self[position...]
        return out
    }

    /// The text with every match replaced by `replacement`, as it is.
    public func replacing(_ pattern: Pattern, with replacement: String) -> String {
        replacing(pattern) { _ in replacement }
    }
}
