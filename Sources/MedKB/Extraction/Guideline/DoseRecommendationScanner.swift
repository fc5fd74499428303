import Foundation

/// Finds dosed recommendations in guideline text laid out as a flowchart: a substance
/// line ("Zoledronsyre (fx Aclasta)") with a dose line below it ("5 mg i.v. årligt"), or
/// both on one line ("Dagligt tilskud af 20-40 µg D3-vitamin"). A dose counts when a route
/// or an interval stands beside it and no comparator stands before it ("> 5 mg" is a
/// threshold).
public enum DoseRecommendationScanner {
    public struct Candidate: Sendable {
        public let substance: String
        /// Offsets of the line naming the substance and of the dose line.
        public let substanceLine: TextLine
        public let doseLine: TextLine
        public let dose: Dose
        public let route: String?
        public let interval: String?
        /// The text of the parenthesis after the substance ("Izamby, Junod … ▲"), if any.
        public let productList: String?
        /// A daily supplement ("Dagligt tilskud af …") rather than a line of treatment.
        public let isSupplement: Bool
    }

    nonisolated(unsafe) static let supplement = try! Pattern("tilskud|indtag|supplement|intake").ignoresCase()

    nonisolated(unsafe) static let comparatorBefore = try! Pattern("(?:[<>≤≥=]|\\bover|\\bunder|\\bmindst|\\bhøjst|\\bmax|\\babove|\\bbelow|\\bat least|\\bup to|\\bop til)\\s*$").ignoresCase()

    /// How many dosed recommendations the text has, counting no further than `limit`.
    public static func candidateCount(in text: String, language: String, limit: Int = .max) -> Int {
        scan(NormalizedTextLines(text: text), language: language, limit: limit).count
    }

    static func scan(_ source: NormalizedTextLines, language: String, lexicon: Lexicon = .shared, limit: Int = .max) -> [Candidate] {
        let lines = source.lines
        var candidates: [Candidate] = []
        for (index, line) in lines.enumerated() {
            for found in DoseReader.all(in: line.text, language: language) {
                let before = line.text[..<found.range.lowerBound]
                if before.firstMatch(of: comparatorBefore) != nil { continue }
                let interval = IntervalReader.first(in: line.text, language: language)?.value
                let route = lexicon.firstConcept(.route, in: line.text, language: language)
                guard interval != nil || route != nil else { continue }
                guard let (substance, substanceLine) = findSubstance(for: index, doseRange: found.range, in: lines,
                                                                    language: language, lexicon: lexicon) else { continue }
                candidates.append(Candidate(substance: substance, substanceLine: substanceLine, doseLine: line, dose: found.value,
                                            route: route, interval: interval,
                                            productList: productList(after: substanceLine, in: lines, lexicon: lexicon, language: language),
                                            isSupplement: line.text.firstMatch(of: supplement) != nil))
                if candidates.count >= limit { return candidates }
            }
        }
        return candidates
    }

    /// The substance on the dose line, else at the start of one of the three lines above it
    /// (within its block), else at the start of the line below.
    static func findSubstance(for index: Int, doseRange: Range<String.Index>, in lines: [TextLine], language: String,
                              lexicon: Lexicon) -> (String, TextLine)? {
        let line = lines[index]
        if let match = lexicon.matches(.substance, in: line.text, language: language).first(where: { $0.concept != "placebo" }) {
            return (match.concept, line)
        }
        var back = index - 1
        while back >= 0, back >= index - 3, !lines[back].isBlank {
            if let concept = substanceAtStart(of: lines[back], language: language, lexicon: lexicon) { return (concept, lines[back]) }
            back -= 1
        }
        if index + 1 < lines.count, let concept = substanceAtStart(of: lines[index + 1], language: language, lexicon: lexicon) {
            return (concept, lines[index + 1])
        }
        return nil
    }

    static func substanceAtStart(of line: TextLine, language: String, lexicon: Lexicon) -> String? {
        lexicon.matches(.substance, in: line.text, language: language).first { $0.range.lowerBound == 0 }?.concept
    }

    /// The parenthesis that opens on the substance line, closed on it or on a later line.
    static func productList(after substanceLine: TextLine, in lines: [TextLine], lexicon: Lexicon, language: String) -> String? {
        guard let open = substanceLine.text.firstIndex(of: "(") else { return nil }
        var text = String(substanceLine.text[substanceLine.text.index(after: open)...])
        var next = lines.firstIndex { $0.start == substanceLine.start }.map { $0 + 1 } ?? lines.count
        while !text.contains(")"), next < lines.count, !lines[next].isBlank {
            text += "\n" + lines[next].text
            next += 1
        }
        guard let close = text.firstIndex(of: ")") else { return nil }
        return String(text[..<close])
    }
}

/// The lines of a plain string, for the scanners that run before a document exists.
struct NormalizedTextLines {
    let lines: [TextLine]

    init(text: String) {
        var lines: [TextLine] = []
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let count = line.unicodeScalars.count
            lines.append(TextLine(start: offset, end: offset + count, text: String(line)))
            offset += count + 1
        }
        self.lines = lines
    }

    init(_ text: NormalizedText) { lines = TextLine.lines(of: text) }
}
