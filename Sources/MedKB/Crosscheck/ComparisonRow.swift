/// How two products' values for one aspect relate.
public enum ComparisonStatus: String, Sendable, CaseIterable {
    case same, differs
    case onlyA = "only_a", onlyB = "only_b"
    case notStatedA = "not_stated_a", notStatedB = "not_stated_b"
}

/// A value with the fact and document it was read from.
public struct SideValue: Sendable {
    public let text: String
    public let source: SourcedFact
}

/// One line of a comparison: an aspect (`adverse_event`), the concept it is about
/// (`hypocalcaemia`), each side's value with its evidence, and how they relate.
public struct ComparisonRow: Sendable {
    public let aspect: String
    public let key: String
    public let a: SideValue?
    public let b: SideValue?
    public let status: ComparisonStatus

    /// The status of two values of a single-valued aspect (route, dose, …): a side without
    /// the value does not state it.
    static func status(_ a: String?, _ b: String?) -> ComparisonStatus {
        switch (a, b) {
        case let (x?, y?): return x == y ? .same : .differs
        case (nil, _?): return .notStatedA
        case (_?, nil): return .notStatedB
        default: return .same
        }
    }
}
