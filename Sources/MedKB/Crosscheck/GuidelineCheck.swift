import Foundation

/// One finding of a guideline check.
public struct CheckFinding: Sendable {
    public enum Severity: String, Sendable, CaseIterable { case conflict, warning, info, consistent }

    public let severity: Severity
    public let topic: String
    public let substance: String?
    public let product: String?
    public let message: String
    public let guideline: Evidence?
    public let epar: SourcedFact?
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
                message: "No EPAR in the base for \(unique(unchecked).joined(separator: ", ")): these recommendations were not checked.",
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
                if let first = covering.first {
                    findings.append(CheckFinding(severity: .consistent, topic: "contraindication", substance: substance, product: products.joined(separator: ", "),
                        message: "The EPAR contraindication \(condition) (\(products.joined(separator: ", "))) is covered by the guideline's checks before treatment: "
                            + covering.map { "“\($0.text.replacingOccurrences(of: "\n", with: " "))”" }.joined(separator: " "),
                        guideline: Evidence(section: nil, quote: first.text, start: first.start, end: first.end), epar: contraindication))
                } else {
                    findings.append(CheckFinding(severity: .warning, topic: "contraindication", substance: substance, product: products.joined(separator: ", "),
                        message: "The EPAR contraindication \(condition) (\(products.joined(separator: ", "))) has no check before treatment in the guideline.",
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
                    message: same
                        ? "\(term): \(Self.words(frequency)) in the guideline and in the EPAR of \(names)."
                        : "\(term): the guideline says \(Self.words(frequency)); the EPAR of \(names) says \(TextLayout.frequencyLabel(eparFrequency)).",
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
        func compare(_ topic: String, guideline: String?, epar: (SourcedFact) -> String?, label: (String) -> String) {
            guard let guideline else { return }
            var agree: [SourcedFact] = [], silent: [String] = []
            for (side, dosing) in doses {
                guard let dosing, let value = epar(dosing) else { silent.append(side.product.name); continue }
                if value == guideline {
                    agree.append(dosing)
                } else {
                    findings.append(CheckFinding(severity: .conflict, topic: topic, substance: substance, product: side.product.name,
                        message: "\(topic.capitalized): the guideline gives \(label(guideline)); the EPAR of \(side.product.name) gives \(label(value)).",
                        guideline: recommendation.evidence, epar: dosing))
                }
            }
            let silence = silent.isEmpty ? "" : " (\(silent.joined(separator: ", ")): not stated in the EPAR)"
            if let first = agree.first {
                findings.append(CheckFinding(severity: .consistent, topic: topic, substance: substance,
                    product: agree.map { $0.fact.product ?? "?" }.joined(separator: ", "),
                    message: "\(topic.capitalized) \(label(guideline)) as in the EPAR of \(agree.map { $0.fact.product ?? "?" }.joined(separator: ", "))\(silence).",
                    guideline: recommendation.evidence, epar: first))
            } else if sides.isEmpty == false, findings.allSatisfy({ $0.topic != topic }) {
                findings.append(CheckFinding(severity: .info, topic: topic, substance: substance, product: silent.joined(separator: ", "),
                    message: "\(topic.capitalized) \(label(guideline)): no EPAR in the base states it\(silence).", guideline: recommendation.evidence, epar: nil))
            }
        }
        compare("dose", guideline: Dose(json: recommendation["dose"])?.description, epar: { Dose(json: $0.fact["dose"])?.description }, label: { $0 })
        compare("route", guideline: recommendation.string("route"), epar: { $0.fact.string("route") }, label: { $0 })
        compare("interval", guideline: recommendation.string("interval"), epar: { $0.fact.string("interval") },
                label: { TextLayout.intervalLabel($0) ?? $0 })
        if let maximum = recommendation.string("max_interval") {
            for (side, dosing) in doses {
                guard let dosing, let interval = dosing.fact.string("interval") else { continue }
                let longer = (ISODuration(maximum)?.months ?? 0) >= (ISODuration(interval)?.months ?? 0)
                findings.append(CheckFinding(severity: longer ? .info : .conflict, topic: "max_interval", substance: substance, product: side.product.name,
                    message: "The guideline allows at most \(TextLayout.durationLabel(maximum) ?? maximum) between doses; the EPAR of \(side.product.name) gives \(TextLayout.intervalLabel(interval) ?? interval)"
                        + (longer ? ", so the guideline's margin lies beyond the authorised interval." : ", longer than the guideline allows."),
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
            let hints = unknown.compactMap { name -> String? in
                let suggestions = suggester.suggestions(for: name, substances: [substance])
                guard !suggestions.isEmpty else { return nil }
                corrections.formUnion(suggestions.map { ProductIdentity.nameKey($0.product.name) })
                return "for \(name), did you mean " + suggestions.map(\.label).joined(separator: " or ") + "?"
            }
            findings.append(CheckFinding(severity: .warning, topic: "unknown_product", substance: substance, product: unknown.joined(separator: ", "),
                message: "The guideline names \(unknown.joined(separator: ", ")) for \(substance); the base knows no product of that name."
                    + (hints.isEmpty ? "" : " " + hints.joined(separator: "; ").capitalisingFirst),
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
            let reference = product.reference.map { " of \($0)" } ?? ""
            let note = notes.first { $0.type == .biosimilarNote && $0.string("reference_product") == product.reference }
            findings.append(CheckFinding(severity: .info, topic: "unnamed_biosimilar", substance: substance, product: product.name,
                message: "\(product.name), a biosimilar\(reference) in the base, is not among the products the guideline names for \(substance).",
                guideline: note?.evidence ?? recommendation.evidence, epar: nil))
        }
        return findings
    }
}

extension String {
    var capitalisingFirst: String { prefix(1).uppercased() + dropFirst() }
}
