/// What `medkb changes` may narrow to; nil means any. Each compares without case: the
/// substance whole (one of the product's), the ATC code by its start, the therapeutic
/// area by a word or phrase in it, the status as the newer export gives it.
public struct ChangeFilter: Sendable {
    public var substance: String?
    public var atc: String?
    public var area: String?
    public var status: String?

    public init(substance: String? = nil, atc: String? = nil, area: String? = nil, status: String? = nil) {
        (self.substance, self.atc, self.area, self.status) = (substance, atc, area, status)
    }

    var isEmpty: Bool { substance == nil && atc == nil && area == nil && status == nil }

    func admits(_ product: CatalogueChanges.Product) -> Bool {
        if let substance, !product.activeSubstances.contains(where: { $0.caseInsensitiveCompare(substance) == .orderedSame }) { return false }
        if let atc, !(product.atc ?? "").uppercased().hasPrefix(atc.uppercased()) { return false }
        if let area, (product.therapeuticArea ?? "").range(of: area, options: [.caseInsensitive, .diacriticInsensitive]) == nil { return false }
        if let status, (product.status ?? "").caseInsensitiveCompare(status) != .orderedSame { return false }
        return true
    }
}
