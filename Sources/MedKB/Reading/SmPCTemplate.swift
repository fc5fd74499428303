import Foundation

/// The fixed outline of EU product information: Annex I, the summary of product
/// characteristics, with numbered headings that are the same in every EU language
/// ("4.8 Undesirable effects", "4.8 Bivirkninger"); Annex II; Annex III, the labelling and
/// the package leaflet. One Annex I may hold several SmPCs (one per pharmaceutical form),
/// each starting again at heading 1.
public enum SmPCTemplate {
    public struct Heading: Sendable, Equatable {
        /// "4.8", "1"; nil for annex and part headings.
        public let number: String?
        /// The heading as printed, tabs as spaces.
        public let title: String
        /// The line's offsets.
        public let start: Int
        public let end: Int
        /// 1, 2 or 3: the annex the heading stands in (1 before the first annex marker).
        public let annex: Int
        /// The title is the template's for its number ("4.8 Bivirkninger"), not merely a
        /// line that looks like a heading.
        let known: Bool
    }

    nonisolated(unsafe) static let numbered = try! Pattern("^(?<major>\\d{1,2})\\.(?:(?<minor>\\d{1,2})\\.?)?[ \\t]+(?<title>\\S.{1,110})$")
    nonisolated(unsafe) static let annexMarker = try! Pattern("^(?:ANNEX|BILAG|ANHANG|ANNEXE|ALLEGATO|ANEXO|BIJLAGE)[ \\t]+(?<roman>I{1,3}|IV)$")
    nonisolated(unsafe) static let part = try! Pattern("^[AB]\\.[ \\t]+\\p{Lu}[\\p{Lu} ]{4,}$")

    /// The headings of a product-information text, in order. A numbered line counts only in
    /// Annex I and only when its number follows the previous heading's (so that numbered
    /// list items and table rows are not taken for headings); heading 1 starts a new SmPC.
    /// A heading may stand on its own line ("4.8 Bivirkninger"), have its number on the
    /// line above its title ("1." then "LÆGEMIDLETS NAVN"), or stand inside a line that
    /// holds several (a flattened transcript), where only the template's known titles count.
    public static func headings(in text: NormalizedText) -> [Heading] {
        var headings: [Heading] = []
        var annex = 1
        var last: (Int, Int) = (0, 0)
        /// Adds a numbered heading if its number may follow the last one.
        func add(_ number: String, start: Int, end: Int, known: Bool) {
            let parts = number.split(separator: ".").compactMap { Int($0) }
            guard let major = parts.first, (1...12).contains(major) else { return }
            let minor = parts.count > 1 ? parts[1] : 0
            let startsNewSmPC = major == 1 && minor == 0
            guard startsNewSmPC || (major, minor) > last, major <= last.0 + 1 else { return }
            last = (major, minor)
            let title = text.slice(start..<end).replacingASCII("\t", with: " ").oneLine
            headings.append(Heading(number: minor == 0 ? "\(major)" : "\(major).\(minor)", title: title,
                                    start: start, end: end, annex: annex, known: known))
        }
        let lines = TextLine.lines(of: text)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            if line.isBlank { continue }
            let flat = line.text.replacingASCII("\t", with: " ")
            if line.end - line.start <= 120, let marker = flat.wholeMatch(of: annexMarker), let roman = marker["roman"]?.substring {
                annex = ["I": 1, "II": 2, "III": 3, "IV": 4][String(roman)] ?? annex
                headings.append(Heading(number: nil, title: flat, start: line.start, end: line.end, annex: annex, known: false))
                continue
            }
            if annex >= 2 {
                if flat.wholeMatch(of: part) != nil {
                    headings.append(Heading(number: nil, title: flat, start: line.start, end: line.end, annex: annex, known: false))
                }
                continue
            }
            // A line that starts with a known title keeps only the title as its heading.
            let inline = inlineTitles(in: flat)
            if let first = inline.first, first.start == 0 {
                for found in inline { add(found.number, start: line.start + found.start, end: line.start + found.end, known: true) }
                continue
            }
            if line.end - line.start <= 120, let (number, title) = numberedLine(flat) {
                add(number, start: line.start, end: line.end, known: isKnown(title, number: number))
                continue
            }
            // "1." on its line, the title on the next.
            if flat.wholeMatch(of: numberAlone) != nil, index < lines.count, !lines[index].isBlank,
               lines[index].end - lines[index].start <= 110 {
                let next = lines[index]
                let number = flat.trimmingCharacters(in: .whitespaces)
                if let (parsed, title) = numberedLine(number + " " + next.text.replacingASCII("\t", with: " ")) {
                    add(parsed, start: line.start, end: next.end, known: isKnown(title, number: parsed))
                    index += 1
                    continue
                }
            }
            for found in inline {
                add(found.number, start: line.start + found.start, end: line.start + found.end, known: true)
            }
        }
        return headings
    }

    nonisolated(unsafe) static let numberAlone = try! Pattern("^[ ]*\\d{1,2}\\.(?:\\d{1,2}\\.?)?[ ]*$")

    /// The number and title of a line that is a numbered heading as a whole ("4.2 Posology
    /// and method of administration", "1. LÆGEMIDLETS NAVN").
    static func numberedLine(_ flat: String) -> (number: String, title: String)? {
        guard let match = flat.wholeMatch(of: numbered),
              let major = (match["major"]?.substring).flatMap({ Int($0) }),
              let title = (match["title"]?.substring).map(String.init) else { return nil }
        let minor = (match["minor"]?.substring).flatMap { Int($0) }
        guard isHeadingTitle(title, topLevel: minor == nil) else { return nil }
        return (minor.map { "\(major).\($0)" } ?? "\(major)", title)
    }

    /// Whether a heading's title is the template's title for its number.
    static func isKnown(_ title: String, number: String) -> Bool {
        let scalars = Array(title.trimmingCharacters(in: .whitespaces).unicodeScalars)
        guard !scalars.isEmpty, let (known, _) = knownTitle(at: 0, in: scalars) else { return false }
        return known.number == number
    }

    /// Top-level headings are in capitals ("4. CLINICAL PARTICULARS"); sub-headings start
    /// with a capital and are short, without a full stop.
    static func isHeadingTitle(_ title: String, topLevel: Bool) -> Bool {
        let letters = title.filter(\.isLetter)
        guard let first = letters.first, first.isUppercase, !title.hasSuffix("."), title.split(separator: " ").count <= 14
        else { return false }
        if topLevel { return letters.filter(\.isUppercase).count * 10 >= letters.count * 8 }
        return true
    }

    /// An SmPC has the clinical particulars' numbered headings: at least three of 4.1
    /// (indications), 4.2 (posology), 4.3 (contraindications) and 4.8 (undesirable effects);
    /// or, in an excerpt that stops within 4.2, the template's own titles for 1, 2 or 3,
    /// 4.1 and 4.2.
    public static func isSmPC(_ text: NormalizedText) -> Bool {
        // Either test needs a printed 4.1, 4.2, 4.3 or 4.8 (a sub-heading needs its number):
        // a text without one is no SmPC, and its lines are not read as headings.
        guard ["4.1", "4.2", "4.3", "4.8"].contains(where: { text.string.holds($0) }) else { return false }
        let all = headings(in: text)
        let numbers = Set(all.compactMap(\.number))
        if ["4.1", "4.2", "4.3", "4.8"].filter(numbers.contains).count >= 3 { return true }
        let known = Set(all.filter(\.known).compactMap(\.number))
        return known.isSuperset(of: ["1", "4.1", "4.2"]) && (known.contains("2") || known.contains("3"))
    }
}
