import Foundation

/// A JSON value whose objects keep their key order and write `null` explicitly,
/// as the facts contract shows them.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case let .object(pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }

    public var stringValue: String? { if case let .string(s) = self { return s }; return nil }
    public var doubleValue: Double? { if case let .number(n) = self { return n }; return nil }
    public var boolValue: Bool? { if case let .bool(b) = self { return b }; return nil }
    public var arrayValue: [JSONValue]? { if case let .array(a) = self { return a }; return nil }
    public var isNull: Bool { if case .null = self { return true }; return false }

    public static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    public static func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
    public static func optional(_ value: Bool?) -> JSONValue { value.map(JSONValue.bool) ?? .null }

    /// Compact or indented JSON text.
    public func serialized(pretty: Bool = false) -> String {
        var out = ""
        write(to: &out, pretty: pretty, indent: 0)
        return out
    }

    private func write(to out: inout String, pretty: Bool, indent: Int) {
        let newline = pretty ? "\n" : ""
        let pad = { (level: Int) in pretty ? String(repeating: "  ", count: level) : "" }
        switch self {
        case .null: out += "null"
        case let .bool(b): out += b ? "true" : "false"
        case let .number(n): out += JSONValue.format(n)
        case let .string(s): out += JSONValue.quote(s)
        case let .array(items):
            if items.isEmpty { out += "[]"; return }
            out += "[" + newline
            for (i, item) in items.enumerated() {
                out += pad(indent + 1)
                item.write(to: &out, pretty: pretty, indent: indent + 1)
                out += (i < items.count - 1 ? "," : "") + newline
            }
            out += pad(indent) + "]"
        case let .object(pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{" + newline
            for (i, (key, value)) in pairs.enumerated() {
                out += pad(indent + 1) + JSONValue.quote(key) + (pretty ? ": " : ":")
                value.write(to: &out, pretty: pretty, indent: indent + 1)
                out += (i < pairs.count - 1 ? "," : "") + newline
            }
            out += pad(indent) + "}"
        }
    }

    static func format(_ number: Double) -> String {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }

    static func quote(_ string: String) -> String {
        // Most strings need no escape: copied whole rather than a scalar at a time.
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return "\"" + string + "\"" }
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Parses JSON text (as stored in the database) keeping key order.
    public static func parse(_ text: String) throws -> JSONValue {
        var parser = JSONTextParser(scalars: Array(text.unicodeScalars))
        let value = try parser.value()
        parser.skipSpace()
        guard parser.atEnd else { throw JSONTextParser.Failure(offset: parser.position) }
        return value
    }
}

/// A small recursive-descent reader for `JSONValue.parse`.
struct JSONTextParser {
    struct Failure: Error, CustomStringConvertible {
        let offset: Int
        var description: String { "malformed JSON at offset \(offset)" }
    }
    let scalars: [Unicode.Scalar]
    var position = 0
    var atEnd: Bool { position >= scalars.count }

    mutating func skipSpace() {
        while !atEnd, [" ", "\n", "\r", "\t"].contains(scalars[position]) { position += 1 }
    }

    mutating func expect(_ literal: String) throws {
        for scalar in literal.unicodeScalars {
            guard !atEnd, scalars[position] == scalar else { throw Failure(offset: position) }
            position += 1
        }
    }

    mutating func value() throws -> JSONValue {
        skipSpace()
        guard !atEnd else { throw Failure(offset: position) }
        switch scalars[position] {
        case "n": try expect("null"); return .null
        case "t": try expect("true"); return .bool(true)
        case "f": try expect("false"); return .bool(false)
        case "\"": return .string(try string())
        case "[":
            position += 1
            var items: [JSONValue] = []
            skipSpace()
            if !atEnd, scalars[position] == "]" { position += 1; return .array(items) }
            while true {
                items.append(try value())
                skipSpace()
                guard !atEnd else { throw Failure(offset: position) }
                if scalars[position] == "," { position += 1; continue }
                try expect("]")
                return .array(items)
            }
        case "{":
            position += 1
            var pairs: [(String, JSONValue)] = []
            skipSpace()
            if !atEnd, scalars[position] == "}" { position += 1; return .object(pairs) }
            while true {
                skipSpace()
                let key = try string()
                skipSpace()
                try expect(":")
                pairs.append((key, try value()))
                skipSpace()
                guard !atEnd else { throw Failure(offset: position) }
                if scalars[position] == "," { position += 1; continue }
                try expect("}")
                return .object(pairs)
            }
        default:
            let start = position
            while !atEnd, "+-0123456789.eE".unicodeScalars.contains(scalars[position]) { position += 1 }
            guard let number = Double(String(String.UnicodeScalarView(scalars[start..<position]))) else {
                throw Failure(offset: start)
            }
            return .number(number)
        }
    }

    mutating func string() throws -> String {
        try expect("\"")
        var out = String.UnicodeScalarView()
        while !atEnd {
            let scalar = scalars[position]
            position += 1
            switch scalar {
            case "\"": return String(out)
            case "\\":
                guard !atEnd else { throw Failure(offset: position) }
                let escape = scalars[position]
                position += 1
                switch escape {
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                case "b": out.append("\u{8}")
                case "f": out.append("\u{C}")
                case "u":
                    guard position + 4 <= scalars.count,
                          let code = UInt32(String(String.UnicodeScalarView(scalars[position..<position + 4])), radix: 16)
                    else { throw Failure(offset: position) }
                    position += 4
                    if (0xD800...0xDBFF).contains(code), position + 6 <= scalars.count, scalars[position] == "\\" {
                        let lowText = String(String.UnicodeScalarView(scalars[position + 2..<position + 6]))
                        if let low = UInt32(lowText, radix: 16), let combined = Unicode.Scalar(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)) {
                            out.append(combined)
                            position += 6
                            continue
                        }
                    }
                    out.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                default: out.append(escape)
                }
            default: out.append(scalar)
            }
        }
        throw Failure(offset: position)
    }
}
