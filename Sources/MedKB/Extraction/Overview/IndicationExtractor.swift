import Foundation

/// `indication` facts: each bullet, or each sentence that says what the medicine is
/// used to treat, gives its conditions with the population and context around them.
enum IndicationExtractor {
    nonisolated(unsafe) static let trigger = try! Pattern(
        "(?:anvendes|bruges)(?: [^.:]{0,40}?)? (?:til|mod) (?:at (?:behandle|forebygge|lindre) |(?:behandling|forebyggelse) af )?|"
            + "used(?: [^.:]{0,80}?)? (?:to (?:treat|prevent|relieve(?: the symptoms of)?)|for (?:the )?(?:treatment|prevention) of|in the (?:treatment|prevention) of) |"
            + "indicated (?:for|in) (?:the )?(?:treatment|prevention) of |"
            // "a vaccine to prevent cholera", "used to protect adults … against invasive meningococcal disease"
            + "\\b(?:medicine|vaccine|lægemiddel)s? (?:used )?to (?:treat|prevent) |\\bto protect [^.:]{0,120}? against |"
            + "\\bvaccine til (?:at )?forebygge(?:lse af)? |\\bbeskytte [^.:]{0,120}? mod |"
            // "used in adults … who have sickle cell disease", "et lægemiddel til patienter med skizofreni"
            + "\\b(?:used|anvendes|bruges) (?:in|hos|til) (?!combination|kombination)[^.:]{0,100}? (?:who have|who has|with|med|der har|som har) |"
            + "\\b(?:medicine|lægemiddel) (?:for|til) (?=(?:patients|people|adults|children|patienter|personer|voksne|børn)\\b)"
    ).ignoresCase()
    /// Section 4.1 of an SmPC (and the catalogue's indication column) names the condition
    /// directly: "Treatment of osteoporosis in …", "X is indicated for the treatment of …".
    nonisolated(unsafe) static let summaryOfProductCharacteristicsTrigger = try! Pattern(
        "indicated (?:for|in|as) (?:the )?(?:(?:treatment|prevention|prophylaxis|management) of )?|"
            + "(?:treatment|prevention|prophylaxis|management) of (?:the )?").ignoresCase()
    /// Where the condition ends and the population begins.
    nonisolated(unsafe) static let headEnd = try! Pattern(
        "\\s(?:hos|in|i|among|blandt|der|who|which|that|som|efter|after|when|når|hvor|where|caused by|forårsaget af|affecting|involving)\\s|[,:;]|\\s[–—-]\\s").ignoresCase()
    /// Who has the condition, before it: "adults and children with", "patients from the age of 10 years with".
    nonisolated(unsafe) static let populationLead = try! Pattern(
        "^[^,.;]{0,80}?\\b(?:adults?|children|child|adolescents?|patients?|people|persons?|individuals|men|women|infants?|babies|newborns?|"
            + "voksne|børn|unge|patienter|personer|mænd|kvinder|spædbørn|nyfødte)\\b[^,.;]{0,60}?\\s(?:with|who have|who has|med|der har|som har)\\s"
    ).ignoresCase()
    /// A population alone is no condition: "patienter på 15 år og derover".
    nonisolated(unsafe) static let populationOnly = try! Pattern(
        "^(?:the )?(?:adults?|children|adolescents?|patients?|people|persons?|infants?|voksne|børn|unge|patienter|personer|mænd|kvinder)\\b").ignoresCase()
    /// A list item without its bullet starts with what the patients have: "for nylig har haft et
    /// myokardieinfarkt", "har en sygdom kaldet …", "have recently had a heart attack".
    nonisolated(unsafe) static let itemLead = try! Pattern(
        "^(?:(?:for nylig|recently) )?(?:har|have|has)(?: (?:for nylig|recently))?(?: (?:haft|had|fået))?(?: (?:en|et|a|an))?(?: (?:sygdom|disease|tilstand|condition) (?:kaldet|called))?\\s+"
    ).ignoresCase()
    /// What a condition is not: "in adults who do not have diabetes".
    nonisolated(unsafe) static let negated = try! Pattern(
        "\\b(?:who|that) (?:do|does|did) not have\\b[^,.;]*|\\bwithout\\b[^,.;]*|\\buden\\b[^,.;]*|\\b(?:der|som) ikke har\\b[^,.;]*").ignoresCase()
    /// "impaired vision due to macular oedema": the condition treated is the cause.
    nonisolated(unsafe) static let cause = try! Pattern("\\s(?:due to|secondary to|på grund af|som følge af)\\s").ignoresCase()
    nonisolated(unsafe) static let qualifierWords = try! Pattern("\\b(?:so-called|såkaldte?|moderately|severely|moderate|severe|mild|active|to|til|and|og|or|eller|moderat|svær|let|aktiv)\\b").ignoresCase()
    static let genericNouns: Set<String> = ["disease", "diseases", "condition", "conditions", "symptoms", "problems", "sygdom", "sygdomme", "tilstand", "tilstande", "symptomer", "problemer"]

