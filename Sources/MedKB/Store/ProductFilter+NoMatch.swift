/// A filter value that no product in the base has: a misspelt substance, an ATC code or
/// status the base does not hold, a product that no biosimilar or generic names as its
/// reference. The message names what is close.
public struct UnmatchedFilter: Error, LocalisedMessage, Equatable {
    /// "substance denosumabb", in the labels' words.
    let criterion: @Sendable (ReportLabels) -> String
    /// What the user may have meant, or what the base holds instead.
    let hint: @Sendable (ReportLabels) -> String

    public func message(_ labels: ReportLabels) -> String { labels.format("no_product_with", criterion(labels), hint(labels)) }

    public static func == (a: UnmatchedFilter, b: UnmatchedFilter) -> Bool { a.description == b.description }
}

extension ProductFilter: CustomStringConvertible {
    /// Whether any criterion is set.
    public var isEmpty: Bool { description.isEmpty }

    /// The criteria in words: "substance denosumab, status withdrawn, biosimilar".
    public var description: String { words(.english) }

    /// The criteria in the labels' words.
    public func words(_ labels: ReportLabels) -> String {
        var parts: [String] = []
        if let substance { parts.append(labels.format("criterion_substance", substance)) }
        if let atc { parts.append(labels.format("criterion_atc", atc)) }
        if let status { parts.append(labels.format("criterion_status", status)) }
        if let reference { parts.append(labels.format("criterion_reference", reference)) }
        if biosimilar == true { parts.append(labels["biosimilar"]) }
        if generic == true { parts.append(labels["generic_or_hybrid"]) }
        return parts.joined(separator: ", ")
    }

    /// The first value no product of `all` has on its own, with what is close to it; nil when
    /// each value matches some product (then only their combination matches none).
    public func unmatched(among all: [ProductSummary]) -> UnmatchedFilter? {
        guard !all.isEmpty else {
            return isEmpty ? nil : UnmatchedFilter(criterion: words, hint: { $0["base_empty"] })
        }
        if let substance, !all.contains(where: { ProductFilter(substance: substance).admits($0) }) {
            let substances = Set(all.flatMap(\.activeSubstances))
            let close = NameSuggester.closest(to: substance, among: Array(substances))
            // A word of longer names ("insulin" of "insulin glargine"): the filter takes whole names.
            let longer = substances.filter { $0.localizedCaseInsensitiveContains(substance) }.sorted()
            return UnmatchedFilter(criterion: { $0.format("criterion_substance", substance) }, hint: { labels in
                let shown = longer.prefix(5).joined(separator: ", ") + (longer.count > 5 ? " " + labels.format("and_more", String(longer.count - 5)) : "")
                return Self.meant(close, labels, else: longer.isEmpty ? labels["no_close_substance"] : labels.format("whole_name", shown))
            })
        }
        if let atc, !all.contains(where: { ProductFilter(atc: atc).admits($0) }) {
            // Compared with the codes at each of ATC's levels (M, M05, M05B, M05BX, M05BX04).
            let levels = Set(all.compactMap(\.atc).flatMap { code in [1, 3, 4, 5, 7].map { String(code.prefix($0)) } })
            let close = NameSuggester.closest(to: atc, among: Array(levels))
            return UnmatchedFilter(criterion: { $0.format("criterion_an_atc", atc) }, hint: { labels in
                levels.isEmpty ? labels["no_atc"] : Self.meant(close, labels, else: labels["no_close_atc"])
            })
        }
        if let status, !all.contains(where: { ProductFilter(status: status).admits($0) }) {
            let statuses = Set(all.compactMap(\.status)).sorted()
            guard !statuses.isEmpty else {
                return UnmatchedFilter(criterion: { $0.format("criterion_status", status) }, hint: { $0["no_status_yet"] })
            }
            let close = NameSuggester.closest(to: status, among: statuses)
            return UnmatchedFilter(criterion: { $0.format("criterion_status", status) }, hint: { labels in
                let known = labels.format("statuses_in_base", statuses.joined(separator: ", "))
                return close.isEmpty ? known : Self.meant(close, labels, else: "") + " (\(known))"
            })
        }
        if let reference, !all.contains(where: { ProductFilter(reference: reference).admits($0) }) {
            let (substances, named) = Self.referencesInstead(of: reference, among: all)
            return UnmatchedFilter(criterion: { $0.format("criterion_reference", reference) }, hint: { labels in
                named.isEmpty ? labels.format("no_reference_named", substances.isEmpty ? labels["it"] : substances)
                    : labels.format("references_named", substances, named.joined(separator: ", "))
            })
        }
        return nil
    }

    /// "did you mean denosumab?", "did you mean M05BX or M05BA?"; `otherwise` when nothing is close.
    static func meant(_ close: [String], _ labels: ReportLabels, else otherwise: String) -> String {
        close.isEmpty ? otherwise : labels.format("did_you_mean", close.joined(separator: " \(labels["or"]) "))
    }

    /// `reference`'s substances, and the references their biosimilars and generics name instead.
    static func referencesInstead(of reference: String, among all: [ProductSummary]) -> (substances: String, named: [String]) {
        let key = ProductIdentity.nameKey(reference)
        let substances = Set(all.filter { ProductIdentity.nameKey($0.name) == key }.flatMap(\.activeSubstances))
        let named = Set(all.filter { !substances.isDisjoint(with: $0.activeSubstances) }.compactMap(\.reference)).sorted()
        return (substances.sorted().joined(separator: ", "), named)
    }
}
