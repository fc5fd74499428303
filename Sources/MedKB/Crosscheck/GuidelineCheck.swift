import Foundation

/// One finding of a guideline check.
public struct CheckFinding: Sendable {
    public enum Severity: String, Sendable, CaseIterable { case conflict, warning, info, consistent }

    public let severity: Severity
    public let topic: String
    public let substance: String?
    public let product: String?
    /// The finding in words, in the labels' language.
    let wording: @Sendable (ReportLabels) -> String
    public let guideline: Evidence?
    public let epar: SourcedFact?

    /// The finding in English, as the JSON report gives it.
    public var message: String { wording(.english) }

    /// The finding in the language of `labels`.
    public func message(_ labels: ReportLabels) -> String { wording(labels) }
}

/// Every recommendation of a guideline against the EPAR facts of the products in the base
/// with the same active substance: dose, route, interval and maximum interval; the EPAR
/// contraindications against the checks the guideline asks for; frequency words; the
/// products the guideline names that the base does not know; the biosimilars the base
/// knows that the guideline does not name.
public struct GuidelineCheck: Sendable {
    public let guideline: DocumentRecord
    public let findings: [CheckFinding]

    /// What the check needs of the base.
    public struct Inputs: Sendable {
        public let guideline: DocumentRecord
        public let facts: [Fact]
        /// Every product in the base.
        public let products: [ProductSummary]
        /// The newest EPAR side of every product that has a document.
        public let sides: [ProductSide]
    }

    nonisolated(unsafe) static let checkCue = try! Pattern("tjek|kontroll|check|monitor|måles|mål ").ignoresCase()

    public init(_ inputs: Inputs, lexicon: Lexicon = .shared) {
        guideline = inputs.guideline
        var findings: [CheckFinding] = []
        let recommendations = inputs.facts.filter { $0.type == .recommendation }
        let text = inputs.guideline.text

        var unchecked: [String] = []
        for recommendation in recommendations {
            guard let substance = recommendation.string("substance") else { continue }
            let sides = inputs.sides.filter { $0.product.activeSubstances.contains(substance) }
            if sides.isEmpty { unchecked.append(substance) }
            findings += Self.dosingFindings(recommendation, substance: substance, sides: sides)
            findings += Self.productFindings(recommendation, substance: substance, products: inputs.products, notes: inputs.facts)
        }

        if !unchecked.isEmpty {
            findings.append(CheckFinding(severity: .info, topic: "no_epar", substance: unchecked.joined(separator: ", "), product: nil,
                wording: { [substances = unique(unchecked)] labels in
                    labels.format("finding_no_epar", substances.map(labels.aspectOrConcept).joined(separator: ", "))
                },
                guideline: nil, epar: nil))
        }

        // Contraindications of the EPARs against the guideline's checks before treatment.
        let recommended = Set(recommendations.compactMap { $0.string("substance") })
        let stored = NormalizedText(alreadyNormalized: text)
        let checks = Sentence.split(stored, in: 0..<stored.count)
            .filter { $0.text.firstMatch(of: Self.checkCue) != nil }
        var seen = Set<String>()
        for side in inputs.sides where !recommended.isDisjoint(with: side.product.activeSubstances) {
            for contraindication in side.facts(.contraindication) {
                guard let condition = contraindication.fact.string("condition") else { continue }
                let substance = side.product.activeSubstances.first { recommended.contains($0) }
                guard seen.insert("\(substance ?? "")|\(condition)").inserted else { continue }
                let covering = checks.filter { sentence in
                    let flat = sentence.text.replacingOccurrences(of: "\n", with: " ")
                    return lexicon.matches(.condition, in: flat, language: inputs.guideline.language).contains { $0.concept == condition }
                        || lexicon.matches(.test, in: flat, language: inputs.guideline.language).contains { test in
                            lexicon.entries(.monitors).contains { $0.phrase == test.concept && $0.concept == condition }
                        }
                }
                let products = inputs.sides.filter { other in other.facts(.contraindication).contains { $0.fact.string("condition") == condition }
                    && !other.product.activeSubstances.filter(recommended.contains).isEmpty }.map(\.product.name)
                let names = products.joined(separator: ", ")
                if let first = covering.first {
                    let quotes = covering.map { "“\($0.text.replacingOccurrences(of: "\n", with: " "))”" }.joined(separator: " ")
                    findings.append(CheckFinding(severity: .consistent, topic: "contraindication", substance: substance, product: names,
                        wording: { $0.format("finding_contraindication_covered", $0.aspectOrConcept(condition), names, quotes) },
                        guideline: Evidence(section: nil, quote: first.text, start: first.start, end: first.end), epar: contraindication))
                } else {
                    findings.append(CheckFinding(severity: .warning, topic: "contraindication", substance: substance, product: names,
                        wording: { $0.format("finding_contraindication_unchecked", $0.aspectOrConcept(condition), names) },
                        guideline: nil, epar: contraindication))
                }
            }
        }

        // Frequency words: the guideline's against the EPARs'.
        for event in inputs.facts.filter({ $0.type == .adverseEvent }) {
            guard let term = event.string("term"), let frequency = event.string("frequency") else { continue }
            let substances = event.string("substance").map { [$0] } ?? Array(recommended)
            // One finding per substance and EPAR frequency: a finding names only products of its substance.
            var bySubstanceAndFrequency: [String: (substance: String, frequency: String, facts: [SourcedFact])] = [:]
            for side in inputs.sides {
                guard let substance = side.product.activeSubstances.first(where: substances.contains),
                      let epar = side.facts(.adverseEvent).first(where: { $0.fact.string("term") == term }),
                      let eparFrequency = epar.fact.string("frequency") else { continue }
                bySubstanceAndFrequency[substance + "|" + eparFrequency, default: (substance, eparFrequency, [])].facts.append(epar)
            }
            for (_, group) in bySubstanceAndFrequency.sorted(by: { $0.key < $1.key }) {
                let (eparFrequency, facts) = (group.frequency, group.facts)
                let names = facts.map { $0.fact.product ?? "?" }.joined(separator: ", ")
                let same = eparFrequency == frequency
                findings.append(CheckFinding(severity: same ? .consistent : .conflict, topic: "adverse_event",
                    substance: group.substance,
                    product: names,
                    wording: { labels in
                        let guideline = labels[Self.words(frequency)]
                        return same ? labels.format("finding_frequency_same", labels.aspectOrConcept(term), guideline, names)
                            : labels.format("finding_frequency_differs", labels.aspectOrConcept(term), guideline, names, labels.frequency(eparFrequency))
                    },
                    guideline: event.evidence, epar: facts.first))
            }
        }
        self.findings = findings.sorted { Self.order($0.severity) < Self.order($1.severity) }
    }