    static func extract(_ context: OverviewContext, trigger: Pattern = trigger) -> [Fact] {
        var facts: [Fact] = []
        var seen = Set<String>()
        // A sentence ending in ":" opens a list; its items may have lost their bullets (a
        // mirror's text) and then start in lower case. A paragraph that is no item closes it.
        var listOpen = false
        var listPopulations: [String] = []
        for (sentence, section) in context.sentences(.whatUsedFor, .whatIs) {
            let text = sentence.text.oneLine
            let unit: Substring
            var isItem = true
            if let first = text.first, "•▪◦-–".contains(first) {
                unit = text.dropFirst().drop { $0 == " " }
            } else if listOpen, text.first?.isLowercase == true {
                unit = Substring(text)
            } else if let rest = context.after(trigger, in: text) {
                unit = rest
                isItem = false
            } else {
                if text.hasSuffix(":") {
                    listOpen = true
                    listPopulations = unique(context.lexicon.matches(.population, in: text, language: context.language).map(\.concept))
                } else if startsParagraph(sentence, in: context.document.text) {
                    listOpen = false
                }
                continue
            }
            let flat = unit.oneLine
            let ownPopulations = unique(context.lexicon.matches(.population, in: text, language: context.language).map(\.concept))
            // An item of "used to treat adults with:" is about the adults unless it names its own.
            let populations = ownPopulations.isEmpty && isItem && listOpen ? listPopulations : ownPopulations
            if text.hasSuffix(":") {
                listOpen = true
                listPopulations = populations
            } else if !isItem {
                listOpen = false
            }
            let contextConcept = firstListed(.context, in: flat, context)
            // The same condition again is the same indication when it only names another
            // population ("… hos unge på 13 år og derover"); otherwise it is told apart by more.
            for condition in conditions(in: flat, context)
            where seen.insert("\(condition)|\(contextConcept ?? "")").inserted || ownPopulations.isEmpty {
                facts.append(context.fact(.indication, [
                    ("condition", .string(condition)),
                    ("population", .strings(populations)),
                    ("context", .optional(contextConcept)),
                ], context.evidence(sentence, in: section)))
            }
        }
        return facts
    }

    static func startsParagraph(_ sentence: Sentence, in text: NormalizedText) -> Bool {
        var index = sentence.start
        while index > 0, text.scalars[index - 1] == " " { index -= 1 }
        return index == 0 || (index >= 2 && text.scalars[index - 1] == "\n" && text.scalars[index - 2] == "\n")
    }

