import Foundation

/// `study_result` facts: a sentence with two or more results ("5,7 % … der fik X, og 5,1 %
/// … der fik Y") with the study's size from the same sentence or from the study description
/// before it ("I et studie blandt 553 kvinder …"; in the older template, the descriptions
/// of "How has X been studied?" in order).
enum StudyResultExtractor {
    nonisolated(unsafe) static let participants = try! Pattern(
        "(?<n>" + NumberReader.pattern + ") (?:[\\p{L}-]+ ){0,2}?(?:kvinder|mænd|patienter|voksne|børn|personer|deltagere|"
            + "women|men|patients|adults|children|people|participants|subjects)\\b").ignoresCase()
    nonisolated(unsafe) static let value = try! Pattern("(?<v>" + NumberReader.pattern + ") ?(?<u>%|mmHg|procentpoint|percentage points)")
    nonisolated(unsafe) static let armCue = try! Pattern(
        "(?:fik|får|behandlet med|given|receiving|received|taking|took|treated with|på|on) (?<name>[\\p{L}][\\p{L}\\d-]*)").ignoresCase()

    static func extract(_ context: OverviewContext) -> [Fact] {
        var facts: [Fact] = []
        var pending: [(count: Int, sentence: Sentence, section: Section)] = []
        var previous: Sentence?
        for (sentence, section) in context.sentences(.studied, .benefits) {
            defer { previous = sentence }
            let text = sentence.text.oneLine
            let ownCount = participantCount(in: text, context)
            let arms = self.arms(in: text, context)
            guard arms.count >= 2 else {
                if let ownCount { pending.append((ownCount, sentence, section)) }
                continue
            }
            var count = ownCount
            var start = sentence.start
            var describing = sentence
            if count == nil, !pending.isEmpty {
                let study = pending.removeFirst()
                count = study.count
                describing = study.sentence
                // The description right before the result is quoted with it.
                if let previous, previous.start == study.sentence.start, study.section.range == section.range {
                    start = study.sentence.start
                }
            }
            let describingText = describing.text.oneLine
            let duration = DurationReader.first(in: text)?.value ?? DurationReader.first(in: describingText)?.value
            let endpoint = context.lexicon.firstConcept(.endpoint, in: text, language: context.language)
                ?? context.lexicon.firstConcept(.endpoint, in: describingText, language: context.language)
            let population = context.lexicon.matches(.population, in: describingText, language: context.language)
                .max { $0.range.count < $1.range.count }?.concept
            facts.append(context.fact(.studyResult, [
                ("participants", count.map { .number(Double($0)) } ?? .null),
                ("population", .optional(population)),
                ("duration", .optional(duration)),
                ("endpoint", .optional(endpoint)),
                ("arms", .array(arms.map { .object([("product", .string($0.product)), ("value", .number($0.value)), ("unit", .string($0.unit))]) })),
            ], context.evidence(start..<sentence.end, in: section)))
        }
        return facts
    }

    static func participantCount(in text: String, _ context: OverviewContext) -> Int? {
        guard let match = text.firstMatch(of: participants), let raw = match["n"]?.substring,
              let value = NumberReader.parse(raw, language: context.language), value >= 2, value == value.rounded() else { return nil }
        return Int(value)
    }

    /// Each result value with the arm named after it, before the next value.
    static func arms(in text: String, _ context: OverviewContext) -> [(product: String, value: Double, unit: String)] {
        let values = text.matches(of: value)
        var arms: [(String, Double, String)] = []
        for (i, match) in values.enumerated() {
            guard let raw = match["v"]?.substring, let number = NumberReader.parse(raw, language: context.language),
                  let unit = match["u"]?.substring else { continue }
            let windowEnd = i + 1 < values.count ? values[i + 1].range.lowerBound : text.endIndex
            let window = text[match.range.upperBound..<windowEnd]
            guard let cue = window.firstMatch(of: armCue), let name = cue["name"]?.substring else { continue }
            let word = String(name)
            let arm: String
            if let substance = context.lexicon.concept(.substance, for: word, language: context.language) {
                arm = substance
            } else if word.first?.isUppercase == true {
                arm = word
            } else {
                continue
            }
            arms.append((arm, number, String(unit)))
        }
        return arms
    }
}
