import Foundation

/// The date a document gives for itself: "last updated in 03-2024", "sidst ajourført i
/// 03-2024", a version line "April 2025 ver. 3". ISO 8601 year and month ("2024-03").
public enum StatedDate {
    static let months: [String: Int] = [
        "januar": 1, "january": 1, "februar": 2, "february": 2, "marts": 3, "march": 3, "april": 4,
        "maj": 5, "may": 5, "juni": 6, "june": 6, "juli": 7, "july": 7, "august": 8, "september": 9,
        "oktober": 10, "october": 10, "november": 11, "december": 12,
    ]

    static let updated = try! Pattern("(?:ajourført|opdateret|updated)\\s+(?:i|in)?\\s*(\\d{1,2})[-./](\\d{4})").ignoresCase()
    static let version = try! Pattern("(?m)^([A-Za-z]+) (\\d{4}),? ver(?:sion)?\\.? ?\\d+").ignoresCase()

    public static func find(in text: String) -> String? {
        if let match = text.firstMatch(of: updated),
           let month = Int(match[1].substring ?? ""), let year = Int(match[2].substring ?? ""), (1...12).contains(month) {
            return String(format: "%04d-%02d", year, month)
        }
        if let match = text.firstMatch(of: version), let name = match[1].substring,
           let month = months[name.lowercased()], let year = Int(match[2].substring ?? "") {
            return String(format: "%04d-%02d", year, month)
        }
        return nil
    }
}
