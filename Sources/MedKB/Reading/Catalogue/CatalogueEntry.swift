import Foundation

/// One row of the catalogue: one medicine as EMA lists it, values normalised
/// (dates ISO 8601, yes/no as booleans, substances lowercase English INNs).
public struct CatalogueEntry: Sendable {
    public let row: Int
    public let values: [CatalogueField: CatalogueValue]

    public subscript(field: CatalogueField) -> CatalogueValue? { values[field] }

    public var name: String { values[.name]?.text ?? "" }
    public var productNumber: String? { values[.emaProductNumber]?.text }
    public var category: String? { values[.category]?.text }
    public var biosimilar: Bool? { values[.biosimilar]?.flag }
    public var indicationText: String? { values[.indication]?.text }

    /// The INN column split into its substances, else the active substance column's.
    public let activeSubstances: [String]

    /// "abacavir;lamivudine", "amlodipine / valsartan" → each substance; commas stay,
    /// as in "rotavirus vaccine, live".
    static func splitSubstances(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\u{A0}", with: " ")
            .replacingOccurrences(of: " / ", with: ";")
            .split(separator: ";")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }
            .filter { !$0.isEmpty }
    }

    init(row: Int, cells: WorksheetRow, header: CatalogueHeader) {
        self.row = row
        var values: [CatalogueField: CatalogueValue] = [:]
        for (field, column) in header.columns {
            guard let raw = cells[column]?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty,
                  let value = CatalogueValue(raw, kind: field.kind) else { continue }
            values[field] = value
        }
        if case let .text(category)? = values[.category] { values[.category] = .text(category.lowercased()) }
        self.values = values
        activeSubstances = unique(Self.splitSubstances(values[.inn]?.text ?? values[.activeSubstance]?.text ?? ""))
    }
}

/// A catalogue cell's value as medkb keeps it.
public enum CatalogueValue: Sendable, Equatable {
    case text(String)
    case flag(Bool)
    case date(String)
    case number(Int)

    init?(_ raw: String, kind: CatalogueField.Kind) {
        switch kind {
        case .text: self = .text(raw)
        case .yesNo:
            switch raw.lowercased() {
            case "yes": self = .flag(true)
            case "no": self = .flag(false)
            default: return nil
            }
        case .date:
            guard let date = Self.isoDate(in: raw) else { return nil }
            self = .date(date)
        case .number:
            guard let number = Int(raw) ?? Double(raw).map({ Int($0) }) else { return nil }
            self = .number(number)
        }
    }

    public var text: String? {
        switch self {
        case let .text(text), let .date(text): text
        case let .flag(flag): flag ? "yes" : "no"
        case let .number(number): String(number)
        }
    }

    public var flag: Bool? { if case let .flag(flag) = self { flag } else { nil } }

    public var json: JSONValue {
        switch self {
        case let .text(text), let .date(text): .string(text)
        case let .flag(flag): .bool(flag)
        case let .number(number): .number(Double(number))
        }
    }

    nonisolated(unsafe) static let dayMonthYear = /(\d{1,2})\/(\d{1,2})\/(\d{4})/

    /// The first "dd/mm/yyyy" in a cell as "yyyy-mm-dd" (the 2018 layout pads dates with commas).
    static func isoDate(in text: String) -> String? {
        guard let match = text.firstMatch(of: dayMonthYear),
              let day = Int(match.1), let month = Int(match.2), (1...31).contains(day), (1...12).contains(month)
        else { return nil }
        return String(format: "%@-%02d-%02d", String(match.3), month, day)
    }
}
