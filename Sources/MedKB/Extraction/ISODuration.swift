/// A one-unit ISO 8601 duration as the facts use them: "P6M", "P1Y", "P24W", "PT12H".
public struct ISODuration: Sendable, Equatable {
    public let count: Int
    /// D, W, M, Y, or H for hours.
    public let unit: Character

    public init?(_ text: String) {
        let body = text.hasPrefix("PT") ? text.dropFirst(2) : text.hasPrefix("P") ? text.dropFirst() : Substring("")
        guard let unit = body.last, "DWMYH".contains(unit), let count = Int(body.dropLast()) else { return nil }
        self.count = count
        self.unit = unit
    }

    /// The length in months, to compare durations of different units.
    public var months: Double {
        let perUnit: [Character: Double] = ["Y": 12, "M": 1, "W": 12.0 / 52, "D": 12.0 / 365, "H": 12.0 / 8760]
        return Double(count) * perUnit[unit]!
    }

    /// "1 year", "24 weeks".
    public var words: String {
        let names: [Character: String] = ["D": "day", "W": "week", "M": "month", "Y": "year", "H": "hour"]
        return count == 1 ? "1 \(names[unit]!)" : "\(count) \(names[unit]!)s"
    }
}
