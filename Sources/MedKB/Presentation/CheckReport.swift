import Foundation

/// `medkb check` as text, Markdown, HTML or JSON.
public struct CheckReport: Sendable {
    public let check: GuidelineCheck

    public init(_ check: GuidelineCheck) { self.check = check }

    /// "2 conflict, 1 warning, 0 info, 3 consistent", in the labels' words.
    public func counts(_ labels: ReportLabels = .english) -> String {
        CheckFinding.Severity.allCases.map { severity in "\(check.findings.filter { $0.severity == severity }.count) \(labels[severity.rawValue])" }
            .joined(separator: ", ")
    }

    public func text(width: Int = 100, colour: Bool = false, labels: ReportLabels = .english) -> String {
        var out = [TextLayout.wrap("\(labels["check"]): \(title) — \(counts(labels)).", width: width),
                   TextLayout.wrap("\(labels["guideline"]): \(check.guideline.source) (\(check.guideline.id.prefix(12)))", width: width)]
        var heads: [Int: (severity: CheckFinding.Severity, tag: String)] = [:]
        for finding in check.findings {
            out.append("")
            let tag = labels[finding.severity.rawValue].uppercased()
            let subject = [finding.substance, finding.product].compactMap { $0 }.joined(separator: " · ")
            let head = TextLayout.wrap("\(tag)  \(labels.topic(finding.topic))\(subject.isEmpty ? "" : "  (\(subject))")", width: width)
            heads[out.count] = (finding.severity, tag)
            out.append(head)
            out.append(TextLayout.wrap(finding.message(labels), width: width, indent: "  "))
            if let quote = finding.guideline?.quote {
                out.append(TextLayout.wrap("\(labels["guideline"].lowercased()): “\(quote)”", width: width, indent: "    "))
            }
            if let epar = finding.epar {
                out.append(TextLayout.wrap("\(TextLayout.origin(epar, labels: labels)), \(epar.document.source): “\(epar.fact.evidence.quote)”", width: width, indent: "    "))
            }
        }
        guard colour else { return out.joined(separator: "\n") }
        // On a terminal: the data's control characters escaped, then each severity in its colour.
        return out.enumerated().map { index, line in
            let line = TerminalText.escaped(line)
            guard let head = heads[index] else { return line }
            return Self.ansi(head.severity) + head.tag + "\u{1B}[0m" + line.dropFirst(head.tag.count)
        }.joined(separator: "\n")
    }

    static func ansi(_ severity: CheckFinding.Severity) -> String {
        switch severity {
        case .conflict: return "\u{1B}[31m"
        case .warning: return "\u{1B}[33m"
        case .info: return "\u{1B}[36m"
        case .consistent: return "\u{1B}[32m"
        }
    }

    /// The report in a format, with the labels in `language` (default: the guideline's language).
    public func render(_ format: ReportFormat, language: String? = nil, colour: Bool = false, date: Date = Date()) -> String {
        let labels = ReportLabels(language: language ?? check.guideline.language)
        switch format {
        case .text: return text(colour: colour, labels: labels)
        case .json: return json.serialized(pretty: true)
        case .markdown: return markdown(labels, date: date)
        case .html: return html(labels, date: date)
        case .csv:
            let rows = zip(check.findings, tableRows(labels)).map { finding, cells in
                cells + [finding.guideline?.quote ?? "", finding.epar?.fact.evidence.quote ?? "", finding.epar?.document.source ?? ""]
            }
            return CSVTable.text(header: ["#", labels["severity"], labels["topic"], "\(labels["substance"]) · \(labels["product"])",
                                          labels["finding"], labels["guideline_quote"], labels["epar_quote"], labels["epar_document"]], rows: rows)
        }
    }

    var title: String { check.guideline.title ?? check.guideline.source }

    func tableRows(_ labels: ReportLabels) -> [[String]] {
        check.findings.enumerated().map { index, finding in
            ["\(index + 1)", labels[finding.severity.rawValue], labels.topic(finding.topic),
             [finding.substance, finding.product].compactMap { $0 }.joined(separator: " · "), finding.message(labels)]
        }
    }

