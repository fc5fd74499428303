import Foundation

/// `medkb compare` as text, Markdown, HTML or JSON.
public struct ComparisonReport: Sendable {
    public let comparison: ProductComparison

    public init(_ comparison: ProductComparison) { self.comparison = comparison }

    var nameA: String { comparison.a.product.name }
    var nameB: String { comparison.b.product.name }

    /// The verdict in one paragraph: the question, the relation, the weighed aspects, substitution.
    public var verdict: String { verdict(ReportLabels(language: "en")) }

    func verdict(_ labels: ReportLabels) -> String { ComparisonVerdict(comparison: comparison, labels: labels).lines.joined(separator: " ") }

    func documentLine(_ side: ProductSide) -> String {
        side.documents.map { "\($0.source) (\($0.kind), \($0.language)\($0.statedDate.map { ", \($0)" } ?? ""))" }
            .joined(separator: "; ")
    }

    /// An aligned table that fits `width` columns (cells wrap), statuses coloured on a
    /// terminal, then the quotes each row rests on, numbered by row.
    public func text(width: Int = 100, colour: Bool = false, labels: ReportLabels = ReportLabels(language: "en")) -> String {
        var out = ComparisonVerdict(comparison: comparison, labels: labels).lines.map { TextLayout.wrap($0, width: width, indent: "") } + [""]
        out.append(TextLayout.wrap("A: \(nameA) — " + documentLine(comparison.a), width: width))
        out.append(TextLayout.wrap("B: \(nameB) — " + documentLine(comparison.b), width: width))
        out.append("")
        // #, aspect, concept, a, b, status: 3+19+22+21+21+12 and five spaces make 103 - 3 = 100.
        let widths = [2, 19, 21, 20, 20, 12]
        var tableLines: Set<Int> = []
        var table: [[String]] = [["#", labels["aspect"].uppercased(), labels["concept"].uppercased(), nameA.uppercased(), nameB.uppercased(),
                                  labels["status"].uppercased()]]
        table += tableRows(labels)
        for (index, cells) in table.enumerated() {
            let wrapped = zip(cells, widths).map { TextLayout.wrap($0, width: $1).components(separatedBy: "\n") }
            let height = wrapped.map(\.count).max() ?? 1
            for line in 0..<height {
                var parts = wrapped.enumerated().map { column, lines in
                    (line < lines.count ? lines[line] : "").padding(toLength: widths[column], withPad: " ", startingAt: 0)
                }
                if colour {
                    // On a terminal: the data's control characters escaped, then the status in its colour.
                    parts = parts.map { TerminalText.escaped($0) }
                    if index > 0, line == 0 { parts[5] = Self.ansi(comparison.rows[index - 1].status) + parts[5] + "\u{1B}[0m" }
                    tableLines.insert(out.count)
                }
                out.append(parts.joined(separator: " ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
            }
        }
        out.append("")
        out.append(labels["quotes"])
        for quote in quoteList() {
            out.append(TextLayout.wrap("\(quote.letter) #\(quote.rows.map(String.init).joined(separator: ",")) (\(TextLayout.origin(quote.value.source, labels: labels))): “\(quote.value.source.fact.evidence.quote)”",
                                       width: width, indent: "  "))
        }
        guard colour else { return out.joined(separator: "\n") }
        return out.enumerated().map { tableLines.contains($0) ? $1 : TerminalText.escaped($1) }.joined(separator: "\n")
    }

    /// A value as a person reads it: intervals and frequencies in words of the report's language.
    func display(_ value: SideValue?, _ aspect: String, _ labels: ReportLabels) -> String {
        guard let value else { return "—" }
        switch aspect {
        case "interval": return labels.interval(value.text)
        case "relation": return labels.relationValue(value.text)
        case "adverse_event": return labels.aspectOrConcept(value.text)
        case "indication", "contraindication", "co_medication", "pharmaceutical_form", "route", "active_substance":
            return labels.aspectOrConcept(value.text)
        default: return value.text
        }
    }

    static func ansi(_ status: ComparisonStatus) -> String {
        switch status {
        case .same: return "\u{1B}[32m"
        case .differs: return "\u{1B}[31m"
        case .onlyA, .onlyB: return "\u{1B}[33m"
        case .notStatedA, .notStatedB: return "\u{1B}[36m"
        }
    }

    /// The report in a format, with the labels in `language` (default: A's document language).
    public func render(_ format: ReportFormat, language: String? = nil, colour: Bool = false, date: Date = Date()) -> String {
        let labels = labels(language)
        switch format {
        case .text: return text(colour: colour, labels: labels)
        case .json: return json.serialized(pretty: true)
        case .markdown: return markdown(labels, date: date)
        case .html: return html(labels, date: date)
        case .csv: return csv(labels)
        }
    }

    var title: String { "\(nameA) ↔ \(nameB)" }

    func tableRows(_ labels: ReportLabels) -> [[String]] {
        comparison.rows.enumerated().map { index, row in
            ["\(index + 1)", labels.aspectOrConcept(row.aspect), labels.aspectOrConcept(row.key), display(row.a, row.aspect, labels),
             display(row.b, row.aspect, labels), labels.status(row.status, nameA, nameB)]
        }
    }

    /// Each side's quotes with the rows that rest on them, A's first.
    func quoteList() -> [(letter: String, rows: [Int], value: SideValue)] {
        var groups: [(String, [Int], SideValue)] = []
        for (letter, keyPath) in [("A", \ComparisonRow.a), ("B", \ComparisonRow.b)] {
            for (index, row) in comparison.rows.enumerated() {
                guard let value = row[keyPath: keyPath] else { continue }
                if let at = groups.firstIndex(where: { $0.0 == letter && $0.2.source.document.id == value.source.document.id
                    && $0.2.source.fact.evidence.start == value.source.fact.evidence.start }) {
                    groups[at].1.append(index + 1)
                } else {
                    groups.append((letter, [index + 1], value))
                }
            }
        }
        return groups.map { (letter: $0.0, rows: $0.1, value: $0.2) }
    }

    /// One row per comparison row, each side's quote and document beside its value.
    func csv(_ labels: ReportLabels) -> String {
        let rows = zip(comparison.rows, tableRows(labels)).map { row, cells in
            cells + [row.a, row.b].flatMap { value in
                [value?.source.fact.evidence.quote ?? "", value?.source.document.source ?? "", value?.source.fact.evidence.page.map(String.init) ?? ""]
            }
        }
        return CSVTable.text(header: ["#", labels["aspect"], labels["concept"], nameA, nameB, labels["status"],
                                      "quote \(nameA)", "document \(nameA)", "page \(nameA)",
                                      "quote \(nameB)", "document \(nameB)", "page \(nameB)"], rows: rows)
    }

    func markdown(_ labels: ReportLabels, date: Date) -> String {
        let cell = TextLayout.markdownCell
        var out = ["# \(labels["comparison"]): \(title)", "", "\(labels["generated"]): \(TextLayout.day(date))", "",
                   ] + ComparisonVerdict(comparison: comparison, labels: labels).lines.map { "**\(cell($0))**  " } + ["", "\(labels["documents"]):", "",
                   "- A: \(cell(nameA)) — \(cell(documentLine(comparison.a)))", "- B: \(cell(nameB)) — \(cell(documentLine(comparison.b)))", ""]
        out.append("| # | \(labels["aspect"]) | \(labels["concept"]) | \(cell(nameA)) | \(cell(nameB)) | \(labels["status"]) |")
        out.append("|---|---|---|---|---|---|")
        for row in tableRows(labels) { out.append("| " + row.map(cell).joined(separator: " | ") + " |") }
        out += ["", "## \(labels["quotes"])", ""]
        for quote in quoteList() {
            out.append("- **\(quote.letter) #\(quote.rows.map(String.init).joined(separator: ", "))**: “\(cell(quote.value.source.fact.evidence.quote))” (\(cell(TextLayout.origin(quote.value.source, labels: labels))), \(cell(quote.value.source.document.source)))")
        }
        return out.joined(separator: "\n") + "\n"
    }

    func html(_ labels: ReportLabels, date: Date) -> String {
        htmlWriter(labels, date: date, link: nil).page(title: "\(labels["comparison"]): \(title)", language: labels.language)
    }

    /// The report's HTML without the page around it; with `link`, each quote opens its document there.
    public func htmlBody(language: String? = nil, date: Date = Date(), link: HTMLWriter.QuoteLink? = nil) -> String {
        htmlWriter(labels(language), date: date, link: link).body
    }

    /// The labels in `language`, else in A's document language.
    func labels(_ language: String?) -> ReportLabels {
        ReportLabels(language: language ?? comparison.a.documents.first?.language ?? "en")
    }

    func htmlWriter(_ labels: ReportLabels, date: Date, link: HTMLWriter.QuoteLink?) -> HTMLWriter {
        var page = HTMLWriter()
        page.element("h1", "\(labels["comparison"]): \(title)")
        page.element("p", "\(labels["generated"]): \(TextLayout.day(date))", class: "meta")
        for line in ComparisonVerdict(comparison: comparison, labels: labels).lines { page.element("p", line, class: "verdict") }
        page.element("h2", labels["documents"])
        page.raw("<ul>\n")
        page.element("li", "A: \(nameA) — \(documentLine(comparison.a))")
        page.element("li", "B: \(nameB) — \(documentLine(comparison.b))")
        page.raw("</ul>\n")
        page.table(header: ["#", labels["aspect"], labels["concept"], nameA, nameB, labels["status"]], rows: tableRows(labels),
                   statusColumn: 5, classes: comparison.rows.map(\.status.rawValue))
        page.element("h2", labels["quotes"])
        for quote in quoteList() {
            page.element("p", "\(quote.letter) #\(quote.rows.map(String.init).joined(separator: ", ")) — \(TextLayout.origin(quote.value.source, labels: labels)), \(quote.value.source.document.source)", class: "ref")
            page.quote(quote.value.source.fact.evidence.quote, link: link?(quote.value.source))
        }
        return page
    }

    public var json: JSONValue {
        func side(_ side: ProductSide) -> JSONValue {
            .object([("product", .string(side.product.name)), ("documents", .array(side.documents.map { document in
                .object([("id", .string(document.id)), ("source", .string(document.source)), ("language", .string(document.language)),
                         ("stated_date", .optional(document.statedDate))])
            }))])
        }
        func evidence(_ value: SideValue?) -> JSONValue {
            guard let value else { return .null }
            let e = value.source.fact.evidence
            return .object([("document", .string(value.source.document.id)), ("section", .optional(e.section)),
                            ("quote", .string(e.quote)), ("start", .number(Double(e.start))), ("end", .number(Double(e.end))),
                            ("page", .optional(e.page.map(Double.init)))])
        }
        return .object([
            ("schema", .string("medkb-compare/1")),
            ("a", side(comparison.a)), ("b", side(comparison.b)),
            ("relation", .optional(comparison.relation)),
            ("rows", .array(comparison.rows.map { row in
                .object([("aspect", .string(row.aspect)), ("key", .string(row.key)), ("a", .optional(row.a?.text)), ("b", .optional(row.b?.text)),
                         ("status", .string(row.status.rawValue)), ("evidence_a", evidence(row.a)), ("evidence_b", evidence(row.b))])
            })),
            ("summary", .object(comparison.summary.map { ($0.0.rawValue, .number(Double($0.1))) })),
        ])
    }
}
