import Foundation

/// `adverse_event` and `contraindication` facts from the risks section.
enum SafetyExtractor {
    nonisolated(unsafe) static let contraindicationCue = try! Pattern(
        "(?:må|skal) ikke (?:anvendes|gives|bruges|tages)|must not be (?:used|given|taken)|should not be (?:used|given)|is contraindicated").ignoresCase()
    /// A sentence that starts by naming side effects has its terms after the frequency.
    nonisolated(unsafe) static let sideEffectNoun = try! Pattern("bivirkning|side effects?|adverse (?:reactions?|events?)").ignoresCase()
    nonisolated(unsafe) static let leadingVerb = try! Pattern(
        "^[\\s),:]*(?:omfatter|inkluderer|indbefatter|er|var|include|includes|included|are|is|were|was)\\s+").ignoresCase()
    nonisolated(unsafe) static let trailingVerb = try! Pattern(
        "\\s(?:kan|er|var|ses|forekommer|is|are|was|were|may|can|occur|occurs|have been|has been)\\s").ignoresCase()

    /// Side effects named in passing outside the risks section: "patients experiencing side
    /// effects of flushing and gastrointestinal problems".
    nonisolated(unsafe) static let namedInPassing = try! Pattern(
        "\\bside effects? (?:of|such as|like|including)\\s|\\bbivirkninger (?:i form af|som f\\.eks\\.|såsom|som)\\s").ignoresCase()

    static func extract(_ context: OverviewContext) -> [Fact] {
        var facts: [Fact] = []
        for (sentence, section) in context.sentences(.whatIs, .whatUsedFor, .howUsed, .howWorks) {
            let text = sentence.text.oneLine
            guard let cue = text.firstMatch(of: namedInPassing) else { continue }
            var list = String(text[cue.range.upperBound...])
            if let end = list.firstIndex(where: { ".;".contains($0) }) { list = String(list[..<end]) }
            let frequency = FrequencyReader.first(in: text, language: context.language)?.value
            for term in TermListReader.terms(in: list, category: .adverseEvent, language: context.language, lexicon: context.lexicon) {
                facts.append(context.fact(.adverseEvent, [("term", .string(term.concept)), ("frequency", .optional(frequency))],
                                          context.evidence(sentence, in: section)))
            }
        }
        for (sentence, section) in context.sentences(.risks) {
            let text = sentence.text.oneLine
            if let cue = text.firstMatch(of: contraindicationCue) {
                facts += contraindications(in: String(text[cue.range.upperBound...]), sentence, section, context)
                continue
            }
            guard let frequency = FrequencyReader.first(in: text, language: context.language) else { continue }
            for term in adverseEventTerms(in: text, frequency: frequency, context) {
                facts.append(context.fact(.adverseEvent, [
                    ("term", .string(term)),
                    ("frequency", .string(frequency.value)),
                ], context.evidence(sentence, in: section)))
            }
        }
        return facts
    }

    /// The listed terms: after the frequency when the sentence starts with "the most common
    /// side effects (…)", else the subject before the verb ("Cellulitis … is seen in …").
    static func adverseEventTerms(in text: String, frequency: Found<String>, _ context: OverviewContext) -> [String] {
        let lead = TermListReader.removingParentheses(String(text[..<frequency.range.lowerBound])).text
        let leadWords = lead.split(separator: " ").prefix(5).joined(separator: " ")
        var region: String
        if leadWords.firstMatch(of: sideEffectNoun) != nil {
            var tail = String(text[frequency.range.upperBound...])
            if let close = tail.firstIndex(of: ")"), !tail[..<close].contains("(") { tail = String(tail[tail.index(after: close)...]) }
            guard let verb = tail.firstMatch(of: leadingVerb) else { return [] }
            region = String(tail[verb.range.upperBound...])
            if let end = region.firstIndex(of: ".") { region = String(region[..<end]) }
        } else {
            region = lead
            if let verb = region.firstMatch(of: trailingVerb) { region = String(region[..<verb.range.lowerBound]) }
        }
        return TermListReader.terms(in: region, category: .adverseEvent, language: context.language, lexicon: context.lexicon)
            .map(\.concept)
    }

    static func contraindications(in rest: String, _ sentence: Sentence, _ section: Section, _ context: OverviewContext) -> [Fact] {
        var concepts = context.lexicon.matches(.condition, in: rest, language: context.language).map(\.concept)
        if concepts.isEmpty {
            let cut = rest.firstMatch(of: try! Pattern("(?:med|with|who have|who are|der har|som har) ").ignoresCase())
            let tail = cut.map { String(rest[$0.range.upperBound...]) } ?? ""
            let words = tail.trimmingCharacters(in: CharacterSet(charactersIn: " .")).lowercased()
            if !words.isEmpty, words.split(separator: " ").count <= 6 { concepts = [words] }
        }
        return unique(concepts).map {
            context.fact(.contraindication, [("condition", .string($0))], context.evidence(sentence, in: section))
        }
    }
}
