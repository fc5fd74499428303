import Foundation

/// The facts of a regional treatment guideline laid out as a flowchart: recommendations
/// with their line of therapy, thresholds, biosimilar notes and the adverse events it names.
public enum GuidelineParser {
    /// "1. Valg (peroral)", "2. valg (parenteral)", "1st line (oral)".
    nonisolated(unsafe) static let lineOfTherapy = try! Pattern(
        "(?m)^(?<n>[1-4])\\.? ?(?:valg|linje|line|choice|st line|nd line)\\b[^\\n(]*(?:\\((?<route>[^)\\n]+)\\))?").ignoresCase()
    nonisolated(unsafe) static let maxInterval = try! Pattern(
        "(?:max(?:imalt)?|højst|maximum|no more than|not more than|at most)[^.\\n]{0,20}?(?<n>\\d+) (?<u>måneder|måned|uger|uge|dage|months?|weeks?|days?)").ignoresCase()
    nonisolated(unsafe) static let treatmentWith = try! Pattern(
        "\\p{L}*(?:behandling|behandles|treatment|therapy|treated) (?:med|with) (?<list>[^.]+)").ignoresCase()
    nonisolated(unsafe) static let reimbursement = try! Pattern("tilskud|reimburs|refusion|tilskudsberettiget").ignoresCase()
    nonisolated(unsafe) static let biosimilarTo = try! Pattern(
        "(?<marker>[▲△♦◆*†‡#]?)\\s*(?:er |are )?(?:biosimilære?|biosimilars?) (?:til|to|of|for) (?<ref>\\p{Lu}[\\p{L}\\d-]*)").ignoresCase()

    public static func parse(_ document: ReadDocument, lexicon: Lexicon = .shared) -> DocumentFacts {
        let text = document.text
        let sections = SectionSplitter.guidelineSections(of: text)
        let string = text.string
        let language = document.language
        func section(at offset: Int) -> Section? { sections.last { $0.range.contains(offset) } }
        func evidence(_ range: Range<Int>) -> Evidence {
            Evidence(section: section(at: range.lowerBound)?.heading, quote: text.slice(range), start: range.lowerBound, end: range.upperBound)
        }

        // Lines of therapy by route class.
        var lineForRoute: [String: Int] = [:]
        for match in string.matches(of: lineOfTherapy) {
            guard let n = match["n"]?.substring.flatMap({ Int($0) }), let routeWord = match["route"]?.substring else { continue }
            for route in routeClass(String(routeWord), lexicon: lexicon, language: language) where lineForRoute[route] == nil {
                lineForRoute[route] = n
            }
        }

        // Dosed recommendations, one per substance.
        let lines = TextLine.lines(of: text)
        var recommendations: [(substance: String, products: [String], productList: String?, fields: [(String, JSONValue)], range: Range<Int>, interval: String?)] = []
        for candidate in DoseRecommendationScanner.scan(NormalizedTextLines(text), language: language, lexicon: lexicon)
        where !recommendations.contains(where: { $0.substance == candidate.substance }) {
            var end = max(candidate.doseLine.end, candidate.substanceLine.end)
            var note: String?
            if let next = lines.first(where: { $0.start == end + 1 }), next.text.firstMatch(of: reimbursement) != nil,
               next.text.count <= 60 {
                note = next.text
                end = next.end
            }
            let start = min(candidate.substanceLine.start, candidate.doseLine.start)
            let products = candidate.productList.map(productNames) ?? []
            recommendations.append((candidate.substance, products, candidate.productList, [
                ("substance", .string(candidate.substance)),
                ("products", .strings(products)),
                ("line", candidate.isSupplement ? .null : candidate.route.flatMap { lineForRoute[$0] }.map { .number(Double($0)) } ?? .null),
                ("route", .optional(candidate.route)),
                ("dose", candidate.dose.json),
                ("interval", .optional(candidate.interval)),
                ("max_interval", .null),
                ("reimbursement", .optional(note)),
            ], start..<max(end, candidate.substanceLine.end), candidate.interval))
        }

        // A maximum interval belongs to the recommendation its paragraph speaks of.
        for match in string.matches(of: maxInterval) {
            guard let n = match["n"]?.substring, let u = match["u"]?.substring,
                  let designator = lexicon.concept(.unit, for: String(u)) else { continue }
            let iso = "P\(n)\(designator)"
            let paragraph = paragraphText(around: match.range, in: string)
            let named = recommendations.firstIndex { rec in
                lexicon.matches(.substance, in: paragraph, language: language).contains { $0.concept == rec.substance }
            }
            let sameInterval = IntervalReader.all(in: paragraph, language: language).compactMap { found in
                recommendations.firstIndex { $0.interval == found.value }
            }.first
            guard let index = named ?? sameInterval else { continue }
            if let i = recommendations[index].fields.firstIndex(where: { $0.0 == "max_interval" }) {
                recommendations[index].fields[i].1 = .string(iso)
            }
        }

        var facts: [Fact] = recommendations.map {
            Fact(type: .recommendation, product: nil, fields: $0.fields, evidence: evidence($0.range))
        }

        // Recommendations of prose, lists and flattened tables, for the substances the flowchart did not dose.
        // A flowchart (lines of therapy headed by their route, "1. Valg (peroral)") is read by its
        // substance and dose lines above. Elsewhere what the reader finds in a sentence is fuller
        // (the line of choice, the doses after the first, the alternatives): it stands for its substances.
        let read = lineForRoute.isEmpty ? RecommendationReader.read(text, language: language, lexicon: lexicon) : []
        let readSubstances = Set(read.map(\.substance))
        facts.removeAll { readSubstances.contains($0.string("substance") ?? "") }
        for found in read {
            facts.append(Fact(type: .recommendation, product: nil, fields: [
                ("substance", .string(found.substance)), ("products", .strings(found.products)),
                ("line", found.line.map { .number(Double($0)) } ?? .null), ("route", .optional(found.route)),
                ("dose", found.dose?.json ?? .null), ("interval", .optional(found.interval)), ("max_interval", .null),
                ("reimbursement", .null), ("duration", .optional(found.duration)),
            ], evidence: evidence(found.sentence)))
        }

        // Substances recommended without a dose: "Injektionsbehandling med romosozumab eller teriparatid".
        for sentence in Sentence.split(text, in: 0..<text.count) {
            let flat = sentence.text.replacingOccurrences(of: "\n", with: " ")
            guard let match = flat.firstMatch(of: treatmentWith), let list = match["list"]?.substring else { continue }
            for found in lexicon.matches(.substance, in: String(list), language: language)
            where found.concept != "placebo" && !facts.contains(where: { $0.string("substance") == found.concept }) {
                facts.append(Fact(type: .recommendation, product: nil, fields: [
                    ("substance", .string(found.concept)), ("products", .array([])), ("line", .null), ("route", .null),
                    ("dose", .null), ("interval", .null), ("max_interval", .null), ("reimbursement", .null),
                ], evidence: evidence(sentence.start..<sentence.end)))
            }
        }

        facts += thresholds(in: text, string: string, language: language, lexicon: lexicon, evidence: evidence)
        facts += biosimilarNotes(in: text, string: string, recommendations: recommendations.map { ($0.products, $0.productList) }, evidence: evidence)
        facts += adverseEvents(in: text, language: language, lexicon: lexicon, evidence: evidence)

        let title = sections.first { $0.heading != nil }?.heading
        return DocumentFacts(title: title, sections: sections, facts: facts)
    }