    static func order(_ severity: CheckFinding.Severity) -> Int { CheckFinding.Severity.allCases.firstIndex(of: severity)! }

    static func words(_ category: String) -> String { category.replacingOccurrences(of: "_", with: " ") }

    /// Dose, route, interval and maximum interval of one recommendation against the EPARs.
    static func dosingFindings(_ recommendation: Fact, substance: String, sides: [ProductSide]) -> [CheckFinding] {
        var findings: [CheckFinding] = []
        let doses = sides.map { side in (side, side.facts(.dosing).first) }
        func compare(_ topic: String, guideline: String?, epar: (SourcedFact) -> String?,
                     label: @escaping @Sendable (ReportLabels, String) -> String) {
            guard let guideline else { return }
            var agree: [SourcedFact] = [], silent: [String] = []
            for (side, dosing) in doses {
                guard let dosing, let value = epar(dosing) else { silent.append(side.product.name); continue }
                if value == guideline {
                    agree.append(dosing)
                } else {
                    let name = side.product.name
                    findings.append(CheckFinding(severity: .conflict, topic: topic, substance: substance, product: name,
                        wording: { $0.format("finding_dosing_differs", $0.topic(topic).capitalisingFirst, label($0, guideline), name, label($0, value)) },
                        guideline: recommendation.evidence, epar: dosing))
                }
            }
            let unstated = silent.joined(separator: ", ")
            @Sendable func silence(_ labels: ReportLabels) -> String { unstated.isEmpty ? "" : labels.format("finding_not_in_epar", unstated) }
            if let first = agree.first {
                let names = agree.map { $0.fact.product ?? "?" }.joined(separator: ", ")
                findings.append(CheckFinding(severity: .consistent, topic: topic, substance: substance, product: names,
                    wording: { $0.format("finding_dosing_same", $0.topic(topic).capitalisingFirst, label($0, guideline), names, silence($0)) },
                    guideline: recommendation.evidence, epar: first))
            } else if sides.isEmpty == false, findings.allSatisfy({ $0.topic != topic }) {
                findings.append(CheckFinding(severity: .info, topic: topic, substance: substance, product: unstated,
                    wording: { $0.format("finding_dosing_unstated", $0.topic(topic).capitalisingFirst, label($0, guideline), silence($0)) },
                    guideline: recommendation.evidence, epar: nil))
            }
        }
        compare("dose", guideline: Dose(json: recommendation["dose"])?.description, epar: { Dose(json: $0.fact["dose"])?.description }, label: { $1 })
        compare("route", guideline: recommendation.string("route"), epar: { $0.fact.string("route") }, label: { $0.aspectOrConcept($1) })
        compare("interval", guideline: recommendation.string("interval"), epar: { $0.fact.string("interval") }, label: { $0.interval($1) })
        if let maximum = recommendation.string("max_interval") {
            for (side, dosing) in doses {
                guard let dosing, let interval = dosing.fact.string("interval") else { continue }
                let longer = (ISODuration(maximum)?.months ?? 0) >= (ISODuration(interval)?.months ?? 0)
                let name = side.product.name
                findings.append(CheckFinding(severity: longer ? .info : .conflict, topic: "max_interval", substance: substance, product: name,
                    wording: { $0.format("finding_max_interval", $0.duration(maximum), name, $0.interval(interval))
                        + $0[longer ? "finding_max_interval_margin" : "finding_max_interval_longer"] },
                    guideline: recommendation.evidence, epar: dosing))
            }
        }
        return findings
    }

