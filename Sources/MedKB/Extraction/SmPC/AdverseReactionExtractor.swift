import Foundation

/// `adverse_event` facts of section 4.8: every term of the tabulated list with its
/// frequency category and organ class, and terms whose frequency the running text states
/// in words ("Common adverse reactions include …", "Rash was uncommon", "Rare cases of
/// … have been reported"). A term the lexicon knows gets its concept; others keep their
/// MedDRA wording, lowercased.
enum AdverseReactionExtractor {
    static let frequencyWords = "very common|common|uncommon|very rare|rare"
    nonisolated(unsafe) static let groupSentence = try! Pattern(
        "^(?:the )?(?<freq>\(frequencyWords))(?:ly)? (?:reported )?(?:adverse (?:drug )?reactions?|side effects?|undesirable effects?)(?: \\([^)]*\\))?(?: [^:]{0,60}?)?(?: (?:are|were|include|included|comprise|comprised)\\b:?| ?:) (?<list>.+?)\\.?$"
    ).ignoresCase()
    nonisolated(unsafe) static let predicateSentence = try! Pattern(
        "^(?<list>[^.;:]{3,160}?) (?:is|are|was|were) (?:reported )?(?:as )?(?<freq>\(frequencyWords))\\b"
    ).ignoresCase()
    nonisolated(unsafe) static let casesSentence = try! Pattern(
        "^(?<freq>uncommon|very rare|rare) cases of (?<list>.+?) (?:have|has) been (?:reported|observed)"
    ).ignoresCase()
    nonisolated(unsafe) static let listSeparators = try! Pattern(",\\s+(?:and\\s+|or\\s+)?|\\s+and\\s+|\\s+or\\s+")

    static func extract(_ context: SmPCContext) -> [Fact] {
        var facts: [Fact] = []
        for section in context.sections("4.8") {
            let table = AdverseReactionTable(text: context.text, geometry: context.document.geometry)
            let (terms, tableLines) = table.read(section.body)
            for term in terms {
                facts.append(context.fact(.adverseEvent, [
                    ("term", .string(concept(term.term, context))),
                    ("frequency", .string(term.frequency)),
                    ("system_organ_class", .optional(term.organClass)),
                ], context.evidence(term.quoteStart..<term.range.upperBound, in: section)))
            }
            for sentence in context.sentences(of: section)
            where !tableLines.contains(where: { $0.overlaps(sentence.start..<sentence.end) }) {
                facts += runningText(sentence, section, context)
            }
        }
        return facts
    }

    static func runningText(_ sentence: Sentence, _ section: Section, _ context: SmPCContext) -> [Fact] {
        let text = sentence.text.replacingOccurrences(of: "\n", with: " ")
        let match = text.firstMatch(of: groupSentence) ?? text.firstMatch(of: casesSentence) ?? text.firstMatch(of: predicateSentence)
        guard let match, let frequencyWord = match["freq"]?.substring, let list = match["list"]?.substring,
              let frequency = FrequencyLabel.categories[frequencyWord.lowercased()] else { return [] }
        // "the most common adverse reactions" says nothing of the category.
        if text[..<match.range.lowerBound].lowercased().hasSuffix("most ") || list.lowercased().hasPrefix("most ") { return [] }
        let cleaned = TermListReader.removingParentheses(String(list)).text
        var facts: [Fact] = []
        for piece in cleaned.split(separator: listSeparators) {
            let term = piece.trimmingCharacters(in: CharacterSet(charactersIn: " .,;:")).lowercased()
            guard term.count >= 2, term.split(separator: " ").count <= 6, term.first?.isLetter == true,
                  !["the", "a", "an", "other"].contains(term) else { continue }
            facts.append(context.fact(.adverseEvent, [
                ("term", .string(concept(term, context))),
                ("frequency", .string(frequency)),
                ("system_organ_class", .null),
            ], context.evidence(sentence.start..<sentence.end, in: section)))
        }
        return facts
    }

    static func concept(_ term: String, _ context: SmPCContext) -> String {
        context.lexicon.concept(.adverseEvent, for: term, language: context.language) ?? term
    }
}