    func markdown(_ labels: ReportLabels, date: Date) -> String {
        let cell = TextLayout.markdownCell
        var out = ["# \(labels["check"]): \(cell(title))", "", "\(labels["generated"]): \(TextLayout.day(date))", "",
                   "**\(counts(labels))**", "", "\(labels["guideline"]): \(cell(check.guideline.source)) (\(check.guideline.id.prefix(12)))", ""]
        out.append("| # | \(labels["severity"]) | \(labels["topic"]) | \(labels["substance"]) · \(labels["product"]) | \(labels["finding"]) |")
        out.append("|---|---|---|---|---|")
        for row in tableRows(labels) { out.append("| " + row.map(cell).joined(separator: " | ") + " |") }
        out += ["", "## \(labels["quotes"])", ""]
        for (index, finding) in check.findings.enumerated() {
            if let quote = finding.guideline?.quote { out.append("- **#\(index + 1) \(labels["guideline"])**: “\(cell(quote))”") }
            if let epar = finding.epar { out.append("- **#\(index + 1) \(TextLayout.origin(epar, labels: labels))** (\(cell(epar.document.source))): “\(cell(epar.fact.evidence.quote))”") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    func html(_ labels: ReportLabels, date: Date) -> String {
        htmlWriter(labels, date: date, link: nil, guidelineLink: nil).page(title: "\(labels["check"]): \(title)", language: labels.language)
    }

    /// The report's HTML without the page around it; with `link`, each EPAR quote opens its
    /// document there, with `guidelineLink` each of the guideline's quotes the guideline.
    public func htmlBody(language: String? = nil, date: Date = Date(), link: HTMLWriter.QuoteLink? = nil,
                         guidelineLink: (@Sendable (Evidence) -> String?)? = nil) -> String {
        htmlWriter(ReportLabels(language: language ?? check.guideline.language), date: date, link: link, guidelineLink: guidelineLink).body
    }

    func htmlWriter(_ labels: ReportLabels, date: Date, link: HTMLWriter.QuoteLink?,
                    guidelineLink: (@Sendable (Evidence) -> String?)?) -> HTMLWriter {
        var page = HTMLWriter()
        page.element("h1", "\(labels["check"]): \(title)")
        page.element("p", "\(labels["generated"]): \(TextLayout.day(date)) · \(labels["guideline"]): \(check.guideline.source) (\(check.guideline.id.prefix(12)))", class: "meta")
        page.element("p", counts(labels), class: "verdict")
        page.table(header: ["#", labels["severity"], labels["topic"], "\(labels["substance"]) · \(labels["product"])", labels["finding"]],
                   rows: tableRows(labels), statusColumn: 1, classes: check.findings.map(\.severity.rawValue),
                   // The finding is the long column: it gets what the others leave.
                   widths: ["2.2em", "6.5em", "8em", "12em", ""])
        page.element("h2", labels["quotes"])
        for (index, finding) in check.findings.enumerated() {
            if let evidence = finding.guideline {
                page.element("p", "#\(index + 1) \(labels["guideline"])", class: "ref")
                page.quote(evidence.quote, link: guidelineLink?(evidence))
            }
            if let epar = finding.epar {
                page.element("p", "#\(index + 1) \(TextLayout.origin(epar, labels: labels)) — \(epar.document.source)", class: "ref")
                page.quote(epar.fact.evidence.quote, link: link?(epar))
            }
        }
        return page
    }

    public var json: JSONValue {
        .object([
            ("schema", .string("medkb-check/1")),
            ("guideline", .object([("id", .string(check.guideline.id)), ("title", .optional(check.guideline.title))])),
            ("findings", .array(check.findings.map { finding in
                .object([
                    ("severity", .string(finding.severity.rawValue)), ("topic", .string(finding.topic)),
                    ("substance", .optional(finding.substance)), ("product", .optional(finding.product)),
                    ("message", .string(finding.message)),
                    ("guideline", finding.guideline.map { e in
                        .object([("quote", .string(e.quote)), ("start", .number(Double(e.start))), ("end", .number(Double(e.end)))]) } ?? .null),
                    ("epar", finding.epar.map { epar in
                        .object([("document", .string(epar.document.id)), ("quote", .string(epar.fact.evidence.quote)),
                                 ("start", .number(Double(epar.fact.evidence.start))), ("end", .number(Double(epar.fact.evidence.end))),
                                 ("kind", .string(epar.document.kind)), ("page", .optional(epar.fact.evidence.page.map(Double.init)))]) } ?? .null),
                ])
            })),
        ])
    }
}
