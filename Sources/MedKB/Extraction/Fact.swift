import Foundation

/// The kinds of fact of the facts contract (`spec/facts.md`).
public enum FactType: String, Sendable, CaseIterable, Codable {
    case product, indication, dosing
    case coMedication = "co_medication"
    case contraindication
    case adverseEvent = "adverse_event"
    case studyResult = "study_result"
    case riskMeasure = "risk_measure"
    case recommendation, threshold
    case biosimilarNote = "biosimilar_note"
}

/// Where a fact was read: the heading it stands under and the exact text, by scalar offsets
/// into the document's normalised text.
public struct Evidence: Sendable, Equatable {
    public var section: String?
    public var quote: String
    public var start: Int
    public var end: Int
    /// The page the quote starts on, for documents read from PDF.
    public var page: Int?

    public init(section: String?, quote: String, start: Int, end: Int, page: Int? = nil) {
        self.section = section
        self.quote = quote
        self.start = start
        self.end = end
        self.page = page
    }

    var json: JSONValue {
        var pairs: [(String, JSONValue)] = [("section", .optional(section)), ("quote", .string(quote)),
                                            ("start", .number(Double(start))), ("end", .number(Double(end)))]
        if let page { pairs.append(("page", .number(Double(page)))) }
        return .object(pairs)
    }
}

/// A dose: a value or a range, with its unit.
public struct Dose: Sendable, Equatable {
    public var value: Double
    public var maxValue: Double?
    public var unit: String

    public init(value: Double, maxValue: Double? = nil, unit: String) {
        self.value = value
        self.maxValue = maxValue
        self.unit = unit
    }

    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [("value", .number(value))]
        if let maxValue { pairs.append(("max_value", .number(maxValue))) }
        pairs.append(("unit", .string(unit)))
        return .object(pairs)
    }

    public init?(json: JSONValue?) {
        guard let json, let value = json["value"]?.doubleValue, let unit = json["unit"]?.stringValue else { return nil }
        self.init(value: value, maxValue: json["max_value"]?.doubleValue, unit: unit)
    }

    /// "60 mg", "20–40 µg".
    public var description: String {
        let number = { (n: Double) in JSONValue.format(n) }
        if let maxValue { return "\(number(value))–\(number(maxValue)) \(unit)" }
        return "\(number(value)) \(unit)"
    }
}

/// One fact: its type, the product it is about, the type's own fields in contract order,
/// and its evidence.
public struct Fact: Sendable, Equatable {
    public var type: FactType
    public var product: String?
    public var fields: [(String, JSONValue)]
    public var evidence: Evidence

    public init(type: FactType, product: String?, fields: [(String, JSONValue)], evidence: Evidence) {
        self.type = type
        self.product = product
        self.fields = fields
        self.evidence = evidence
    }

    public static func == (lhs: Fact, rhs: Fact) -> Bool {
        lhs.type == rhs.type && lhs.product == rhs.product && lhs.evidence == rhs.evidence
            && JSONValue.object(lhs.fields) == JSONValue.object(rhs.fields)
    }

    public subscript(field: String) -> JSONValue? { fields.first { $0.0 == field }?.1 }

    public func string(_ field: String) -> String? { self[field]?.stringValue }

    public func strings(_ field: String) -> [String] {
        self[field]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    /// The fact as the contract writes it.
    public var json: JSONValue {
        .object([("type", .string(type.rawValue)), ("product", .optional(product))] + fields + [("evidence", evidence.json)])
    }
}
