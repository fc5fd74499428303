import Foundation

/// `dosing` and `co_medication` facts from how the medicine is used.
enum DosingExtractor {
    nonisolated(unsafe) static let administration = try! Regex(
        "\\b(?:gives|indgives|tages|injiceres|inhaleres|dryppes|påsmøres|given|taken|injected|inhaled|applied|instilled|infused)\\b").ignoresCase()
    nonisolated(unsafe) static let coMedicationCue = try! Regex(
        "tilskud|supplement|sammen med|together with|i kombination med|in combination with|kombineret med|combined with|with methotrexate").ignoresCase()

    static func extract(_ context: OverviewContext, activeSubstances: [String]) -> [Fact] {
        var facts: [Fact] = []
        for (sentence, section) in context.sentences(.howUsed) {
            let text = sentence.text.replacingOccurrences(of: "\n", with: " ")
            let interval = IntervalReader.first(in: text, language: context.language)
            let route = context.lexicon.firstConcept(.route, in: text, language: context.language)
            guard interval != nil || (route != nil && text.firstMatch(of: administration) != nil) else { continue }
            let dose = DoseReader.all(in: text, language: context.language).first?.value
            let sites = unique(context.lexicon.matches(.site, in: text, language: context.language).map(\.concept))
            facts.append(context.fact(.dosing, [
                ("dose", dose?.json ?? .null),
                ("route", .optional(route)),
                ("interval", .optional(interval?.value)),
                ("max_interval", .null),
                ("sites", .strings(sites)),
            ], context.evidence(sentence, in: section)))
        }
        for (sentence, section) in context.sentences(.howUsed, .whatUsedFor, .whatIs) {
            let text = sentence.text.replacingOccurrences(of: "\n", with: " ")
            guard text.firstMatch(of: coMedicationCue) != nil else { continue }
            let substances = unique(context.lexicon.matches(.coMedication, in: text, language: context.language).map(\.concept))
                .filter { !activeSubstances.contains($0) }
            guard !substances.isEmpty else { continue }
            facts.append(context.fact(.coMedication, [("substances", .strings(substances))], context.evidence(sentence, in: section)))
        }
        return facts
    }
}
