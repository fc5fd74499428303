import Foundation

/// Finds lab and clinical thresholds: "eGFR > 35 ml/min", "T-score ≤ -2,5",
/// "P-25-OH-Vit.D: 70-125 nmol/L", "prednisolon > 5 mg dgl. … eller > 450 mg",
/// and the reverse order "(≥ 20% sammenfald)".
public enum ThresholdScanner {
    public struct Candidate: Sendable {
        public let test: String
        public let comparator: String
        public let value: Double
        public let maxValue: Double?
        public let unit: String?
        /// Where the threshold stands in the scanned text, in scalars.
        public let start: Int
    }

    static let comparator = "≤|≥|<=|>=|<|>|=|under|over|below|above|mindst|højst|at least|at most"
    static let unit = "%|ml/min(?:/1,73 ?m2)?|nmol/l|mmol/l|mmol/mol|µmol/l|mg/dl|mg|µg|g/l|kg/m2|mmhg"

    /// Units of a laboratory value, which name no test themselves.
    static let labUnit = "nmol/l|mmol/l|µmol/l|pmol/l|mg/dl|g/l|mmol/mol|iu/l|u/l"

    /// "lavt BT (<110 systolisk)": the threshold in a parenthesis after the test.
    static func parenthesised(_ tests: String) -> Pattern {
        try! Pattern("(?:^|[^\\p{L}\\d-])(?<test>" + tests + ")(?![\\p{L}\\d])\\s*\\(\\s*(?<cmp>[<>≤≥])\\s*(?<v>" + NumberReader.pattern + ")").ignoresCase()
    }

    /// "En stigning > 400 nmol/l": a lab value with its comparator and no test before it; the
    /// test is the one the text named last ("Synacthentest").
    nonisolated(unsafe) static let bareValue = try! Pattern(
        "(?<cmp>[<>≤≥])\\s*(?<v>" + NumberReader.pattern + ")\\s*(?<unit>" + labUnit + ")(?![\\p{L}])").ignoresCase()

    static func regexes(_ lexicon: Lexicon) -> (forward: Pattern, reverse: Pattern, chained: Pattern) {
        let tests = lexicon.entries(.test).map(\.phrase).sorted { $0.count > $1.count }
            .map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
        let number = NumberReader.pattern
        let forward = "(?:^|[^\\p{L}\\d-])(?<test>" + tests + ")(?![\\p{L}\\d])(?:\\s*\\([^)\\n]{1,20}\\))?(?:\\s+(?:er|is|are|på|of))?"
            + "\\s*(?:(?<cmp>" + comparator + ")|(?<colon>:))\\s*(?<v>" + number + ")(?:\\s*[-–]\\s*(?<m>" + number + "))?"
            + "(?:\\s*(?<unit>" + unit + ")(?![\\p{L}]))?"
        let reverse = "(?<cmp>" + comparator + ")\\s*(?<v>" + number + ")\\s*(?<unit>%)\\s+(?<test>" + tests + ")(?![\\p{L}])"
        let chained = "^[^\\n<>≤≥]{0,30}?\\s(?:eller|or)\\s+(?<cmp>[<>≤≥])\\s*(?<v>" + number + ")\\s*(?<unit>" + unit + ")?"
        return (try! Pattern(forward).ignoresCase(), try! Pattern(reverse).ignoresCase(), try! Pattern(chained).ignoresCase())
    }

    public static func candidateCount(in text: String, language: String) -> Int {
        scan(text, language: language).count
    }

    public static func scan(_ text: String, language: String, lexicon: Lexicon = .shared) -> [Candidate] {
        let (forward, reverse, chained) = regexes(lexicon)
        var found: [Candidate] = []
        func offset(_ index: String.Index) -> Int { text.unicodeScalars.distance(from: text.startIndex, to: index) }
        func make(_ match: Pattern.Match, test: String, at position: String.Index? = nil) -> Candidate? {
            guard let raw = match["v"]?.substring, let value = NumberReader.parse(raw, language: language) else { return nil }
            let max = match["m"]?.substring.flatMap { NumberReader.parse($0, language: language) }
            let cmp = match["cmp"]?.substring.map { normalizeComparator(String($0)) }
            guard let comparator = max != nil ? "range" : cmp else { return nil }
            guard let concept = lexicon.concept(.test, for: test, language: language) else { return nil }
            return Candidate(test: concept, comparator: comparator, value: value, maxValue: max,
                             unit: match["unit"]?.substring.map(String.init),
                             start: offset(position ?? match["test"]?.range?.lowerBound ?? match.range.lowerBound))
        }
        for match in text.matches(of: forward) {
            guard let test = match["test"]?.substring, let candidate = make(match, test: String(test)) else { continue }
            found.append(candidate)
            // "> 5 mg dgl. i 3 mdr. eller > 450 mg på et år": the same test again.
            if let more = text[match.range.upperBound...].firstMatch(of: chained), let again = make(more, test: String(test), at: more.range.lowerBound) {
                found.append(again)
            }
        }
        for match in text.matches(of: reverse) {
            guard let test = match["test"]?.substring, let candidate = make(match, test: String(test)) else { continue }
            found.append(candidate)
        }
        let tests = lexicon.entries(.test).map(\.phrase).sorted { $0.count > $1.count }
            .map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
        for match in text.matches(of: parenthesised(tests)) {
            guard let test = match["test"]?.substring, let candidate = make(match, test: String(test)),
                  !found.contains(where: { $0.start == candidate.start }) else { continue }
            found.append(candidate)
        }
        // Values whose test the text named before: the last test named within 400 scalars.
        let named = text.matches(of: try! Pattern("(?<![\\p{L}\\d])(?<test>" + tests + ")(?![\\p{L}\\d])").ignoresCase())
        for match in text.matches(of: bareValue) {
            let at = offset(match.range.lowerBound)
            guard !found.contains(where: { abs($0.start - at) < 40 }),
                  let last = named.last(where: { $0.range.upperBound <= match.range.lowerBound && at - offset($0.range.lowerBound) <= 400 }),
                  let test = last["test"]?.substring, let candidate = make(match, test: String(test), at: match.range.lowerBound) else { continue }
            found.append(candidate)
        }
        return found.sorted { $0.start < $1.start }
    }

    static func normalizeComparator(_ raw: String) -> String {
        switch raw.lowercased() {
        case "≤", "<=", "højst", "at most": return "<="
        case "≥", ">=", "mindst", "at least": return ">="
        case "<", "under", "below": return "<"
        case ">", "over", "above": return ">"
        default: return "="
        }
    }
}
