import Foundation

/// `medkb check` as text, Markdown, HTML or JSON.
public struct CheckReport: Sendable {
    public let check: GuidelineCheck

    public init(_ check: GuidelineCheck) { self.check = check }

    public var counts: String {
        CheckFinding.Severity.allCases.map { severity in "\(check.findings.filter { $0.severity == severity }.count) \(severity.rawValue)" }
            .joined(separator: ", ")
    }

    public func text(width: Int = 100, colour: Bool = false) -> String {
        var out = [TextLayout.wrap("Guideline check: \(check.guideline.title ?? check.guideline.source) — \(counts).", width: width),
                   TextLayout.wrap("Guideline: \(check.guideline.source) (\(check.guideline.id.prefix(12)))", width: width)]
        for finding in check.findings {
            out.append("")
            let tag = finding.severity.rawValue.uppercased()
            let head = colour ? Self.ansi(finding.severity) + tag + "\u{1B}[0m" : tag
            let subject = [finding.substance, finding.product].compactMap { $0 }.joined(separator: " · ")
            out.append("\(head)  \(finding.topic)\(subject.isEmpty ? "" : "  (\(subject))")")
            out.append(TextLayout.wrap(finding.message, width: width, indent: "  "))
            if let quote = finding.guideline?.quote {
                out.append(TextLayout.wrap("guideline: “\(quote)”", width: width, indent: "    "))
            }
            if let epar = finding.epar {
                out.append(TextLayout.wrap("EPAR, \(epar.document.source): “\(epar.fact.evidence.quote)”", width: width, indent: "    "))
            }
        }
        return out.joined(separator: "\n")
    }

    static func ansi(_ severity: CheckFinding.Severity) -> String {
        switch severity {
        case .conflict: return "\u{1B}[31m"
        case .warning: return "\u{1B}[33m"
        case .info: return "\u{1B}[36m"
        case .consistent: return "\u{1B}[32m"
        }
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
                                 ("start", .number(Double(epar.fact.evidence.start))), ("end", .number(Double(epar.fact.evidence.end)))]) } ?? .null),
                ])
            })),
        ])
    }
}
