/// The answer `compare` leads with: can one product stand in for the other? First the
/// relation the documents declare, then the aspects a pharmacist weighs (indications,
/// dosing, contraindications, side effects), each "same" or what differs, then what the
/// base's guidelines say about substitution.
struct ComparisonVerdict {
    let comparison: ProductComparison
    let labels: ReportLabels

    /// The aspects weighed, each with the row aspects that belong to it.
    static let groups: [(label: String, aspects: Set<String>)] = [
        ("indications", ["indication"]),
        ("dosing", ["route", "interval", "dose", "sites", "co_medication"]),
        ("contraindications", ["contraindication"]),
        ("side_effects", ["adverse_event"]),
    ]

    var nameA: String { comparison.a.product.name }
    var nameB: String { comparison.b.product.name }

    var question: String { labels.format("can_replace", nameA, nameB) }

    var relation: String {
        guard let relation = comparison.relation else { return labels.format("no_relation", nameA, nameB) }
        // "X is declared a biosimilar of Y": the words come from the facts, the frame from the labels.
        let parts = relation.components(separatedBy: " is declared a ")
        guard parts.count == 2, let kind = parts[1].components(separatedBy: " of ").first,
              let original = parts[1].components(separatedBy: " of ").dropFirst().first else { return relation }
        return labels.format("declared", parts[0], labels[kind], original)
    }

    /// "Indications: same (3)", "Dosing: 1 not stated for Conexxence (dose)".
    var aspectLines: [String] {
        Self.groups.map { group in
            let rows = comparison.rows.filter { group.aspects.contains($0.aspect) }
            let title = labels[group.label]
            guard !rows.isEmpty else { return "\(title): \(labels["nothing_stated"])" }
            let departures = ComparisonStatus.allCases.filter { $0 != .same }.compactMap { status -> String? in
                let matching = rows.filter { $0.status == status }
                guard !matching.isEmpty else { return nil }
                let keys = matching.prefix(3).map { labels.aspectOrConcept($0.key) }.joined(separator: ", ")
                    + (matching.count > 3 ? ", …" : "")
                return "\(matching.count) \(labels.status(status, nameA, nameB)) (\(keys))"
            }
            if departures.isEmpty { return "\(title): \(labels["same"]) (\(rows.count))" }
            return "\(title): " + departures.joined(separator: "; ")
        }
    }

    /// "Substitution: osteoporosis-gp-guideline_da.txt: “… Substitueres ikke på apoteket.”"
    var substitutionLines: [String] {
        guard !comparison.substitution.isEmpty else { return ["\(labels["substitution"]): \(labels["no_substitution_statement"])"] }
        return comparison.substitution.map { "\(labels["substitution"]): \($0.document.source): “\($0.quote)”" }
    }

    var lines: [String] { [question, relation + "."] + aspectLines + substitutionLines }
}
