import Foundation

/// `indication` facts of section 4.1: each bullet, or each sentence saying what the
/// medicine is indicated for, with the conditions the lexicon knows in it (else the
/// phrase the indication names).
enum SmPCIndicationExtractor {
    static func extract(_ context: SmPCContext) -> [Fact] {
        var facts: [Fact] = []
        for section in context.sections("4.1") {
            let abbreviations = Abbreviations.definitions(in: context.text.slice(section.body).replacingOccurrences(of: "\n", with: " "))
            for sentence in context.sentences(of: section) {
                let text = sentence.text.replacingOccurrences(of: "\n", with: " ")
                let unit: Substring
                if let first = text.first, "•▪◦●-–".contains(first) {
                    unit = text.dropFirst().drop { $0 == " " }
                } else if let match = text.firstMatch(of: IndicationExtractor.summaryOfProductCharacteristicsTrigger) {
                    unit = text[match.range.upperBound...]
                } else {
                    continue
                }
                let expanded = Abbreviations.expand(String(unit), with: abbreviations)
                var conditions = context.lexicon.matches(.condition, in: expanded, language: context.language).map(\.concept)
                // "… indicated for the treatment of adults with:" introduces the bullets below.
                if conditions.isEmpty, !text.hasSuffix(":"), let phrase = headPhrase(of: unit) { conditions = [phrase] }
                let populations = unique(context.lexicon.matches(.population, in: text, language: context.language).map(\.concept))
                let indicationContext = context.lexicon.matches(.context, in: text, language: context.language).first?.concept
                for condition in unique(conditions) {
                    facts.append(context.fact(.indication, [
                        ("condition", .string(condition)),
                        ("population", .strings(populations)),
                        ("context", .optional(indicationContext)),
                    ], context.evidence(sentence.start..<sentence.end, in: section)))
                }
            }
        }
        return facts
    }

    /// "the treatment of moderate plaque psoriasis in adults" gives "moderate plaque psoriasis".
    static func headPhrase(of unit: Substring) -> String? {
        var rest = String(unit)
        if let trigger = rest.firstMatch(of: IndicationExtractor.summaryOfProductCharacteristicsTrigger),
           trigger.range.lowerBound == rest.startIndex {
            rest = String(rest[trigger.range.upperBound...])
        }
        let (clean, _) = TermListReader.removingParentheses(rest)
        let head = clean.firstMatch(of: IndicationExtractor.headEnd).map { String(clean[..<$0.range.lowerBound]) } ?? clean
        let words = head.trimmingCharacters(in: CharacterSet(charactersIn: " .:")).lowercased()
        guard !words.isEmpty, words.split(separator: " ").count <= 6, words.first?.isLetter == true else { return nil }
        return words
    }
}
