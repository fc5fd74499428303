import Foundation

/// `dosing` and `co_medication` facts from how the medicine is used.
enum DosingExtractor {
    nonisolated(unsafe) static let administration = try! Pattern(
        "\\b(?:gives|indgives|tages|indtages|injiceres|inhaleres|dryppes|påsmøres|smøres|synkes|given|taken|injected|inhaled|applied|instilled|infused|swallowed|administered)\\b").ignoresCase()
    nonisolated(unsafe) static let coMedicationCue = try! Pattern(
        "tilskud|supplement|sammen med|together with|i kombination med|in combination with|kombineret med|combined with|\\b(?:be|is|are) treated with\\b|\\bon its own or with\\b|\\b(?:used|given|taken) with\\b").ignoresCase()

    /// "is available as tablets to be taken by mouth": a form with its route is a way of use.
    nonisolated(unsafe) static let availability = try! Pattern("\\b(?:is|are) available (?:as|in)\\b|\\bfås (?:også )?som\\b|\\bfindes som\\b").ignoresCase()

    /// "up to a maximum of 600 mg a day": a ceiling, not the dose.
    nonisolated(unsafe) static let maximum = try! Pattern("\\b(?:maximum|max\\.|up to|not more than|no more than|højst|maksimalt|maksimum|op til|ikke mere end)\\b").ignoresCase()
    /// "150 mg a day": an amount for the whole day.
    nonisolated(unsafe) static let perDay = try! Pattern("^\\s*(?:a day|per day|each day|daily|om dagen|dagligt|daglig|pr\\.? dag|i døgnet)\\b").ignoresCase()

    /// "gemcitabin (et andet lægemiddel mod kræft)", "cisplatin (another anticancer medicine)":
    /// the text itself says the word is a medicine.
    nonisolated(unsafe) static let anotherMedicine = try! Pattern(
        "(?<s>\\p{Ll}[\\p{L}-]{3,}) \\((?:et andet|endnu et|another|an other)\\b[^)]*\\b(?:lægemiddel|medicine|medicinal product)s?\\b[^)]*\\)").ignoresCase()

    struct Candidate {
        var route: String?
        let interval: String?
        let dose: Dose?
        var sites: [String]
        let evidence: Evidence

        /// Says nothing that `other` does not say too.
        func saysAtMost(_ other: Candidate) -> Bool {
            route == other.route && (interval == nil || interval == other.interval) && (dose == nil || dose == other.dose)
        }
    }

    static func extract(_ context: OverviewContext, activeSubstances: [String]) -> [Fact] {
        // The route the overview states anywhere ("available as tablets", "a powder for inhalation")
        // holds for a dosing sentence that names none.
        let documentRoute = context.sentences(.whatIs, .howUsed).lazy.compactMap {
            RouteReader.first(in: $0.sentence.text.oneLine, language: context.language, lexicon: context.lexicon)
        }.first
        var candidates: [Candidate] = []
        for (sentence, section) in context.sentences(.howUsed) {
            let text = sentence.text.oneLine
            let interval = IntervalReader.first(in: text, language: context.language)
            let statedRoute = RouteReader.first(in: text, language: context.language, lexicon: context.lexicon)
            let administered = text.firstMatch(of: administration) != nil
            guard interval != nil || (statedRoute != nil && (administered || text.firstMatch(of: availability) != nil))
                    || (administered && documentRoute != nil) else { continue }
            // "available as tablets in five strengths, from 5 mg …": strengths, not a dose.
            let found = interval == nil && text.firstMatch(of: availability) != nil ? nil : DoseReader.all(in: text, language: context.language).first
            if let found, text[..<found.range.lowerBound].suffix(30).firstMatch(of: maximum) != nil { continue }
            var dose = found?.value
            // A day's total given in several doses ("150 mg a day, taken twice a day") states no single dose.
            if let found, let interval = interval?.value, interval.hasPrefix("PT"),
               text[found.range.upperBound...].firstMatch(of: perDay) != nil { dose = nil }
            let sites = unique(context.lexicon.matches(.site, in: text, language: context.language).map(\.concept))
            candidates.append(Candidate(route: statedRoute ?? documentRoute, interval: interval?.value, dose: dose,
                                        sites: sites, evidence: context.evidence(sentence, in: section)))
        }
        var facts: [Fact] = []
        for (index, candidate) in candidates.enumerated() {
            // One way of use told over several sentences is one fact: the sentence that says most.
            let covered = candidates.indices.contains { other in
                other != index && candidate.saysAtMost(candidates[other])
                    && (!candidates[other].saysAtMost(candidate) || other < index)
            }
            if covered { continue }
            let sites = unique(candidates.filter { $0.route == candidate.route }.flatMap(\.sites))
            facts.append(context.fact(.dosing, [
                ("dose", candidate.dose?.json ?? .null),
                ("route", .optional(candidate.route)),
                ("interval", .optional(candidate.interval)),
                ("max_interval", .null),
                ("sites", .strings(sites)),
            ], candidate.evidence))
        }
        var named = Set(activeSubstances)
        for (sentence, section) in context.sentences(.howUsed, .whatUsedFor, .whatIs) {
            let text = sentence.text.oneLine
            guard let cue = text.firstMatch(of: coMedicationCue) else { continue }
            // What the medicine is given with: supplements and other medicines, the latter by their INN.
            let after = String(text[cue.range.lowerBound...])
            let explained = after.matches(of: anotherMedicine).compactMap { $0["s"]?.substring }.map { raw -> String in
                let name = String(raw)
                if let known = context.lexicon.concept(.coMedication, for: name, language: context.language)
                    ?? context.lexicon.concept(.substance, for: name, language: context.language) { return known }
                return context.language == "da" ? ActiveSubstanceReader.englishINN(name) : name.lowercased()
            }
            let substances = unique(context.lexicon.matches(.coMedication, in: text, language: context.language).map(\.concept)
                + context.lexicon.matches(.substance, in: after, language: context.language).map(\.concept) + explained)
                .filter { !named.contains($0) }
            guard !substances.isEmpty else { continue }
            named.formUnion(substances)
            facts.append(context.fact(.coMedication, [("substances", .strings(substances))], context.evidence(sentence, in: section)))
        }
        return facts
    }
}
