/// The catalogue flags biosimilars but does not name what they are biosimilar to.
/// The reference is one of the medicines with the same active substances that are
/// not biosimilars themselves; where there are several (denosumab: Prolia for
/// osteoporosis, Xgeva for bone metastases), the one whose indications the biosimilar
/// shares. A reference was authorised before the biosimilar: an application that
/// was withdrawn or refused was never a medicine, and a currently authorised original
/// wins over a withdrawn one. The basis says in words how the choice was made.
enum ReferenceInference {
    struct Medicine {
        let id: Int64
        let name: String
        let substances: [String]
        /// The catalogue's status ("Authorised", "Withdrawn", "Application withdrawn", ...);
        /// nil for a product known from documents only.
        let status: String?
        let authorisationDate: String?
        var authorised: Bool { status == "Authorised" }
        /// Whether it was ever a medicine: an application withdrawn or refused never was.
        var everAuthorised: Bool { CatalogueStatus.wasAuthorised(status) }
        /// Condition concepts of its indication facts.
        let conditions: Set<String>
        /// Its therapeutic area (MeSH) terms, folded to lowercase words.
        let therapeuticArea: Set<String>
    }

    struct Inference: Equatable {
        let referenceId: Int64?
        let basis: String
    }

    static func infer(for biosimilar: Medicine, candidates all: [Medicine]) -> Inference {
        let substance = biosimilar.substances.joined(separator: " + ")
        let words = ReportLabels.english
        let candidates = eligible(all, for: biosimilar)
        guard !candidates.isEmpty else {
            return Inference(referenceId: nil, basis: words.format("basis_none", substance))
        }
        if candidates.count == 1 {
            let only = candidates[0]
            return Inference(referenceId: only.id, basis: words.format("basis_only", only.name, substance))
        }
        func shared(_ candidate: Medicine) -> [String] { candidate.conditions.intersection(biosimilar.conditions).sorted() }
        func sharedArea(_ candidate: Medicine) -> Int { candidate.therapeuticArea.intersection(biosimilar.therapeuticArea).count }
        // Indications first, then the therapeutic area, then the authorised and the first authorised.
        let ranked = candidates.sorted { a, b in
            let (sa, sb) = (shared(a).count, shared(b).count)
            if sa != sb { return sa > sb }
            let (ta, tb) = (sharedArea(a), sharedArea(b))
            if ta != tb { return ta > tb }
            if a.authorised != b.authorised { return a.authorised }
            return (a.authorisationDate ?? "9999") < (b.authorisationDate ?? "9999")
        }
        let best = ranked[0], runnerUp = ranked[1]
        let names = listed(candidates.map(\.name).sorted(), separator: ", ")
        let others = listed(ranked.dropFirst().map { candidate in
            let common = shared(candidate)
            return "\(candidate.name): " + (common.isEmpty ? words["none"] : common.joined(separator: ", "))
        }, separator: "; ")
        if shared(best).count > shared(runnerUp).count {
            return Inference(referenceId: best.id, basis: words.format("basis_indications", substance, shared(best).joined(separator: ", "), others))
        }
        if sharedArea(best) > sharedArea(runnerUp) {
            return Inference(referenceId: best.id, basis: words.format("basis_area", substance, names))
        }
        if best.authorised != runnerUp.authorised {
            return Inference(referenceId: best.id, basis: words.format("basis_only_authorised", substance, names))
        }
        if best.authorised, let date = best.authorisationDate, date < (runnerUp.authorisationDate ?? "9999") {
            return Inference(referenceId: best.id, basis: words.format("basis_first_authorised", substance, date, names))
        }
        return Inference(referenceId: nil, basis: words.format("basis_undecided", names, substance))
    }

    /// The candidates that can be the reference: ever authorised, and not after the
    /// biosimilar; the currently authorised ones only, when there are any.
    static func eligible(_ candidates: [Medicine], for biosimilar: Medicine) -> [Medicine] {
        let before = candidates.filter { candidate in
            guard candidate.id != biosimilar.id, candidate.everAuthorised else { return false }
            guard let date = candidate.authorisationDate, let biosimilarDate = biosimilar.authorisationDate else { return true }
            return date <= biosimilarDate
        }
        let current = before.filter(\.authorised)
        return current.isEmpty ? before : current
    }

    /// How many candidates a basis names; a longer list says how many more there are.
    static let namesListed = 10

    static func listed(_ items: [String], separator: String) -> String {
        guard items.count > namesListed else { return items.joined(separator: separator) }
        return items.prefix(namesListed).joined(separator: separator) + separator + ReportLabels.english.format("and_more", String(items.count - namesListed))
    }

    static func areaTerms(_ text: String?) -> Set<String> {
        Set((text ?? "").lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count > 3 })
    }
}
