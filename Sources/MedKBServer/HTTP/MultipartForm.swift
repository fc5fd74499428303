import Foundation

/// The parts of a `multipart/form-data` body (RFC 7578), as a browser sends a form with a
/// file: each part's field name, file name if any, and bytes.
struct MultipartForm: Sendable {
    struct Part: Sendable {
        let name: String
        let fileName: String?
        let data: Data
    }

    let parts: [Part]

    /// The boundary of a `multipart/form-data` content type; nil for any other type.
    static func boundary(of contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        let parameter = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.lowercased().hasPrefix("boundary=") }
        let value = parameter.map { String($0.dropFirst("boundary=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        return value.flatMap { (1...70).contains($0.utf8.count) ? $0 : nil }
    }

    /// Reads `body`; a body that does not hold its boundaries and headers as RFC 7578 has them is refused.
    init(_ body: Data, boundary: String) throws {
        let malformed = RequestRefusal.badRequest("the upload is not a well-formed multipart form; send the file from the import page")
        let delimiter = Data("--\(boundary)".utf8), separator = Data("\r\n--\(boundary)".utf8), blankLine = Data("\r\n\r\n".utf8)
        guard let first = body.range(of: delimiter) else { throw malformed }
        var parts: [Part] = []
        var cursor = first.upperBound
        while true {
            // After a delimiter: "--" ends the form, a line break starts a part.
            let rest = body[cursor...]
            if rest.starts(with: Data("--".utf8)) { break }
            guard rest.starts(with: Data("\r\n".utf8)), let headerEnd = body.range(of: blankLine, in: (cursor + 2)..<body.endIndex),
                  let next = body.range(of: separator, in: headerEnd.upperBound..<body.endIndex) else { throw malformed }
            let headers = String(decoding: body[(cursor + 2)..<headerEnd.lowerBound], as: UTF8.self)
            guard let disposition = Self.disposition(headers), let name = disposition["name"] else { throw malformed }
            parts.append(Part(name: name, fileName: disposition["filename"], data: Data(body[headerEnd.upperBound..<next.lowerBound])))
            cursor = next.upperBound
        }
        self.parts = parts
    }

    /// The parameters of a part's `Content-Disposition: form-data; name="file"; filename="a.pdf"`.
    static func disposition(_ headers: String) -> [String: String]? {
        guard let line = headers.components(separatedBy: "\r\n").first(where: { $0.lowercased().hasPrefix("content-disposition:") }) else {
            return nil
        }
        var fields: [String: String] = [:]
        for item in line.dropFirst("content-disposition:".count).split(separator: ";").dropFirst() {
            let pair = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            let value = pair[1].hasPrefix("\"") && pair[1].hasSuffix("\"") && pair[1].count >= 2 ? String(pair[1].dropFirst().dropLast()) : pair[1]
            fields[pair[0].lowercased()] = value
        }
        return fields
    }

    subscript(_ name: String) -> Part? { parts.first { $0.name == name } }
}
