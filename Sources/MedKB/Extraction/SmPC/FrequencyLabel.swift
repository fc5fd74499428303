import Foundation

/// A frequency category as an SmPC table labels it: "Very common:", "Not known*:", or a cell
/// that is the label alone ("Common", "Uncommon (≥1/1,000 to <1/100)") in tables with a
/// frequency column.
struct FrequencyLabel {
    let category: String
    /// Scalars the label takes at the start of the cell, with its marks and colon.
    let length: Int
    /// The cell holds nothing else: the terms stand in the next column.
    let isBare: Bool

    nonisolated(unsafe) static let regex = try! Pattern(
        "^(?<label>very common|common|uncommon|very rare|rare|frequency not known|not known|unknown"
            + "|meget almindelig(?:e)?|ikke almindelig(?:e)?|almindelig(?:e)?|meget sjældne?|meget sjælden|sjældne?|sjælden"
            + "|hyppighed(?:en er)? ikke kendt|ikke kendt)(?<marks>[*†‡¥§#]*)[ ]*(?:\\([^)]*\\))?[ ]*(?<colon>:)?[ ]*"
    ).ignoresCase()

    static let categories: [String: String] = [
        "very common": "very_common", "common": "common", "uncommon": "uncommon", "rare": "rare",
        "very rare": "very_rare", "not known": "not_known", "frequency not known": "not_known", "unknown": "not_known",
        "meget almindelig": "very_common", "almindelig": "common", "ikke almindelig": "uncommon", "sjælden": "rare",
        "meget sjælden": "very_rare", "ikke kendt": "not_known", "hyppighed ikke kendt": "not_known", "hyppigheden er ikke kendt": "not_known",
    ]

    /// A label as the categories table has it: Danish plurals ("sjældne", "almindelige") in the singular.
    static func category(of label: some StringProtocol) -> String? {
        var key = label.lowercased()
        if let exact = categories[key] { return exact }
        if key.hasSuffix("sjældne") { key = String(key.dropLast(2)) + "en" } else if key.hasSuffix("e") { key.removeLast() }
        return categories[key]
    }

    /// The label at the start of a cell, if the cell starts with one followed by a colon or
    /// is nothing but the label.
    init?(cell: String) {
        guard let match = cell.prefixMatch(of: Self.regex), let label = match["label"]?.substring,
              let category = Self.category(of: label) else { return nil }
        let isBare = match.range.upperBound == cell.endIndex
        guard isBare || match["colon"]?.substring != nil else { return nil }
        self.category = category
        self.length = cell.unicodeScalars.distance(from: cell.startIndex, to: match.range.upperBound)
        self.isBare = isBare && match["colon"]?.substring == nil
    }
}