    /// The routes a line-of-therapy heading's parenthesis stands for.
    static func routeClass(_ word: String, lexicon: Lexicon, language: String) -> [String] {
        let lower = word.lowercased()
        if lower.contains("parenteral") || lower.contains("injek") || lower.contains("injection") {
            return ["intravenous", "subcutaneous", "intramuscular"]
        }
        return lexicon.matches(.route, in: word, language: language).map(\.concept)
    }

    nonisolated(unsafe) static let conjunction = try! Pattern("(?:^|\\s)(?:eller|og|or|and)(?:\\s|$)").ignoresCase()

    /// Symbols a guideline sets after product names to point at a footnote.
    static let markers: Set<Character> = ["▲", "△", "♦", "◆", "*", "†", "‡", "#"]

    /// Brand names of a product parenthesis: "fx Aclasta"; "Izamby, Junod, Obodence\nOzvyrti … eller Zadenvi ▲".
    static func productNames(_ list: String) -> [String] {
        let cleaned = String(list.map { markers.contains($0) ? " " : $0 })
        return cleaned.components(separatedBy: CharacterSet(charactersIn: ",\n;"))
            .flatMap { $0.split(separator: conjunction).map(String.init) }
            .map { part in
                var name = part.trimmingCharacters(in: .whitespaces)
                for prefix in ["fx ", "f.eks. ", "e.g. ", "eg "] where name.lowercased().hasPrefix(prefix) {
                    name = String(name.dropFirst(prefix.count))
                }
                return name.trimmingCharacters(in: .whitespaces)
            }
            .filter { $0.first?.isUppercase == true }
    }

    static func paragraphText(around range: Range<String.Index>, in string: String) -> String {
        let before = string[..<range.lowerBound].range(of: "\n\n", options: .backwards)?.upperBound ?? string.startIndex
        let after = string[range.upperBound...].range(of: "\n\n")?.lowerBound ?? string.endIndex
        return String(string[before..<after])
    }

