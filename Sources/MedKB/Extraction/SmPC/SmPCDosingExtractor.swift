import Foundation

/// The standard adult dose of section 4.2 as a `dosing` fact: the first sentence that
/// gives a dose and an interval, not a reduction, a maximum or what to do after a missed
/// dose. The route comes from that sentence, else from the method of administration.
enum SmPCDosingExtractor {
    /// "one drop", "2 tablets": doses counted in units of the pharmaceutical form.
    nonisolated(unsafe) static let countedDose = try! Regex(
        "\\b(?<n>one|two|three|four|five|six|\\d+)\\s+(?<u>drops?|tablets?|capsules?|puffs?|sprays?|inhalations?|sachets?|patch(?:es)?|suppositor(?:y|ies)|pessar(?:y|ies)|vials?|pens?|ampoules?)\\b"
    ).ignoresCase()
    nonisolated(unsafe) static let notTheStandardDose = try! Regex(
        "\\b(?:reduc\\w*|decreas\\w*|increas\\w*|exceed\\w*|maximum|missed|misses|overdose|interrupt\\w*|withh[oe]ld\\w*|resumed)\\b"
    ).ignoresCase()
    nonisolated(unsafe) static let methodOfAdministration = try! Regex("^method of administration", as: Substring.self).ignoresCase()
    static let numbers: [String: Double] = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6]

    static func extract(_ context: SmPCContext) -> [Fact] {
        context.sections("4.2").compactMap { section in
            let sentences = context.sentences(of: section)
            for sentence in sentences {
                let text = sentence.text.replacingOccurrences(of: "\n", with: " ")
                guard text.firstMatch(of: notTheStandardDose) == nil,
                      let interval = IntervalReader.first(in: text, language: context.language),
                      let dose = dose(in: text, language: context.language) else { continue }
                let route = context.lexicon.firstConcept(.route, in: text, language: context.language)
                    ?? administrationRoute(sentences, context)
                return context.fact(.dosing, [
                    ("dose", dose.json),
                    ("route", .optional(route)),
                    ("interval", .string(interval.value)),
                    ("max_interval", .null),
                    ("sites", .strings([])),
                ], context.evidence(sentence.start..<sentence.end, in: section))
            }
            return nil
        }
    }

    static func dose(in text: String, language: String) -> Dose? {
        if let measured = DoseReader.all(in: text, language: language).first?.value { return measured }
        guard let match = text.firstMatch(of: countedDose), let n = match["n"]?.substring, let u = match["u"]?.substring,
              let value = Double(n) ?? numbers[n.lowercased()] else { return nil }
        var unit = u.lowercased()
        if unit.hasSuffix("ies") { unit = String(unit.dropLast(3)) + "y" } else if unit.hasSuffix("ches") { unit = String(unit.dropLast(2)) } else if unit.hasSuffix("s") { unit.removeLast() }
        return Dose(value: value, unit: unit)
    }

    /// The route the "Method of administration" part names ("For ocular use."), else the
    /// first route anywhere in the section.
    static func administrationRoute(_ sentences: [Sentence], _ context: SmPCContext) -> String? {
        let start = sentences.firstIndex { $0.text.firstMatch(of: methodOfAdministration) != nil } ?? sentences.startIndex
        for sentence in sentences[start...] + sentences[..<start] {
            if let route = context.lexicon.firstConcept(.route, in: sentence.text, language: context.language) { return route }
        }
        return nil
    }
}
