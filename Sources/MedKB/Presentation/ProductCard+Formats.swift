import Foundation

/// The product card as CSV (one row per fact, with its quote and source), Markdown and
/// printable HTML, besides the terminal text and JSON.
extension ProductCard {
    public func render(_ format: ReportFormat, language: String = "en", date: Date = Date()) -> String {
        switch format {
        case .text: return text(labels: ReportLabels(language: language))
        case .json: return json.serialized(pretty: true)
        case .csv: return csv
        case .markdown: return markdown(date: date)
        case .html: return html(date: date)
        }
    }

    static let csvHeader = ["product", "type", "value", "frequency", "organ_class", "document", "kind", "language", "page", "section",
                            "quote", "start", "end"]

    public var csv: String {
        CSVTable.text(header: Self.csvHeader, rows: facts.map { sourced in
            let fact = sourced.fact, evidence = fact.evidence
            return [product.name, fact.type.rawValue, Self.value(of: fact), fact.string("frequency") ?? "", fact.string("organ_class") ?? "",
                    sourced.document.source, sourced.document.kind, sourced.document.language,
                    evidence.page.map(String.init) ?? "", evidence.section ?? "", evidence.quote, String(evidence.start), String(evidence.end)]
        })
    }

    /// The card's facts by type, in the card's order, with a heading each.
    var factGroups: [(title: String, facts: [SourcedFact])] {
        let titles: [(FactType, String)] = [(.indication, "Indications"), (.dosing, "Dosing"), (.coMedication, "Given with"),
                                            (.contraindication, "Contraindications"), (.adverseEvent, "Side effects"),
                                            (.studyResult, "Studies"), (.riskMeasure, "Risk measures")]
        return titles.compactMap { type, title in
            let items = facts.filter { $0.fact.type == type }
            return items.isEmpty ? nil : (title, items)
        }
    }

    /// The same fact read more than once (an annex with two forms' SmPCs) as one, with
    /// each of its quotes once and every place it stands.
    static func merged(_ items: [SourcedFact]) -> [(fact: Fact, quotes: [(quote: String, places: [SourcedFact])])] {
        grouped(items) { JSONValue.object($0.fact.fields).serialized() }.map { ($0[0].fact, byQuote($0)) }
    }

    /// Each quote once, in order, with the facts it stands for.
    static func byQuote(_ items: [SourcedFact]) -> [(quote: String, places: [SourcedFact])] {
        grouped(items) { $0.fact.evidence.quote }.map { ($0[0].fact.evidence.quote, $0) }
    }

    /// `items` in groups of equal `key`, each group where its first item stands.
    static func grouped(_ items: [SourcedFact], by key: (SourcedFact) -> String) -> [[SourcedFact]] {
        var groups: [[SourcedFact]] = []
        var index: [String: Int] = [:]
        for item in items {
            let k = key(item)
            if let at = index[k] { groups[at].append(item) } else { index[k] = groups.count; groups.append([item]) }
        }
        return groups
    }

    var heading: String {
        let substances = product.activeSubstances.joined(separator: ", ")
        return substances.isEmpty ? product.name : "\(product.name) (\(substances))"
    }

    func markdown(date: Date) -> String {
        let cell = TextLayout.markdownCell
        let number = Dictionary(uniqueKeysWithValues: sources.enumerated().map { ($1.id, $0 + 1) })
        var out = ["# \(cell(heading))", "", "Generated: \(TextLayout.day(date))", ""]
        if let line = catalogueLine { out += [cell(line), ""] }
        for line in referenceLines(citing: number) { out += [cell(line), ""] }
        out += ["## Sources", ""]
        for (index, document) in sources.enumerated() {
            out.append("\(index + 1). \(cell(document.source)) — \(document.kind), \(document.language)\(document.statedDate.map { ", \($0)" } ?? "")")
        }
        for group in factGroups {
            out += ["", "## \(group.title)", ""]
            for item in Self.merged(group.facts) {
                let quotes = item.quotes.map { "“\(cell($0.quote))” \(citation($0.places, number))" }.joined(separator: "; ")
                out.append("- **\(cell(Self.value(of: item.fact)))** — \(quotes)")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    func html(date: Date) -> String {
        let number = Dictionary(uniqueKeysWithValues: sources.enumerated().map { ($1.id, $0 + 1) })
        var page = HTMLWriter()
        page.element("h1", heading)
        page.element("p", "Generated: \(TextLayout.day(date))", class: "meta")
        if let line = catalogueLine { page.element("p", line, class: "meta") }
        for line in referenceLines(citing: number) { page.element("p", line, class: "verdict") }
        page.element("h2", "Sources")
        page.raw("<ol>\n")
        for document in sources {
            page.element("li", "\(document.source) — \(document.kind), \(document.language)\(document.statedDate.map { ", \($0)" } ?? "")")
        }
        page.raw("</ol>\n")
        for group in factGroups {
            page.element("h2", group.title)
            for item in Self.merged(group.facts) {
                page.element("p", Self.value(of: item.fact), class: "ref")
                for quote in item.quotes {
                    page.element("blockquote", "\(quote.quote) \(citation(quote.places, number))")
                }
            }
        }
        return page.page(title: heading, language: product.activeSubstances.isEmpty ? "en" : (sources.first?.language ?? "en"))
    }
}
