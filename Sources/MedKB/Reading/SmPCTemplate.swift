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
    }

    nonisolated(unsafe) static let numbered = try! Regex("^(?<major>\\d{1,2})\\.(?:(?<minor>\\d{1,2})\\.?)?[ \\t]+(?<title>\\S.{1,110})$")
    nonisolated(unsafe) static let annexMarker = try! Regex("^(?:ANNEX|BILAG|ANHANG|ANNEXE|ALLEGATO|ANEXO|BIJLAGE)[ \\t]+(?<roman>I{1,3}|IV)$")
    nonisolated(unsafe) static let part = try! Regex("^[AB]\\.[ \\t]+\\p{Lu}[\\p{Lu} ]{4,}$")

    /// The headings of a product-information text, in order. A numbered line counts only in
    /// Annex I and only when its number follows the previous heading's (so that numbered
    /// list items and table rows are not taken for headings); heading 1 starts a new SmPC.
    public static func headings(in text: NormalizedText) -> [Heading] {
        var headings: [Heading] = []
        var annex = 1
        var last: (Int, Int) = (0, 0)
        for line in TextLine.lines(of: text) where !line.isBlank && line.end - line.start <= 120 {
            let flat = line.text.replacingOccurrences(of: "\t", with: " ")
            if let marker = flat.wholeMatch(of: annexMarker), let roman = marker["roman"]?.substring {
                annex = ["I": 1, "II": 2, "III": 3, "IV": 4][String(roman)] ?? annex
                headings.append(Heading(number: nil, title: flat, start: line.start, end: line.end, annex: annex))
                continue
            }
            if annex >= 2 {
                if flat.wholeMatch(of: part) != nil {
                    headings.append(Heading(number: nil, title: flat, start: line.start, end: line.end, annex: annex))
                }
                continue
            }
            guard let match = flat.wholeMatch(of: numbered),
                  let major = (match["major"]?.substring).flatMap({ Int($0) }),
                  let title = (match["title"]?.substring).map(String.init) else { continue }
            let minor = (match["minor"]?.substring).flatMap { Int($0) } ?? 0
            guard (1...12).contains(major), isHeadingTitle(title, topLevel: minor == 0) else { continue }
            let startsNewSmPC = major == 1 && minor == 0
            guard startsNewSmPC || (major, minor) > last, major <= last.0 + 1 else { continue }
            last = (major, minor)
            let number = minor == 0 ? "\(major)" : "\(major).\(minor)"
            headings.append(Heading(number: number, title: flat, start: line.start, end: line.end, annex: annex))
        }
        return headings
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
    /// (indications), 4.2 (posology), 4.3 (contraindications) and 4.8 (undesirable effects).
    public static func isSmPC(_ text: NormalizedText) -> Bool {
        let numbers = Set(headings(in: text).compactMap(\.number))
        return ["4.1", "4.2", "4.3", "4.8"].filter(numbers.contains).count >= 3
    }
}
