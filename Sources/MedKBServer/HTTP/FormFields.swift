import Foundation

/// The fields of a query string or of a form sent as `application/x-www-form-urlencoded`:
/// `+` is a space, `%XX` a byte of UTF-8. A field given twice keeps its first value.
struct FormFields: Sendable {
    private(set) var pairs: [(name: String, value: String)] = []

    /// No fields.
    init() {}

    /// Reads `text`; a field whose name or value is not valid percent-encoded UTF-8 is refused.
    init(_ text: String?) throws {
        for field in (text ?? "").split(separator: "&", omittingEmptySubsequences: true) {
            let parts = field.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            pairs.append((try Self.decode(parts[0]), try Self.decode(parts.count > 1 ? parts[1] : "")))
        }
    }

    static func decode(_ text: Substring) throws -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        guard let decoded = spaced.removingPercentEncoding else {
            throw RequestRefusal.badRequest("the request holds a value that is not valid percent-encoded UTF-8: \(spaced.prefix(80))")
        }
        return decoded
    }

    subscript(_ name: String) -> String? { pairs.first { $0.name == name }?.value }

    /// Percent-encodes `value` for a query or a path segment: only letters, digits and `-._~` stand as they are.
    static func encode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    /// `path?name=value&…`, fields without a value left out.
    static func link(_ path: String, _ fields: [(String, String?)]) -> String {
        let query = fields.compactMap { name, value in value.flatMap { $0.isEmpty ? nil : "\(encode(name))=\(encode($0))" } }
        return query.isEmpty ? path : path + "?" + query.joined(separator: "&")
    }
}