    /// Named products the base does not know, and the biosimilars it knows that go unnamed.
    static func productFindings(_ recommendation: Fact, substance: String, products: [ProductSummary], notes: [Fact]) -> [CheckFinding] {
        let named = recommendation.strings("products")
        guard !named.isEmpty else { return [] }
        var findings: [CheckFinding] = []
        let known = Set(products.map { ProductIdentity.nameKey($0.name) })
        let unknown = named.filter { !known.contains(ProductIdentity.nameKey($0)) }
        // A product offered as the correction of a misspelt name counts as named.
        var corrections = Set<String>()
        if !unknown.isEmpty {
            let suggester = NameSuggester(products)
            let hints = unknown.compactMap { name -> (name: String, suggestions: [NameSuggester.Suggestion])? in
                let suggestions = suggester.suggestions(for: name, substances: [substance])
                guard !suggestions.isEmpty else { return nil }
                corrections.formUnion(suggestions.map { ProductIdentity.nameKey($0.product.name) })
                return (name, suggestions)
            }
            let names = unknown.joined(separator: ", ")
            findings.append(CheckFinding(severity: .warning, topic: "unknown_product", substance: substance, product: names,
                wording: { labels in
                    let meant = hints.map { hint in
                        labels.format("finding_did_you_mean", hint.name, hint.suggestions.map { $0.label(labels) }.joined(separator: " \(labels["or"]) "))
                    }
                    return labels.format("finding_unknown_product", names, substance) + (meant.isEmpty ? "" : " " + meant.joined(separator: "; ").capitalisingFirst)
                },
                guideline: recommendation.evidence, epar: nil))
        }
        // The biosimilars of the reference products the guideline names or its notes give,
        // authorised and not named themselves.
        let namedKeys = Set(named.map(ProductIdentity.nameKey))
        let namedProducts = products.filter { namedKeys.contains(ProductIdentity.nameKey($0.name)) }
        let noted = notes.filter { $0.type == .biosimilarNote }.compactMap { $0.string("reference_product") }
        let references = Set((namedProducts.map(\.name) + namedProducts.compactMap(\.reference) + noted).map(ProductIdentity.nameKey))
        for product in products where product.biosimilar == true && product.activeSubstances.contains(substance)
            && !namedKeys.contains(ProductIdentity.nameKey(product.name)) && !corrections.contains(ProductIdentity.nameKey(product.name))
            && (product.status ?? "Authorised") == "Authorised"
            && product.reference.map({ references.contains(ProductIdentity.nameKey($0)) }) ?? true {
            let (name, reference) = (product.name, product.reference)
            let note = notes.first { $0.type == .biosimilarNote && $0.string("reference_product") == product.reference }
            findings.append(CheckFinding(severity: .info, topic: "unnamed_biosimilar", substance: substance, product: name,
                wording: { labels in
                    reference.map { labels.format("finding_unnamed_biosimilar_of", name, substance, $0) }
                        ?? labels.format("finding_unnamed_biosimilar", name, substance)
                },
                guideline: note?.evidence ?? recommendation.evidence, epar: nil))
        }
        return findings
    }
}

extension String {
    var capitalisingFirst: String { prefix(1).uppercased() + dropFirst() }
}