    /// The conditions a stretch names: the lexicon's, in the part before the population and
    /// the explanations, else in the whole; else the head's own words when they are a condition.
    static func conditions(in unit: String, _ context: OverviewContext) -> [String] {
        var clean = TermListReader.removingParentheses(unit).text
        clean = clean.replacing(negated, with: "")
        if let lead = clean.firstMatch(of: itemLead) { clean = String(clean[lead.range.upperBound...]) }
        if let lead = clean.firstMatch(of: populationLead),
           context.lexicon.matches(.condition, in: String(clean[lead.range]), language: context.language).isEmpty {
            clean = String(clean[lead.range.upperBound...])
        }
        var head = clean.firstMatch(of: headEnd).map { String(clean[..<$0.range.lowerBound]) } ?? clean
        var caused = false
        if let cause = head.firstMatch(of: cause) {
            head = String(head[cause.range.upperBound...])
            caused = true
        }
        let headMatches = context.lexicon.matches(.condition, in: head, language: context.language)
        var conditions = headMatches.map(\.concept)
        if context.language == "en", headMatches.count == 1, let narrowed = narrowing(headMatches[0], in: head) {
            conditions = [narrowed]
        }
        if conditions.isEmpty, !caused {
            conditions = context.lexicon.matches(.condition, in: clean, language: context.language).map(\.concept)
        }
        if conditions.isEmpty {
            let words = head.trimmingCharacters(in: CharacterSet(charactersIn: " .\"“”'‘’")).lowercased()
                .replacingOccurrences(of: "so-called ", with: "").replacingOccurrences(of: "såkaldte ", with: "")
            let substantive = words.replacing(qualifierWords, with: " ").split(separator: " ").map(String.init)
            guard !words.isEmpty, words.split(separator: " ").count <= 6, !words.hasPrefix("the following"), !words.hasPrefix("følgende"),
                  words.firstMatch(of: populationOnly) == nil,
                  !substantive.isEmpty, !(substantive.count == 1 && genericNouns.contains(substantive[0]))
            else { return [] }
            conditions = [words]
        }
        return unique(conditions)
    }

    /// "peripheral neuropathic pain" where the lexicon knows only "pain": English adjectives
    /// before the condition that narrow it ("-al", "-ic", "-ous", "-ive", "-ar", "-ed") belong to
    /// it; severity and extent ("moderate to severe", "active", "metastatic") do not.
    static func narrowing(_ match: Lexicon.Match, in head: String) -> String? {
        let scalars = Array(head.unicodeScalars)
        guard match.range.upperBound <= scalars.count,
              String(String.UnicodeScalarView(scalars[match.range.upperBound...])).trimmingCharacters(in: CharacterSet(charactersIn: " .")).isEmpty
        else { return nil }
        let before = String(String.UnicodeScalarView(scalars[..<match.range.lowerBound])).lowercased()
            .replacing(qualifierWords, with: " ").split(separator: " ").map(String.init)
        let narrowing = before.reversed().prefix { word in
            !["the", "a", "an", "of", "with"].contains(word) && ["al", "ic", "ous", "ive", "ar", "ed", "ile"].contains { word.hasSuffix($0) }
                && !["metastatic", "advanced", "localised", "localized", "recurrent", "refractory", "untreated", "treated"].contains(word)
        }
        guard !narrowing.isEmpty, narrowing.count <= 2 else { return nil }
        let matched = String(String.UnicodeScalarView(scalars[match.range])).lowercased()
        return (narrowing.reversed() + [matched]).joined(separator: " ")
    }

    /// Of the lexicon's phrases found in the text, the concept of the one listed first.
    static func firstListed(_ category: Lexicon.Category, in text: String, _ context: OverviewContext) -> String? {
        let found = Set(context.lexicon.matches(category, in: text, language: context.language).map(\.phrase))
        return context.lexicon.entries(category).first { found.contains($0.phrase) }?.concept
    }
}

/// The values in their order, each once; `folding` case ("Soft capsule", "soft capsule").
func unique(_ values: [String], folding: Bool = false) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert(folding ? $0.lowercased() : $0).inserted }
}