    static func thresholds(in text: NormalizedText, string: String, language: String, lexicon: Lexicon,
                           evidence: (Range<Int>) -> Evidence) -> [Fact] {
        let sentences = Sentence.split(text, in: 0..<text.count)
        var seen = Set<String>()
        var facts: [Fact] = []
        for candidate in ThresholdScanner.scan(string, language: language, lexicon: lexicon) {
            let key = "\(candidate.test)|\(candidate.comparator)|\(candidate.value)|\(candidate.maxValue ?? .nan)"
            guard seen.insert(key).inserted,
                  let sentence = sentences.last(where: { $0.start <= candidate.start }) else { continue }
            let paragraph = paragraphText(around: IntervalReader.index(string, sentence.start)..<IntervalReader.index(string, sentence.end), in: string)
            var fields: [(String, JSONValue)] = [
                ("test", .string(candidate.test)), ("comparator", .string(candidate.comparator)), ("value", .number(candidate.value)),
            ]
            if let max = candidate.maxValue { fields.append(("max_value", .number(max))) }
            fields += [("unit", .optional(candidate.unit)), ("purpose", .optional(purpose(of: paragraph)))]
            facts.append(Fact(type: .threshold, product: nil, fields: fields, evidence: evidence(sentence.start..<sentence.end)))
        }
        return facts
    }

    /// What a threshold is for, from the words of its paragraph.
    static func purpose(of paragraph: String) -> String? {
        let lower = paragraph.lowercased()
        let cues: [(String, [String])] = [
            ("diagnosis", ["diagnose", "diagnosis"]),
            ("before treatment start", ["tjek", "check", "før start", "før behandling", "forud for", "before"]),
            ("target", ["anbefales", "target", "mål for", "bør være"]),
            ("treatment discontinuation", ["seponering", "discontinu", "behandlingspause"]),
            ("referral", ["henvis", "refer"]),
            ("treatment indication", ["behandles", "behandling", "treat", "indikation"]),
        ]
        return cues.first { $0.1.contains(where: lower.contains) }?.0
    }

    static func biosimilarNotes(in text: NormalizedText, string: String, recommendations: [([String], String?)],
                                evidence: (Range<Int>) -> Evidence) -> [Fact] {
        var facts: [Fact] = []
        for sentence in Sentence.split(text, in: 0..<text.count) {
            let flat = sentence.text.replacingOccurrences(of: "\n", with: " ")
            guard let match = flat.firstMatch(of: biosimilarTo), let reference = match["ref"]?.substring else { continue }
            var products: [String] = []
            if let marker = match["marker"]?.substring, !marker.isEmpty {
                products = recommendations.first { $0.1?.contains(marker) == true }?.0 ?? []
            }
            if products.isEmpty {
                products = productNames(String(flat[..<match.range.lowerBound])).filter { $0 != String(reference) }
            }
            guard !products.isEmpty else { continue }
            facts.append(Fact(type: .biosimilarNote, product: nil, fields: [
                ("products", .strings(products)), ("reference_product", .string(String(reference))),
            ], evidence: evidence(sentence.start..<sentence.end)))
        }
        return facts
    }

    /// Adverse events: a sentence naming two or more, or one with a frequency word.
    static func adverseEvents(in text: NormalizedText, language: String, lexicon: Lexicon,
                              evidence: (Range<Int>) -> Evidence) -> [Fact] {
        var facts: [Fact] = []
        for sentence in Sentence.split(text, in: 0..<text.count) {
            let flat = sentence.text.replacingOccurrences(of: "\n", with: " ")
            // Named side effects are the hand-written table's: any two conditions of the vocabulary
            // (a list of risk factors) do not make a sentence about side effects.
            let named = lexicon.matches(.adverseEvent, in: flat, language: language).filter { !$0.generated }
            let frequency = FrequencyReader.first(in: flat, language: language)
            guard named.count >= 2 || (named.count == 1 && frequency != nil) else { continue }
            var region = flat
            if let frequency { region = String(flat[..<frequency.range.lowerBound]) }
            if let verb = region.firstMatch(of: SafetyExtractor.trailingVerb) { region = String(region[..<verb.range.lowerBound]) }
            for term in TermListReader.terms(in: region, category: .adverseEvent, language: language, lexicon: lexicon) {
                let substance = term.note.flatMap { lexicon.firstConcept(.substance, in: $0, language: language) }
                facts.append(Fact(type: .adverseEvent, product: nil, fields: [
                    ("term", .string(term.concept)), ("frequency", .optional(frequency?.value)), ("substance", .optional(substance)),
                ], evidence: evidence(sentence.start..<sentence.end)))
            }
        }
        return facts
    }
}
