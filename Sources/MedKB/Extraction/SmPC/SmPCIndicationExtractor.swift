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
                } else if let match = text.firstMatch(of: trigger(context.language)) {
                    // "… er ikke velegnet til behandling af akutte smerter" says what it is not for.
                    if text[..<match.range.lowerBound].firstMatch(of: negation) != nil { continue }
                    unit = text[match.range.upperBound...]
                } else {
                    continue
                }
                let expanded = Abbreviations.expand(String(unit), with: abbreviations)
                var conditions = context.lexicon.matches(.condition, in: expanded, language: context.language).map(\.concept)
                // "the reduction of elevated intraocular pressure in adult patients with open-angle
                // glaucoma": what the patients have is the indication, not the sign it treats.
                if let with = expanded.firstMatch(of: patientsWith) {
                    let named = context.lexicon.matches(.condition, in: String(expanded[with.range.upperBound...]), language: context.language)
                    if !named.isEmpty { conditions = named.map(\.concept) }
                }
                if conditions.isEmpty { conditions = compoundConditions(in: text, context) }
                // "… indicated for the treatment of adults with:" introduces the bullets below.
                if conditions.isEmpty, !text.hasSuffix(":"), let phrase = headPhrase(of: unit, context) { conditions = [phrase] }
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

    /// "Behandling af …", "… er indiceret til (præoperativ) behandling af …", "Indikationen
    /// for X er …", "til vedligeholdelsesbehandling af …", "Influenzaprofylakse …".
    nonisolated(unsafe) static let danishTrigger = try! Pattern(
        "(?:er )?indiceret (?:til|som|hos|ved)\\s(?:(?:[\\p{L}-]+\\s){0,2}?(?:\\p{L}*behandling|forebyggelse|profylakse) (?:af|mod)\\s)?|"
            + "^indikationen (?:for [^.]{1,80}? )?er\\s(?:\\p{L}*behandling af\\s)?|"
            + "(?:^|\\s)(?:\\p{L}*behandling|forebyggelse|profylakse) (?:af|mod)\\s|^\\p{L}{3,}profylakse\\b"
    ).ignoresCase()
    nonisolated(unsafe) static let patientsWith = try! Pattern(
        "\\b(?:patients|adults|children|people|patienter|voksne|børn|personer)\\s(?:[\\p{L}-]+\\s){0,3}?(?:with|who have|med|der har|som har)\\s").ignoresCase()
    nonisolated(unsafe) static let negation = try! Pattern("\\b(?:ikke|not)\\b").ignoresCase()

    static func trigger(_ language: String) -> Pattern {
        language == "da" ? danishTrigger : IndicationExtractor.summaryOfProductCharacteristicsTrigger
    }

    /// Danish joins a condition to what is done for it in one word: "Influenzaprofylakse",
    /// "epilepsipatienter", "astmabehandling". The first part, where the lexicon knows it.
    static let compoundHeads = ["profylakse", "behandling", "behandlingen", "patienter", "patient", "patienten", "vaccine", "vaccination"]

    static func compoundConditions(in text: String, _ context: SmPCContext) -> [String] {
        guard context.language == "da" else { return [] }
        var found: [String] = []
        for word in text.split(whereSeparator: { !$0.isLetter && $0 != "-" }) {
            let lower = word.lowercased()
            for head in compoundHeads where lower.hasSuffix(head) && lower.count >= head.count + 4 {
                let stem = String(lower.dropLast(head.count)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
                if let concept = context.lexicon.concept(.condition, for: stem, language: context.language) { found.append(concept) }
                break
            }
        }
        return unique(found)
    }

    /// "the treatment of moderate plaque psoriasis in adults" gives "moderate plaque psoriasis";
    /// a population alone ("er indiceret til voksne") gives none.
    static func headPhrase(of unit: Substring, _ context: SmPCContext) -> String? {
        var rest = String(unit)
        if let trigger = rest.firstMatch(of: trigger(context.language)), trigger.range.lowerBound == rest.startIndex {
            rest = String(rest[trigger.range.upperBound...])
        }
        let (clean, _) = TermListReader.removingParentheses(rest)
        let head = clean.firstMatch(of: IndicationExtractor.headEnd).map { String(clean[..<$0.range.lowerBound]) } ?? clean
        let words = head.trimmingCharacters(in: CharacterSet(charactersIn: " .:")).lowercased()
        guard !words.isEmpty, words.split(separator: " ").count <= 6, words.first?.isLetter == true,
              context.lexicon.concept(.population, for: words, language: context.language) == nil else { return nil }
        return words
    }
}
