import Foundation

/// The card `medkb show` prints: what the base knows of one product, each fact with the
/// document and quote it came from.
public struct ProductCard: Sendable {
    public let product: ProductSummary
    public let facts: [SourcedFact]
    /// Every source of the product, including those with no fact (a catalogue row without indication).
    let allSources: [DocumentRecord]

    public init(product: ProductSummary, facts: [SourcedFact], sources: [DocumentRecord] = []) {
        self.product = product
        self.facts = facts
        allSources = sources
    }

    /// The documents in the order they are cited, then the other sources, numbered from 1.
    var sources: [DocumentRecord] {
        var seen = Set<String>()
        return (facts.map(\.document) + allSources).filter { seen.insert($0.id).inserted }
    }

    /// "biosimilar · EMEA/H/C/006268 · authorised 2025-07-18 · ATC M05BX04 · human"; any
    /// other status as the EMA words it.
    func catalogueLine(_ labels: ReportLabels) -> String? {
        var parts: [String] = []
        if product.biosimilar == true { parts.append(labels["biosimilar"]) } else if product.generic == true { parts.append(labels["generic_or_hybrid"]) }
        if let number = product.emaProductNumber { parts.append(number) }
        if let status = product.status {
            parts.append(status == "Authorised" ? labels.format("authorised_on", product.authorisationDate ?? "") : status)
        }
        if let atc = product.atc { parts.append("ATC " + atc) }
        if let category = product.category { parts.append(labels[category]) }
        return parts.isEmpty ? nil : parts.joined(separator: " · ").replacingOccurrences(of: "  ", with: " ")
    }

    /// The stated and the inferred reference product, each with where it comes from.
    func referenceLines(citing number: [String: Int], labels: ReportLabels) -> [String] {
        let stating = facts.filter { $0.fact.type == .product && $0.fact.string("reference_product") != nil }
            .compactMap { number[$0.document.id] }.map { "[\($0)]" }
        var lines: [String] = []
        if let stated = product.referenceProduct {
            lines.append(stating.isEmpty ? labels.format("reference_stated", stated)
                         : labels.format("reference_stated_by", stated, stating.joined(separator: ", ")))
        }
        if let inferred = product.inferredReference {
            lines.append(labels.format("reference_inferred", inferred, labels.basis(product.inferenceBasis ?? "")))
        } else if product.biosimilar == true, let basis = product.inferenceBasis, product.referenceProduct == nil {
            lines.append(labels.format("reference_basis", labels.basis(basis)))
        }
        if product.referencesDisagree {
            lines.append(labels["references_disagree"])
        }
        return lines
    }

