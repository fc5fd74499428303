import Foundation

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

/// A side effect one SmPC gives two frequencies: in its running text ("Rare cases of …
/// have been reported") and in its tabulated list ("Not known: …"). The table is the
/// SmPC's statement of frequency, so it is kept and the sentence's is set aside.
public struct FrequencyInTextAndTable: Sendable {
    public let term: String
    /// The facts read from the table, and those from the running text that say otherwise.
    public let kept: [SourcedFact]
    public let dropped: [SourcedFact]

    /// A quote from a tabulated list is a row ("Common: headache, dizziness"), not a sentence.
    static func isTabulated(_ fact: Fact) -> Bool {
        !fact.evidence.quote.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(".")
    }

    public static func find(in facts: [SourcedFact]) -> [FrequencyInTextAndTable] {
        let events = facts.filter { $0.document.kind == DocumentKind.smpc.rawValue && $0.fact.type == .adverseEvent
            && $0.fact.string("frequency") != nil && $0.fact.string("term") != nil }
        var found: [FrequencyInTextAndTable] = []
        var seen = Set<String>()
        for event in events {
            let term = event.fact.string("term")!
            guard seen.insert(event.document.id + "|" + term).inserted else { continue }
            let same = events.filter { $0.document.id == event.document.id && $0.fact.string("term") == term }
            let table = same.filter { isTabulated($0.fact) }
            let tabulated = Set(table.compactMap { $0.fact.string("frequency") })
            let text = same.filter { !isTabulated($0.fact) && !tabulated.contains($0.fact.string("frequency")!) }
            guard !table.isEmpty, !text.isEmpty else { continue }
            found.append(FrequencyInTextAndTable(term: term, kept: table, dropped: text))
        }
        return found
    }

    /// Whether `fact` is one of the set-aside ones.
    public func sets(aside fact: SourcedFact) -> Bool {
        dropped.contains { $0.document.id == fact.document.id && $0.fact == fact.fact }
    }
}
