/// A filter value that no product in the base has: a misspelt substance, an ATC code or
/// status the base does not hold, a product that no biosimilar or generic names as its
/// reference. The message names what is close.
public struct UnmatchedFilter: Error, CustomStringConvertible, Equatable {
    /// "substance denosumabb".
    public let criterion: String
    /// What the user may have meant, or what the base holds instead.
    public let hint: String

    public var description: String { "no product with \(criterion); \(hint)" }
}

extension ProductFilter: CustomStringConvertible {
    /// Whether any criterion is set.
    public var isEmpty: Bool { description.isEmpty }

    /// The criteria in words: "substance denosumab, status withdrawn, biosimilar".
    public var description: String {
        var parts: [String] = []
        if let substance { parts.append("substance \(substance)") }
        if let atc { parts.append("ATC code starting \(atc)") }
        if let status { parts.append("status \(status)") }
        if let reference { parts.append("reference product \(reference)") }
        if biosimilar == true { parts.append("biosimilar") }
        if generic == true { parts.append("generic or hybrid") }
        return parts.joined(separator: ", ")
    }

    /// The first value no product of `all` has on its own, with what is close to it; nil when
    /// each value matches some product (then only their combination matches none).
    public func unmatched(among all: [ProductSummary]) -> UnmatchedFilter? {
        guard !all.isEmpty else {
            return isEmpty ? nil : UnmatchedFilter(criterion: description, hint: "the base holds no products yet; import documents first with `medkb import`")
        }
        if let substance, !all.contains(where: { ProductFilter(substance: substance).admits($0) }) {
            let substances = Set(all.flatMap(\.activeSubstances))
            let close = NameSuggester.closest(to: substance, among: Array(substances))
            // A word of longer names ("insulin" of "insulin glargine"): the filter takes whole names.
            let longer = substances.filter { $0.localizedCaseInsensitiveContains(substance) }.sorted()
            let shown = longer.prefix(5).joined(separator: ", ") + (longer.count > 5 ? " and \(longer.count - 5) more" : "")
            return UnmatchedFilter(criterion: "substance \(substance)", hint: Self.meant(close, else: longer.isEmpty
                ? "no substance in the base is close to it" : "the filter takes a whole name: " + shown))
        }
        if let atc, !all.contains(where: { ProductFilter(atc: atc).admits($0) }) {
            // Compared with the codes at each of ATC's levels (M, M05, M05B, M05BX, M05BX04).
            let levels = Set(all.compactMap(\.atc).flatMap { code in [1, 3, 4, 5, 7].map { String(code.prefix($0)) } })
            let close = NameSuggester.closest(to: atc, among: Array(levels))
            return UnmatchedFilter(criterion: "an ATC code starting \(atc)", hint: levels.isEmpty ? "no product in the base has an ATC code"
                : Self.meant(close, else: "no ATC code in the base starts with one close to it"))
        }
        if let status, !all.contains(where: { ProductFilter(status: status).admits($0) }) {
            let statuses = Set(all.compactMap(\.status)).sorted()
            guard !statuses.isEmpty else {
                return UnmatchedFilter(criterion: "status \(status)",
                                       hint: "no product has a status yet (statuses come from the EMA catalogue; import its .xlsx export)")
            }
            let known = "the statuses in the base: " + statuses.joined(separator: ", ")
            let close = NameSuggester.closest(to: status, among: statuses)
            return UnmatchedFilter(criterion: "status \(status)", hint: close.isEmpty ? known : Self.meant(close, else: "") + " (\(known))")
        }
        if let reference, !all.contains(where: { ProductFilter(reference: reference).admits($0) }) {
            return UnmatchedFilter(criterion: "reference product \(reference)", hint: Self.referencesInstead(of: reference, among: all))
        }
        return nil
    }

    /// "did you mean denosumab?", "did you mean M05BX or M05BA?"; `otherwise` when nothing is close.
    static func meant(_ close: [String], else otherwise: String) -> String {
        close.isEmpty ? otherwise : "did you mean " + close.joined(separator: " or ") + "?"
    }

    /// The references the biosimilars and generics of `reference`'s substances name instead.
    static func referencesInstead(of reference: String, among all: [ProductSummary]) -> String {
        let key = ProductIdentity.nameKey(reference)
        let substances = Set(all.filter { ProductIdentity.nameKey($0.name) == key }.flatMap(\.activeSubstances))
        let named = Set(all.filter { !substances.isDisjoint(with: $0.activeSubstances) }.compactMap(\.reference)).sorted()
        let of = substances.sorted().joined(separator: ", ")
        guard !named.isEmpty else { return "no biosimilar or generic of \(of.isEmpty ? "it" : of) names a reference product" }
        return "the biosimilars and generics of \(of) name " + named.joined(separator: ", ")
    }
}
