import Foundation

/// `risk_measure` facts: "a patient card on the risk of osteonecrosis of the jaw".
enum RiskMeasureExtractor {
    static func extract(_ context: OverviewContext) -> [Fact] {
        var facts: [Fact] = []
        for (sentence, section) in context.sentences(.safeUse) {
            let text = sentence.text.oneLine
            for measure in unique(context.lexicon.matches(.measure, in: text, language: context.language).map(\.concept)) {
                let risk = context.lexicon.firstConcept(.adverseEvent, in: text, language: context.language)
                let phrase = risk.map { "\(measure) on \($0)" } ?? measure
                facts.append(context.fact(.riskMeasure, [("measure", .string(phrase))], context.evidence(sentence, in: section)))
            }
        }
        return facts
    }
}