    /// The card; `labels` give its headings, frequencies and side-effect terms in Danish or English.
    public func text(width: Int = 100, labels: ReportLabels = ReportLabels(language: "en")) -> String {
        let sources = self.sources
        let number = Dictionary(uniqueKeysWithValues: sources.enumerated().map { ($1.id, $0 + 1) })
        var out: [String] = []
        let substances = product.activeSubstances.joined(separator: ", ")
        out.append(substances.isEmpty ? product.name : "\(product.name) (\(substances))")
        var traits = catalogueLine(labels).map { [$0] } ?? []
        let productFacts = facts.filter { $0.fact.type == .product }
        if productFacts.contains(where: { $0.fact["prescription_only"]?.boolValue == true }) { traits.append(labels["prescription_only"]) }
        // One annex may hold the SmPCs of several forms (capsules and tablets): every form is named.
        let forms = unique(productFacts.compactMap { $0.fact.string("pharmaceutical_form") }, folding: true)
        if !forms.isEmpty { traits.append(forms.map(labels.aspectOrConcept).joined(separator: ", ")) }
        if !traits.isEmpty { out.append(TextLayout.wrap(traits.joined(separator: " · "), width: width, indent: "  ")) }
        for line in referenceLines(citing: number, labels: labels) { out.append(TextLayout.wrap(line, width: width, indent: "  ")) }
        if sources.isEmpty {
            out.append("  " + labels["only_named_as_reference"])
            return out.joined(separator: "\n")
        }
        out.append("")
        out.append(labels["sources"])
        for (index, document) in sources.enumerated() {
            let date = document.statedDate.map { ", " + labels.format("updated", $0) } ?? ""
            out.append(TextLayout.wrap("[\(index + 1)] \(document.source) — \(document.kind), \(document.language)\(date), id \(document.id.prefix(12))",
                                       width: width, indent: "  "))
        }

        func cite(_ sourced: SourcedFact) -> String {
            "[\(number[sourced.document.id]!)\(sourced.fact.evidence.page.map { ", p. \($0)" } ?? "")]"
        }
        /// Each quote once, with every place it stands: "[1, p. 2; p. 27] “…”".
        func quotes(_ items: [SourcedFact]) -> [String] {
            Self.byQuote(items).map { TextLayout.wrap("\(citation($0.places, number)) “\($0.quote)”", width: width, indent: "      ") }
        }
        // The same fact read twice (an annex with two forms' SmPCs) is one bullet with all its quotes.
        func section(_ title: String, _ type: FactType, describe: (Fact) -> String) {
            let items = facts.filter { $0.fact.type == type }
            guard !items.isEmpty else { return }
            out.append("")
            out.append(title)
            for item in Self.merged(items) {
                out.append(TextLayout.wrap("• " + describe(item.fact), width: width, indent: "  "))
                out.append(contentsOf: item.quotes.map { TextLayout.wrap("\(citation($0.places, number)) “\($0.quote)”", width: width, indent: "      ") })
            }
        }

        section(labels["indications"], .indication, describe: { Self.value(of: $0, labels: labels) })
        section(labels["dosing"], .dosing, describe: { Self.value(of: $0, labels: labels) })
        section(labels["given_with"], .coMedication, describe: { Self.value(of: $0, labels: labels) })
        section(labels["contraindications"], .contraindication, describe: { Self.value(of: $0, labels: labels) })

        let twice = FrequencyInTextAndTable.find(in: facts)
        let events = facts.filter { fact in fact.fact.type == .adverseEvent && !twice.contains { $0.sets(aside: fact) } }
        if !events.isEmpty {
            out.append("")
            out.append(labels["side_effects"])
            let disagreements = FrequencyDisagreement.find(in: facts)
            if !disagreements.isEmpty {
                out.append(TextLayout.wrap(disagreements.count == 1 ? labels["frequency_disagrees"]
                    : labels.format("frequencies_disagree", String(disagreements.count)), width: width, indent: "  "))
                for item in disagreements {
                    out.append(TextLayout.wrap(labels.format("frequency_disagreement", labels.aspectOrConcept(item.term),
                        cite(item.smpc), labels.frequency(item.smpc.fact.string("frequency")),
                        cite(item.overview), labels.frequency(item.overview.fact.string("frequency"))), width: width, indent: "    "))
                }
            }
            for item in twice {
                out.append(TextLayout.wrap(labels.format("frequency_text_and_table", labels.aspectOrConcept(item.term),
                    citation(item.dropped, number), labels.frequency(item.dropped[0].fact.string("frequency")),
                    citation(item.kept, number), labels.frequency(item.kept[0].fact.string("frequency"))), width: width, indent: "  "))
            }
            let order = TextLayout.frequencyOrder + [""]
            for category in order {
                let group = events.filter { ($0.fact.string("frequency") ?? "") == category }
                guard !group.isEmpty else { continue }
                out.append(TextLayout.wrap(labels.frequency(category.isEmpty ? nil : category) + ": "
                    + unique(group.compactMap { $0.fact.string("term") }).map(labels.aspectOrConcept).joined(separator: ", "),
                    width: width, indent: "  "))
                // Terms of one table group share the start of their quotes: the longest quote shows them all.
                var longest: [String: SourcedFact] = [:]
                var order: [String] = []
                for item in group {
                    let key = "\(item.document.id)|\(item.fact.evidence.start)"
                    if let kept = longest[key] {
                        if item.fact.evidence.end > kept.fact.evidence.end { longest[key] = item }
                    } else {
                        longest[key] = item
                        order.append(key)
                    }
                }
                out.append(contentsOf: quotes(order.map { longest[$0]! }))
            }
        }
        section(labels["studies"], .studyResult, describe: { Self.value(of: $0, labels: labels) })
        section(labels["risk_measures"], .riskMeasure, describe: { Self.value(of: $0, labels: labels) })
        return out.joined(separator: "\n")
    }

