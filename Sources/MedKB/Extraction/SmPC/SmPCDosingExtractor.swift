import Foundation

/// The standard adult dose of section 4.2 as a `dosing` fact: the first sentence that
/// gives a dose and an interval, not a reduction, a maximum or what to do after a missed
/// dose; else the first that gives an interval ("Buprenorphine bør administreres hver 7.
/// dag", dose null); else, for a medicine given once, the first that gives a dose and a
/// route ("En dosis på 0,5 ml gives i.m."). The route comes from that sentence, else from
/// the method of administration.
enum SmPCDosingExtractor {
    /// "one drop", "2 tablets", "to pust": doses counted in units of the pharmaceutical form.
    nonisolated(unsafe) static let countedDose = try! Pattern(
        "\\b(?<n>one|two|three|four|five|six|\\d+)\\s+(?<u>drops?|tablets?|capsules?|puffs?|sprays?|inhalations?|sachets?|patch(?:es)?|suppositor(?:y|ies)|pessar(?:y|ies)|vials?|pens?|ampoules?)\\b"
    ).ignoresCase()
    nonisolated(unsafe) static let danishCountedDose = try! Pattern(
        "\\b(?<n>én|en|et|ét|to|tre|fire|fem|seks|\\d+)\\s+(?<u>tablet(?:ter)?|kapsl(?:er)?|kapsel|pust|dråber?|inhalation(?:er)?|brev(?:e)?|depotplast(?:er|re)|plast(?:er|re)|suppositori(?:er|um)|hætteglas|sprøjt(?:er|e)|pust)(?![\\p{L}])"
    ).ignoresCase()
    static let danishUnits: [String: String] = [
        "tablet": "tablet", "kaps": "capsule", "pust": "puff", "dråb": "drop", "inhal": "inhalation", "brev": "sachet",
        "depotplast": "patch", "plast": "patch", "supposit": "suppository", "hætteglas": "vial", "sprøjt": "syringe",
    ]
    nonisolated(unsafe) static let notTheStandardDose = try! Pattern(
        "\\b(?:reduc\\w*|decreas\\w*|increas\\w*|exceed\\w*|maximum|missed|misses|overdose|interrupt\\w*|withh[oe]ld\\w*|resumed"
            + "|reduk\\w*|nedsæt\\w*|øge[st]?|øget|forøg\\w*|overskrid\\w*|maksimal\\w*|glem\\w*|overdos\\w*|afbryd\\w*|genoptag\\w*|justering\\w*)\\b"
    ).ignoresCase()
    nonisolated(unsafe) static let methodOfAdministration = try! Pattern(
        "^(?:method of administration|administration|indgivelsesmåde|administrationsmåde|administrationsvej)"
    ).ignoresCase()
    static let numbers: [String: Double] = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                                            "én": 1, "en": 1, "et": 1, "ét": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6]

    static func extract(_ context: SmPCContext) -> [Fact] {
        context.sections("4.2").compactMap { section in
            let sentences = context.sentences(of: section)
            var withInterval: (Sentence, Found<String>)?
            var withRoute: (Sentence, Dose, String)?
            for sentence in sentences {
                let text = sentence.text.replacingOccurrences(of: "\n", with: " ")
                guard text.firstMatch(of: notTheStandardDose) == nil else { continue }
                let dose = dose(in: text, language: context.language)
                let interval = IntervalReader.first(in: text, language: context.language)
                if let interval, let dose { return fact(sentence, dose, interval.value, sentences, section, context) }
                if let interval, withInterval == nil, isAdministration(text, context) { withInterval = (sentence, interval) }
                if let dose, withRoute == nil, text.firstMatch(of: administration) != nil,
                   text.firstMatch(of: doseNoun) != nil, let route = context.lexicon.firstConcept(.route, in: text, language: context.language) {
                    withRoute = (sentence, dose, route)
                }
            }
            if let (sentence, interval) = withInterval { return fact(sentence, nil, interval.value, sentences, section, context) }
            if let (sentence, dose, _) = withRoute { return fact(sentence, dose, nil, sentences, section, context) }
            return nil
        }
    }

    /// "… bør administreres hver 7. dag", "til subkutan indgivelse en gang dagligt": the
    /// sentence says how the medicine is given, not how often patients are monitored.
    static func isAdministration(_ text: String, _ context: SmPCContext) -> Bool {
        text.firstMatch(of: administration) != nil
            || context.lexicon.firstConcept(.route, in: text, language: context.language) != nil
    }

    /// "En dosis på 0,5 ml gives i.m.": a single dose says it is the medicine's dose.
    nonisolated(unsafe) static let doseNoun = try! Pattern("\\b(?:dosis|doser|dose|doses)\\b").ignoresCase()
    nonisolated(unsafe) static let administration = try! Pattern(
        "\\b(?:administr\\w*|gives|indgives|tages|indtages|injiceres|inhaleres|påsættes|appliceres|anvendes|doseres"
            + "|given|taken|injected|inhaled|applied|administered|infused|dosed)\\b"
    ).ignoresCase()

    static func fact(_ sentence: Sentence, _ dose: Dose?, _ interval: String?, _ sentences: [Sentence], _ section: Section,
                     _ context: SmPCContext) -> Fact {
        let route = context.lexicon.firstConcept(.route, in: sentence.text, language: context.language)
            ?? administrationRoute(sentences, context)
        return context.fact(.dosing, [
            ("dose", dose?.json ?? .null),
            ("route", .optional(route)),
            ("interval", .optional(interval)),
            ("max_interval", .null),
            ("sites", .strings([])),
        ], context.evidence(sentence.start..<sentence.end, in: section))
    }

    static func dose(in text: String, language: String) -> Dose? {
        if let measured = DoseReader.all(in: text, language: language).first?.value { return measured }
        if language == "da", let match = text.firstMatch(of: danishCountedDose), let n = match["n"]?.substring,
           let u = match["u"]?.substring, let value = Double(n) ?? numbers[n.lowercased()],
           let unit = danishUnits.first(where: { u.lowercased().hasPrefix($0.key) })?.value {
            return Dose(value: value, unit: unit)
        }
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
