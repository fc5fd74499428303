import Foundation
import Hummingbird
import MedKB

/// A report as a file to save: the same text `--format` prints, with a file name made of
/// the report's subject (letters, digits and dashes only, so no request value reaches a
/// header or a file name as it was typed).
enum Download {
    static let types: [ReportFormat: (type: String, suffix: String)] = [
        .html: ("text/html; charset=utf-8", "html"), .markdown: ("text/markdown; charset=utf-8", "md"),
        .json: ("application/json", "json"), .csv: ("text/csv; charset=utf-8", "csv"), .text: ("text/plain; charset=utf-8", "txt"),
    ]

    static func response(_ text: String, format: ReportFormat, name: String) -> Response {
        let type = types[format]!
        let headers: HTTPFields = [.contentDisposition: "attachment; filename=\"\(fileName(name)).\(type.suffix)\""]
        return PageLayout.response(text.hasSuffix("\n") ? text : text + "\n", type: type.type, headers: headers)
    }

    /// "Conexxence ↔ Prolia" as "Conexxence-Prolia".
    static func fileName(_ name: String) -> String {
        let kept = name.unicodeScalars.map { $0.isASCII && CharacterSet.alphanumerics.contains($0) ? Character($0) : "-" }
        let joined = String(kept).split(separator: "-").joined(separator: "-")
        return joined.isEmpty ? "medkb" : String(joined.prefix(80))
    }

    /// The `format` field of a page that offers downloads; nil: the page itself.
    static func format(_ query: QueryValues, among formats: [ReportFormat]) throws -> ReportFormat? {
        try query.choice("format", among: formats.map(\.rawValue)).flatMap(ReportFormat.init(rawValue:))
    }

    /// "Download: HTML · Markdown · JSON · CSV", each the page's address with its format.
    static func links(_ layout: PageLayout, _ path: String, _ fields: [(String, String?)],
                      formats: [ReportFormat] = [.html, .markdown, .json, .csv]) -> String {
        let names: [ReportFormat: String] = [.html: "HTML", .markdown: "Markdown", .json: "JSON", .csv: "CSV", .text: "Text"]
        return "<p class=\"downloads\">\(HTMLWriter.escape(layout.words["download"])): "
            + formats.map { layout.anchor(names[$0]!, path, fields + [("format", $0.rawValue)]) }.joined(separator: " · ") + "</p>\n"
    }
}