    /// A fact's value in words: "160 mg, oral, every day", "prostate cancer — adults; men".
    static func value(of fact: Fact, labels: ReportLabels = ReportLabels(language: "en")) -> String {
        let concept = labels.aspectOrConcept
        switch fact.type {
        case .indication:
            var text = fact.string("condition").map(concept) ?? "?"
            let population = fact.strings("population")
            if !population.isEmpty { text += " — " + population.map(concept).joined(separator: "; ") }
            if let context = fact.string("context") { text += " " + labels.format("with_context", concept(context)) }
            return text
        case .dosing:
            var parts: [String] = []
            if let dose = Dose(json: fact["dose"]) { parts.append(dose.description) } else { parts.append(labels["dose_not_stated"]) }
            if let route = fact.string("route") { parts.append(concept(route)) }
            if let interval = fact.string("interval") { parts.append(labels.interval(interval)) }
            let sites = fact.strings("sites")
            if !sites.isEmpty { parts.append(labels.format("into_sites", sites.map(concept).joined(separator: ", "))) }
            return parts.joined(separator: ", ")
        case .coMedication:
            return fact.strings("substances").map(concept).joined(separator: ", ")
        case .contraindication:
            return fact.string("condition").map(concept) ?? "?"
        case .adverseEvent:
            return (fact.string("term").map(concept) ?? "?") + ", " + labels.frequency(fact.string("frequency"))
        case .studyResult:
            var text = ""
            if let n = fact["participants"]?.doubleValue { text += labels.format("participants", String(Int(n))) }
            if let population = fact.string("population") { text += text.isEmpty ? population : " (\(population))" }
            if let duration = fact.string("duration") {
                text += (text.isEmpty ? "" : ", ") + labels.format("over_duration", labels.duration(duration))
            }
            if let endpoint = fact.string("endpoint") { text += (text.isEmpty ? "" : ": ") + endpoint }
            let arms = (fact["arms"]?.arrayValue ?? []).compactMap { arm -> String? in
                guard let product = arm["product"]?.stringValue, let value = arm["value"]?.doubleValue else { return nil }
                return "\(product) \(JSONValue.format(value))\(arm["unit"]?.stringValue == "%" ? " %" : " " + (arm["unit"]?.stringValue ?? ""))"
            }
            return text + (arms.isEmpty ? "" : " — " + arms.joined(separator: " vs "))
        case .riskMeasure:
            return fact.string("measure") ?? "?"
        case .product:
            return ([fact.string("name"), fact.strings("active_substances").joined(separator: ", "), fact.string("pharmaceutical_form")]
                .compactMap { $0 }.filter { !$0.isEmpty }).joined(separator: ", ")
        default:
            return JSONValue.object(fact.fields).serialized()
        }
    }

    public var json: JSONValue {
        .object([
            ("schema", .string("medkb-product/1")),
            ("product", .object([
                ("name", .string(product.name)), ("active_substances", .strings(product.activeSubstances)),
                ("biosimilar", .optional(product.biosimilar)), ("generic", .optional(product.generic)),
                ("ema_product_number", .optional(product.emaProductNumber)), ("status", .optional(product.status)),
                ("reference_product", .optional(product.referenceProduct)),
                ("reference", ProductList.reference(product)),
            ])),
            ("documents", .array(sources.map { document in
                .object([("id", .string(document.id)), ("source", .string(document.source)), ("kind", .string(document.kind)),
                         ("language", .string(document.language)), ("title", .optional(document.title)),
                         ("stated_date", .optional(document.statedDate))])
            })),
            ("facts", .array(facts.map { sourced in
                guard case let .object(pairs) = sourced.fact.json else { return sourced.fact.json }
                return .object(pairs + [("document", .string(sourced.document.id))])
            })),
            ("frequency_disagreements", .array(FrequencyDisagreement.find(in: facts).map { item in
                .object([("term", .string(item.term)),
                         ("smpc", .object([("frequency", .optional(item.smpc.fact.string("frequency"))),
                                           ("document", .string(item.smpc.document.id)),
                                           ("page", .optional(item.smpc.fact.evidence.page.map(Double.init)))])),
                         ("overview", .object([("frequency", .optional(item.overview.fact.string("frequency"))),
                                               ("document", .string(item.overview.document.id))]))])
            })),
        ])
    }
}

/// "[1, p. 8; p. 33]", "[1; 2]": where one quote stands, document by document.
func citation(_ items: [SourcedFact], _ number: [String: Int]) -> String {
    var pages: [Int: [String]] = [:]
    var documents: [Int] = []
    for item in items {
        let document = number[item.document.id] ?? 0
        if pages[document] == nil { documents.append(document) }
        if let page = item.fact.evidence.page, !(pages[document] ?? []).contains("p. \(page)") {
            pages[document, default: []].append("p. \(page)")
        } else if pages[document] == nil {
            pages[document] = []
        }
    }
    return "[" + documents.map { document in
        ([String(document)] + (pages[document] ?? [])).enumerated().map { $0 == 0 ? $1 : ($0 == 1 ? ", " : "; ") + $1 }.joined()
    }.joined(separator: "; ") + "]"
}
