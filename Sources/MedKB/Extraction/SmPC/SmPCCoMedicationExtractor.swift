import Foundation

/// `co_medication` facts of section 4.2: what the medicine is given with ("skal
/// kombineres med korttids-/hurtigtvirkende insulin", "in combination with metformin"),
/// as far as the lexicon knows the co-medication; the product's own substances are left out.
enum SmPCCoMedicationExtractor {
    nonisolated(unsafe) static let cue = try! Pattern(
        "\\b(?:kombineres med|kombineret med|i kombination med|sammen med|in combination with|combined with|together with|co-administered with)\\b"
    ).ignoresCase()

    static func extract(_ context: SmPCContext, activeSubstances: [String]) -> [Fact] {
        var facts: [Fact] = []
        for section in context.sections("4.2") {
            for sentence in context.sentences(of: section) {
                let text = sentence.text.replacingOccurrences(of: "\n", with: " ")
                guard let match = text.firstMatch(of: cue) else { continue }
                let after = String(text[match.range.lowerBound...])
                let substances = unique(context.lexicon.matches(.coMedication, in: after, language: context.language).map(\.concept))
                    .filter { !activeSubstances.contains($0) }
                guard !substances.isEmpty else { continue }
                facts.append(context.fact(.coMedication, [("substances", .strings(substances))],
                                          context.evidence(sentence.start..<sentence.end, in: section)))
            }
        }
        return facts
    }
}
