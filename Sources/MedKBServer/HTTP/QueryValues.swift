import Hummingbird

/// A request's query parameters, each checked before it is used: too long a value, an
/// unknown choice, a number out of range are refused (400) with what is allowed.
struct QueryValues: Sendable {
    let fields: FormFields
    let limit: Int

    init(_ request: Request, limit: Int) throws {
        fields = try FormFields(request.uri.query)
        self.limit = limit
    }

    /// The value of `name`, nil when absent or blank (a form's field left empty). Its length
    /// is counted in code points as typed, as the OpenAPI document's maxLength counts it.
    func text(_ name: String) throws -> String? {
        guard let raw = fields[name] else { return nil }
        guard raw.unicodeScalars.count <= limit else {
            throw RequestRefusal.badRequest("\(name) is \(raw.unicodeScalars.count) characters long; at most \(limit) are taken")
        }
        let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    /// The value of `name`, which must be one of `choices`.
    func choice(_ name: String, among choices: [String]) throws -> String? {
        guard let value = try text(name) else { return nil }
        guard choices.contains(value) else {
            throw RequestRefusal.badRequest("\(name) takes one of \(choices.joined(separator: ", ")), not \(value.prefix(80))")
        }
        return value
    }

    /// A yes-or-no field: a ticked checkbox sends `on`; `true`, `yes` and `1` are yes too.
    func flag(_ name: String) throws -> Bool {
        guard let value = try text(name)?.lowercased() else { return false }
        if ["on", "true", "yes", "1"].contains(value) { return true }
        if ["off", "false", "no", "0"].contains(value) { return false }
        throw RequestRefusal.badRequest("\(name) takes true or false, not \(value.prefix(80))")
    }

    /// A whole number within `range`, else `default`.
    func number(_ name: String, in range: ClosedRange<Int>, default value: Int) throws -> Int {
        guard let text = try text(name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw RequestRefusal.badRequest("\(name) takes a whole number from \(range.lowerBound) to \(range.upperBound), not \(text.prefix(80))")
        }
        return number
    }
}
