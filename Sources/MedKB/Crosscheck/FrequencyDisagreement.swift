/// An adverse reaction whose frequency the SmPC and the EPAR overview of the same product
/// state differently: the overview is a summary written later, and a pharmacist should
/// see where it departs from the product information.
public struct FrequencyDisagreement: Sendable {
    public let term: String
    public let smpc: SourcedFact
    public let overview: SourcedFact

    /// Each term both kinds of document give a frequency for, where the frequencies differ;
    /// a term the SmPC lists under two frequencies (two organ classes) disagrees only if
    /// neither matches the overview.
    public static func find(in facts: [SourcedFact]) -> [FrequencyDisagreement] {
        func events(_ kind: DocumentKind) -> [SourcedFact] {
            facts.filter { $0.document.kind == kind.rawValue && $0.fact.type == .adverseEvent && $0.fact.string("frequency") != nil }
        }
        let smpcEvents = events(.smpc)
        var found: [FrequencyDisagreement] = []
        var seen = Set<String>()
        for overview in events(.eparOverview) {
            guard let term = overview.fact.string("term"), seen.insert(term).inserted else { continue }
            let stated = smpcEvents.filter { $0.fact.string("term") == term }
            guard let first = stated.first,
                  !stated.contains(where: { $0.fact.string("frequency") == overview.fact.string("frequency") }) else { continue }
            found.append(FrequencyDisagreement(term: term, smpc: first, overview: overview))
        }
        return found
    }
}
