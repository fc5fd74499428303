import Foundation

/// Builds one self-contained XHTML-compatible page: inline CSS, no scripts, no network.
/// `medkb serve` builds its pages with it too, linking the same stylesheet instead.
public struct HTMLWriter: Sendable {
    public private(set) var body = ""

    public init() {}

    /// Where a quote opens on the web (`medkb serve`'s document view); nil in a report file.
    public typealias QuoteLink = @Sendable (SourcedFact) -> String?

    public static func escape(_ text: String) -> String {
        // By bytes: a "<" is escaped even when a combining mark follows it (one Character with it).
        text.replacingASCII {
            switch $0 {
            case 0x26: "&amp;"
            case 0x3C: "&lt;"
            case 0x3E: "&gt;"
            case 0x22: "&quot;"
            case 0x27: "&#39;"
            default: nil
            }
        }
    }

    /// An element with escaped text content.
    public mutating func element(_ name: String, _ text: String, class className: String? = nil) {
        body += "<\(name)\(className.map { " class=\"\(Self.escape($0))\"" } ?? "")>\(Self.escape(text))</\(name)>\n"
    }

    /// Markup the writer built itself (already escaped).
    public mutating func raw(_ markup: String) { body += markup }

    /// A quote and where it stands; given a `link`, the quote's text is a link to it.
    mutating func quote(_ text: String, citation: String = "", link: String?) {
        let shown = link.map { "<a href=\"\(Self.escape($0))\">\(Self.escape(text))</a>" } ?? Self.escape(text)
        body += "<blockquote>\(shown)\(citation.isEmpty ? "" : " " + Self.escape(citation))</blockquote>\n"
    }

    /// A table; `classes` gives each row's status class for colour, `widths` the columns'
    /// widths (CSS lengths, "" for the rest): printed, the table lays out at fixed widths.
    public mutating func table(header: [String], rows: [[String]], statusColumn: Int?, classes: [String], widths: [String] = []) {
        raw("<table>\n")
        if !widths.isEmpty {
            raw("<colgroup>" + widths.map { $0.isEmpty ? "<col />" : "<col style=\"width: \(Self.escape($0))\" />" }.joined() + "</colgroup>\n")
        }
        raw("<thead><tr>" + header.map { "<th>\(Self.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n")
        for (row, className) in zip(rows, classes) {
            let cells = row.enumerated().map { index, cell in
                index == statusColumn ? "<td class=\"status \(Self.escape(className))\">\(Self.escape(cell))</td>" : "<td>\(Self.escape(cell))</td>"
            }
            raw("<tr>" + cells.joined() + "</tr>\n")
        }
        raw("</tbody>\n</table>\n")
    }

    /// The whole page; with a `stylesheet` address the page links it (a web page whose
    /// Content-Security-Policy forbids inline style), else the style is inline.
    public func page(title: String, language: String, stylesheet: String? = nil) -> String {
        let style = stylesheet.map { "<link rel=\"stylesheet\" href=\"\(Self.escape($0))\" />" } ?? "<style>\n\(Self.css)\n</style>"
        return """
        <!DOCTYPE html>
        <html lang="\(Self.escape(language))" xmlns="http://www.w3.org/1999/xhtml">
        <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>\(Self.escape(title))</title>
        \(style)
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    /// The one stylesheet of the reports and of `medkb serve`'s pages.
    public static let css = """
        body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #1c1c1c; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; line-height: 1.45; }
        h1 { font-size: 1.5rem; margin-bottom: 0.2rem; }
        h2 { font-size: 1.15rem; margin-top: 1.6rem; border-bottom: 1px solid #ccc; }
        .meta { color: #555; font-size: 0.9rem; }
        .verdict { font-size: 1.1rem; font-weight: bold; background: #f3f6fa; border-left: 4px solid #2c5d8f; padding: 0.6rem 0.8rem; }
        table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
        th, td { border: 1px solid #d0d0d0; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
        th { background: #eef1f4; }
        tr:nth-child(even) td { background: #fafafa; }
        td.status { font-weight: bold; white-space: nowrap; }
        .same, .consistent { color: #17612b; background: #e5f4e8 !important; }
        .differs, .conflict { color: #8f1a1a; background: #fbe4e4 !important; }
        .only_a, .only_b, .warning { color: #7a4d00; background: #fff2d6 !important; }
        .not_stated_a, .not_stated_b, .info { color: #1f4f7a; background: #e4eef8 !important; }
        blockquote { margin: 0.3rem 0 0.8rem 0; padding: 0.3rem 0.8rem; border-left: 3px solid #bbb; color: #333; }
        .ref { color: #555; font-size: 0.85rem; }
        blockquote a { color: inherit; }
        mark { background: #fff1a8; color: inherit; padding: 0 0.1em; }
        mark.chosen { background: #ffc24d; outline: 2px solid #b36b00; }
        nav { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; align-items: baseline; border-bottom: 1px solid #ccc; padding-bottom: 0.5rem; }
        nav .brand { font-weight: bold; margin-right: 1rem; }
        nav .language { margin-left: auto; }
        form.query { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; margin: 1rem 0; }
        form.query label { display: flex; flex-direction: column; font-size: 0.85rem; color: #444; }
        input, select, button { font: inherit; padding: 0.25rem 0.4rem; }
        .downloads { font-size: 0.9rem; }
        .hit { margin: 0.9rem 0; }
        .hit .snippet { margin: 0.2rem 0 0 0; }
        .error { color: #8f1a1a; background: #fbe4e4; border-left: 4px solid #8f1a1a; padding: 0.6rem 0.8rem; }
        pre.document, pre.report { white-space: pre-wrap; overflow-wrap: anywhere; font-family: "DejaVu Sans Mono", monospace; font-size: 0.85rem; }
        @page { size: A4; margin: 15mm; }
        @media print {
          nav, form.query, .downloads { display: none; }
          body { margin: 0; max-width: none; font-size: 9pt; padding: 0; }
          table { table-layout: fixed; font-size: 8.5pt; width: calc(100% - 2px); }
          th:first-child, td:first-child { width: 1.6em; }
          td.status { white-space: normal; }
          td { overflow-wrap: anywhere; }
          tr { page-break-inside: avoid; }
          .verdict { border-left-color: #000; }
        }
        """
}
