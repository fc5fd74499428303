import Foundation

/// The product card as CSV (one row per fact, with its quote and source), Markdown and
/// printable HTML, besides the terminal text and JSON.
extension ProductCard {
    public func render(_ format: ReportFormat, language: String = "en", date: Date = Date()) -> String {
        let labels = ReportLabels(language: language)
        switch format {
        case .text: return text(labels: labels)
        case .json: return json.serialized(pretty: true)
        case .csv: return csv(labels)
        case .markdown: return markdown(labels, date: date)
        case .html: return html(labels, date: date)
        }
    }

    static let csvHeader = ["product", "type", "value", "frequency", "organ_class", "document", "kind", "language", "page", "section",
                            "quote", "start", "end"]

    /// The facts as CSV; the header and the codes stay as they are, the values are in the labels' words.
    public func csv(_ labels: ReportLabels = .english) -> String {
        CSVTable.text(header: Self.csvHeader, rows: facts.map { sourced in
            let fact = sourced.fact, evidence = fact.evidence
            return [product.name, fact.type.rawValue, Self.value(of: fact, labels: labels), fact.string("frequency") ?? "", fact.string("organ_class") ?? "",
                    sourced.document.source, sourced.document.kind, sourced.document.language,
                    evidence.page.map(String.init) ?? "", evidence.section ?? "", evidence.quote, String(evidence.start), String(evidence.end)]
        })
    }

    /// The card's facts by type, in the card's order, with a heading each.
    func factGroups(_ labels: ReportLabels) -> [(title: String, facts: [SourcedFact])] {
        let titles: [(FactType, String)] = [(.indication, "indications"), (.dosing, "dosing"), (.coMedication, "given_with"),
                                            (.contraindication, "contraindications"), (.adverseEvent, "side_effects"),
                                            (.studyResult, "studies"), (.riskMeasure, "risk_measures")]
        return titles.compactMap { type, title in
            let items = facts.filter { $0.fact.type == type }
            return items.isEmpty ? nil : (labels[title], items)
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

    func markdown(_ labels: ReportLabels, date: Date) -> String {
        let cell = TextLayout.markdownCell
        let number = Dictionary(uniqueKeysWithValues: sources.enumerated().map { ($1.id, $0 + 1) })
        var out = ["# \(cell(heading))", "", "\(labels["generated"]): \(TextLayout.day(date))", ""]
        if let line = catalogueLine(labels) { out += [cell(line), ""] }
        for line in referenceLines(citing: number, labels: labels) { out += [cell(line), ""] }
        out += ["## \(labels["sources"])", ""]
        for (index, document) in sources.enumerated() {
            out.append("\(index + 1). \(cell(document.source)) — \(document.kind), \(document.language)\(document.statedDate.map { ", \($0)" } ?? "")")
        }
        for group in factGroups(labels) {
            out += ["", "## \(group.title)", ""]
            for item in Self.merged(group.facts) {
                let quotes = item.quotes.map { "“\(cell($0.quote))” \(citation($0.places, number))" }.joined(separator: "; ")
                out.append("- **\(cell(Self.value(of: item.fact, labels: labels)))** — \(quotes)")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    func html(_ labels: ReportLabels, date: Date) -> String {
        htmlWriter(labels: labels, date: date, link: nil).page(title: heading, language: labels.language)
    }

    /// The card's HTML without the page around it; with `link`, each quote opens its document there.
    public func htmlBody(language: String, date: Date = Date(), link: HTMLWriter.QuoteLink? = nil) -> String {
        htmlWriter(labels: ReportLabels(language: language), date: date, link: link).body
    }

    func htmlWriter(labels: ReportLabels, date: Date, link: HTMLWriter.QuoteLink?) -> HTMLWriter {
        let number = Dictionary(uniqueKeysWithValues: sources.enumerated().map { ($1.id, $0 + 1) })
        var page = HTMLWriter()
        page.element("h1", heading)
        page.element("p", "\(labels["generated"]): \(TextLayout.day(date))", class: "meta")
        if let line = catalogueLine(labels) { page.element("p", line, class: "meta") }
        for line in referenceLines(citing: number, labels: labels) { page.element("p", line, class: "verdict") }
        page.element("h2", labels["sources"])
        page.raw("<ol>\n")
        for document in sources {
            page.element("li", "\(document.source) — \(document.kind), \(document.language)\(document.statedDate.map { ", \($0)" } ?? "")")
        }
        page.raw("</ol>\n")
        for group in factGroups(labels) {
            page.element("h2", group.title)
            for item in Self.merged(group.facts) {
                page.element("p", Self.value(of: item.fact, labels: labels), class: "ref")
                for quote in item.quotes {
                    page.quote(quote.quote, citation: citation(quote.places, number), link: link?(quote.places[0]))
                }
            }
        }
        return page
    }
}
