import Foundation

/// Wrapping and labels for terminal output.
public enum TextLayout {
    /// Wraps text to `width` columns, every line starting with `indent`; line breaks in the
    /// text are folded into spaces first.
    public static func wrap(_ text: String, width: Int = 100, indent: String = "") -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        var lines: [String] = []
        // The line's length is counted as it grows: String.count walks the whole line each time.
        let indentLength = indent.count
        var line = indent, length = indentLength
        for word in words {
            let wordLength = word.count
            if length > indentLength, length + 1 + wordLength > width {
                lines.append(line)
                (line, length) = (indent, indentLength)
            }
            if length > indentLength { line += " "; length += 1 }
            line += word
            length += wordLength
        }
        if length > indentLength { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    /// Pads cells into aligned columns separated by two spaces.
    public static func table(_ rows: [[String]]) -> String {
        guard let columns = rows.map(\.count).max() else { return "" }
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    public static let frequencyOrder = ["very_common", "common", "uncommon", "rare", "very_rare", "not_known"]

    /// Which document a fact comes from, as a reader cites it: "SmPC, p. 6", "EPAR overview".
    public static func origin(_ source: SourcedFact, labels: ReportLabels = .english) -> String {
        let kind: String
        switch DocumentKind(rawValue: source.document.kind) {
        case .smpc: kind = labels["origin_smpc"]
        case .eparOverview: kind = labels["origin_epar_overview"]
        case .guideline: kind = labels["origin_guideline"]
        case .catalogueEntry: kind = labels["origin_catalogue"]
        case nil: kind = source.document.kind
        }
        return kind + (source.fact.evidence.page.map { ", " + labels.format("page", String($0)) } ?? "")
    }

    /// "very common (more than 1 in 10 people)".
    public static func frequencyLabel(_ category: String?) -> String {
        switch category {
        case "very_common": return "very common (more than 1 in 10 people)"
        case "common": return "common (up to 1 in 10 people)"
        case "uncommon": return "uncommon (up to 1 in 100 people)"
        case "rare": return "rare (up to 1 in 1,000 people)"
        case "very_rare": return "very rare (up to 1 in 10,000 people)"
        case "not_known": return "frequency not known"
        default: return "frequency not stated"
        }
    }

    /// "P6M" as "every 6 months", "PT12H" as "every 12 hours".
    public static func intervalLabel(_ iso: String?) -> String? {
        iso.map { duration in durationLabel(duration).map { $0.hasPrefix("1 ") ? "every " + $0.dropFirst(2) : "every " + $0 } ?? duration }
    }

    /// "P1Y" as "1 year", "P24W" as "24 weeks"; nil for what is not a one-unit duration.
    public static func durationLabel(_ iso: String) -> String? { ISODuration(iso)?.words }

    /// A table cell for Markdown: pipes escaped, one line.
    public static func markdownCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// The day of a report, ISO 8601 ("2026-11-21").
    public static func day(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: date)
    }
}
