import Foundation

/// `indication` facts: each bullet, or each sentence that says what the medicine is
/// used to treat, gives its conditions with the population and context around them.
enum IndicationExtractor {
    nonisolated(unsafe) static let trigger = try! Regex(
        "(?:anvendes|bruges)(?: [^.:]{0,40}?)? (?:til|mod) (?:at (?:behandle|forebygge) |(?:behandling|forebyggelse) af )?|"
            + "used(?: [^.:]{0,40}?)? (?:to (?:treat|prevent)|for (?:the )?(?:treatment|prevention) of|in the (?:treatment|prevention) of) |"
            + "indicated (?:for|in) (?:the )?(?:treatment|prevention) of ").ignoresCase()
    /// Section 4.1 of an SmPC (and the catalogue's indication column) names the condition
    /// directly: "Treatment of osteoporosis in …", "X is indicated for the treatment of …".
    nonisolated(unsafe) static let summaryOfProductCharacteristicsTrigger = try! Regex(
        "indicated (?:for|in|as) (?:the )?(?:(?:treatment|prevention|prophylaxis|management) of )?|"
            + "(?:treatment|prevention|prophylaxis|management) of (?:the )?").ignoresCase()
    /// Where the condition ends and the population begins.
    nonisolated(unsafe) static let headEnd = try! Regex(
        "\\s(?:hos|in|i|among|blandt|der|who|which|that|som|efter|after|when|når|hvor|where)\\s|[,:;]").ignoresCase()

    static func extract(_ context: OverviewContext, trigger: Regex<AnyRegexOutput> = trigger) -> [Fact] {
        var facts: [Fact] = []
        for (sentence, section) in context.sentences(.whatUsedFor, .whatIs) {
            let text = sentence.text.replacingOccurrences(of: "\n", with: " ")
            let unit: Substring
            if let first = text.first, "•▪◦-–".contains(first) {
                unit = text.dropFirst().drop { $0 == " " }
            } else if let rest = context.after(trigger, in: text) {
                unit = rest
            } else {
                continue
            }
            let (clean, _) = TermListReader.removingParentheses(String(unit))
            let flat = clean.replacingOccurrences(of: "\n", with: " ")
            let head = flat.firstMatch(of: headEnd).map { String(flat[..<$0.range.lowerBound]) } ?? flat
            var conditions = context.lexicon.matches(.condition, in: head, language: context.language).map(\.concept)
            if conditions.isEmpty {
                // "used to lower the pressure in the eye in adults with ocular hypertension"
                conditions = context.lexicon.matches(.condition, in: flat, language: context.language).map(\.concept)
            }
            if conditions.isEmpty {
                let words = head.trimmingCharacters(in: CharacterSet(charactersIn: " .")).lowercased()
                guard !words.isEmpty, words.split(separator: " ").count <= 6,
                      !["følgende tilstande", "the following conditions", "følgende sygdomme", "the following diseases"].contains(words)
                else { continue }
                conditions = [words]
            }
            let populations = unique(context.lexicon.matches(.population, in: flat, language: context.language).map(\.concept))
            let contextConcept = firstListed(.context, in: flat, context)
            for condition in unique(conditions) {
                facts.append(context.fact(.indication, [
                    ("condition", .string(condition)),
                    ("population", .strings(populations)),
                    ("context", .optional(contextConcept)),
                ], context.evidence(sentence, in: section)))
            }
        }
        return facts
    }

    /// Of the lexicon's phrases found in the text, the concept of the one listed first.
    static func firstListed(_ category: Lexicon.Category, in text: String, _ context: OverviewContext) -> String? {
        let found = Set(context.lexicon.matches(category, in: text, language: context.language).map(\.phrase))
        return context.lexicon.entries(category).first { found.contains($0.phrase) }?.concept
    }
}

func unique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
}
