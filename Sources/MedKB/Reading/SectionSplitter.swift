import Foundation

/// Finds the headings of a document and cuts it into sections.
public enum SectionSplitter {
    /// Sections of an EPAR overview, cut at the template's headings (a heading may wrap
    /// over two lines). Also returns the product name the headings give. `headings`: the text's
    /// headings, when kind detection found them.
    public static func eparSections(of text: NormalizedText, language: String,
                                    headings known: EPARHeadings? = nil) -> (sections: [Section], names: [String]) {
        let found = known ?? eparHeadings(of: text, language: language)
        var sections = cut(text, at: found.headings.map { ($0.start, $0.end, $0.heading, $0.role) })
        // Before the first heading (or in a text with none): paragraphs with the roles their words give.
        if let first = sections.first, first.heading == nil {
            sections.replaceSubrange(0..<1, with: OverviewCues.paragraphSections(of: text, in: first.range))
        }
        return (sections, found.names)
    }

    /// The template's headings in a text, and the product name each gives.
    public static func eparHeadings(of text: NormalizedText, language: String) -> EPARHeadings {
        let lines = TextLine.lines(of: text)
        var headings: [EPARHeadings.Heading] = []
        var names: [String] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if let found = EPARTemplate.match(line.text, language: language) {
                headings.append(.init(start: line.start, end: line.end, heading: line.text, role: found.role))
                names.append(found.name)
            } else if index + 1 < lines.count, EPARTemplate.startsWithQuestionWord(line.text), !line.text.hasSuffix("?"),
                      !lines[index + 1].isBlank {
                let joined = line.text + " " + lines[index + 1].text
                if let found = EPARTemplate.match(joined, language: language) {
                    let next = lines[index + 1]
                    headings.append(.init(start: line.start, end: next.end, heading: text.slice(line.start..<next.end), role: found.role))
                    names.append(found.name)
                    index += 1
                }
            }
            index += 1
        }
        return EPARHeadings(headings: headings, names: names)
    }

    /// Sections of a guideline: a page title such as "Osteoporose – Valg af medicinsk
    /// behandling" (a short line with a dash between two parts) starts a section.
    public static func guidelineSections(of text: NormalizedText) -> [Section] {
        let headings = TextLine.lines(of: text).filter(isGuidelineHeading).map {
            ($0.start, $0.end, $0.text, EPARTemplate.Role?.none)
        }
        return cut(text, at: headings)
    }

    static func isGuidelineHeading(_ line: TextLine) -> Bool {
        let parts = line.text.components(separatedBy: " – ")
        guard parts.count == 2, let first = line.text.first, first.isUppercase,
              !line.text.hasSuffix("."), line.text.split(separator: " ").count <= 12 else { return false }
        return parts.allSatisfy { $0.count >= 3 }
    }

    static func cut(_ text: NormalizedText, at headings: [(Int, Int, String, EPARTemplate.Role?)]) -> [Section] {
        var sections: [Section] = []
        let firstStart = headings.first?.0 ?? text.count
        if firstStart > 0 {
            sections.append(Section(heading: nil, role: nil, range: 0..<firstStart, body: 0..<firstStart))
        }
        for (i, heading) in headings.enumerated() {
            let end = i + 1 < headings.count ? headings[i + 1].0 : text.count
            let bodyStart = min(heading.1 + 1, end)
            sections.append(Section(heading: heading.2, role: heading.3, range: heading.0..<end,
                                    body: bodyStart..<max(bodyStart, end)))
        }
        return sections
    }
}

/// The EPAR template's headings found in a text: kind detection finds them, and the overview
/// parser cuts the text at them without reading every line again.
public struct EPARHeadings: Sendable {
    public struct Heading: Sendable {
        public let start: Int, end: Int
        public let heading: String
        public let role: EPARTemplate.Role
    }

    public let headings: [Heading]
    /// The product name each heading gives.
    public let names: [String]
}
