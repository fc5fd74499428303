import Foundation

/// Reads recommendations from guideline prose, bullet lists and tables flattened to lines:
/// "Pivmecillinam 400 mg x 3 i 3 dage", "Der gives en bolus på 400 mg PTU og herefter 200 mg
/// hver 4. time", "Benazepril 20-40 mg", "gives 5 MIE penicillin (3 g) intravenøst".
///
/// Each mention of a substance of the vocabulary is a recommendation when a dose, a route,
/// an interval or a word of choice ("foretrækkes", "rekommanderet", "1. valg") goes with it;
/// the dose, route and interval are the ones between it and the next substance mentioned
/// (a dose just before it, "400 mg PTU", is its own). A line of choice ("1. valg",
/// "Førstevalgsbehandling", "foretrækkes") holds for what follows until an alternative
/// ("Alternativt", "Penicillinallergi:", "2. valg") or the next paragraph that opens with one.
public enum RecommendationReader {
    public struct Recommendation: Sendable {
        public let substance: String
        public let products: [String]
        public let line: Int?
        public let route: String?
        public let dose: Dose?
        public let interval: String?
        public let duration: String?
        /// Scalar offsets of the sentence it was read from.
        public let sentence: Range<Int>
        /// The paragraph it stands in, counted from 0.
        let paragraph: Int
    }

    /// "1. valg", "2. valg", "førstevalg(sbehandling)", "1. valgsopioid", "first-line", "second line".
    nonisolated(unsafe) static let choice = try! Pattern(
        "(?<n>[1-4])\\. ?valg|(?<first>førstevalg|first[- ]line|first choice|foretrækkes|foretrukne|preferred|rekommanderet|recommended)"
            + "|(?<second>andenvalg|second[- ]line|second choice)"
            + "|(?<alt>alternativt|alternatively|ved [\\p{L}-]*allergi|[\\p{L}-]*allergi:|in case of [\\p{L} -]*allergy|if [\\p{L} -]*allergic)"
    ).ignoresCase()

    /// Words that make a substance mentioned without a dose, route or interval a recommendation.
    nonisolated(unsafe) static let recommending = try! Pattern(
        "\\b(?:gives|anvendes|anbefales|vælges|startes|bruges|ordineres|foretrækkes|rekommanderet|kan vælges|behandles med|behandling med|"
            + "is given|are given|is recommended|are recommended|is preferred|should be given|use|treat with|treatment with)\\b"
    ).ignoresCase()

    /// "x 3", "x 2-4" after a dose: times a day, the shorthand of Danish prescriptions.
    nonisolated(unsafe) static let timesShorthand = try! Pattern("^\\s*(?:[,;]\\s*)?x\\s?(?<n>[1-6])(?![\\d,.-])(?!\\s*(?:mg|g|ml|µg))").ignoresCase()

    /// "hver 4. time", "hver 8. time", "every 6 hours", "med 4-6 timers interval".
    nonisolated(unsafe) static let everyHours = try! Pattern("(?:hver|every|q) ?(?<n>\\d{1,2})\\.? ?(?:time|timer|hours?|h)\\b").ignoresCase()

    /// A daily dose "fordelt på 3 doser", "in 3 divided doses": three times a day.
    nonisolated(unsafe) static let dividedDoses = try! Pattern("(?:fordelt på|delt i|in) (?<n>[2-6]) (?:doser|deldoser|divided doses|doses)").ignoresCase()

    /// "i 3 dage", "i 7-10 dage", "i 2-3 døgn", "for 5 days".
    nonisolated(unsafe) static let duration = try! Pattern(
        "\\b(?:i|for) (?<n>\\d{1,3})(?:\\s*[-–]\\s*(?<m>\\d{1,3}))? ?(?<u>dage|døgn|dag|uger|uge|måneder|days?|weeks?|months?)\\b").ignoresCase()

    /// A substance written with its abbreviation: "Propylthiouracil (PTU)".
    nonisolated(unsafe) static let abbreviation = try! Pattern("^\\s*\\((?<a>\\p{Lu}{2,6})\\)")

    /// Dose forms that say the route: "tabl.", "Tbl.", "depottabl.", "inj.", "mikstur".
    nonisolated(unsafe) static let oralForm = try! Pattern("\\b(?:depottabl|tabl|tbl|kaps|mikstur|tablet|tabletter|depottabletter|capsules?|tablets?)\\b\\.?").ignoresCase()

    public static func read(_ text: NormalizedText, language: String, lexicon: Lexicon = .shared) -> [Recommendation] {
        var found: [Recommendation] = []
        var aliases: [String: String] = [:]
        var currentLine: Int?
        // Whether the last choice word stood in a line of its own ("1. valg: Triple behandling"),
        // a heading over the paragraphs below.
        var lastChoiceWasHeading = false
        // Paragraphs are counted so that a sentence that doses without naming ("doseres depottabl.
        // 2 gange dgl.") can take the one substance its paragraph is about.
        var paragraph = 0
        var unnamed: [(paragraph: Int, line: Int?, route: String?, interval: String, sentence: Range<Int>)] = []
        for sentence in Sentence.split(text, in: 0..<text.count) {
            if sentence.start > 0, isParagraphStart(text, sentence.start) { paragraph += 1 }
            let flat = sentence.text.replacingOccurrences(of: "\n", with: " ")
            let scalars = Array(flat.unicodeScalars)
            func string(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }

            // The choice words of the sentence, in order; each changes the line from where it stands.
            var choices: [(at: Int, line: Int?)] = []
            for match in flat.matches(of: choice) {
                let at = flat.unicodeScalars.distance(from: flat.startIndex, to: match.range.lowerBound)
                if let n = match["n"]?.substring.flatMap({ Int($0) }) { choices.append((at, n)) }
                else if match["first"]?.substring != nil { choices.append((at, 1)) }
                else if match["second"]?.substring != nil { choices.append((at, 2)) }
                else { choices.append((at, nil)) }
            }
            // A paragraph of its own after a blank line starts without the line of the one before,
            // unless a heading above set it ("1. valg: Triple behandling").
            if choices.isEmpty, sentence.start > 0, isParagraphStart(text, sentence.start), !isContinuation(text, sentence.start) {
                currentLine = currentLine.flatMap { _ in lastChoiceWasHeading ? currentLine : nil }
            }

            var mentions = lexicon.matches(.substance, in: flat, language: language).filter { $0.concept != "placebo" }
                .map { (range: $0.range, concept: $0.concept) }
            for (abbreviation, concept) in aliases {
                for match in flat.matches(of: try! Pattern("\\b" + NSRegularExpression.escapedPattern(for: abbreviation) + "\\b")) {
                    let start = flat.unicodeScalars.distance(from: flat.startIndex, to: match.range.lowerBound)
                    let range = start..<(start + abbreviation.unicodeScalars.count)
                    if !mentions.contains(where: { $0.range.overlaps(range) }) { mentions.append((range, concept)) }
                }
            }
            mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
            for mention in mentions {
                let after = string(mention.range.upperBound..<scalars.count)
                if let match = after.firstMatch(of: abbreviation), let short = match["a"]?.substring { aliases[String(short)] = mention.concept }
            }

            // A strength ("50mg/ml") is not a dose; mg/kg is.
            let doses = DoseReader.all(in: flat, language: language).map { found in
                (range: offset(flat, found.range.lowerBound)..<offset(flat, found.range.upperBound), dose: found.value)
            }.filter { dose in
                let rest = string(dose.range.upperBound..<min(scalars.count, dose.range.upperBound + 8)).lowercased()
                let before = string(max(0, dose.range.lowerBound - 8)..<dose.range.lowerBound)
                // A threshold ("doser over 200 mg") is no dose either.
                // An infusion rate ("150 ml/t") is how fast, not how much.
                return !(rest.hasPrefix("/ml") || rest.hasPrefix("/l") || rest.hasPrefix("/dosis") || rest.hasPrefix("/tablet")
                         || rest.hasPrefix("/t") || rest.hasPrefix("/h"))
                    && before.firstMatch(of: DoseRecommendationScanner.comparatorBefore) == nil
            }
            // Intervals of a stretch that names no substance, without those of a threshold
            // dose ("doser over 200 mg dgl." is the threshold's).
            func intervalsWithoutName(_ stretch: String) -> [String] {
                let thresholds = DoseReader.all(in: stretch, language: language).filter { dose in
                    stretch[..<dose.range.lowerBound].suffix(8).firstMatch(of: DoseRecommendationScanner.comparatorBefore) != nil
                }
                return IntervalReader.all(in: stretch, language: language).filter { interval in
                    !thresholds.contains { interval.range.lowerBound >= $0.range.upperBound
                        && offset(stretch, interval.range.lowerBound) - offset(stretch, $0.range.upperBound) <= 2 }
                }.map(\.value)
            }
            if mentions.isEmpty, flat.firstMatch(of: oralForm) != nil || lexicon.firstConcept(.route, in: flat, language: language) != nil,
               let interval = intervalsWithoutName(flat).first {
                for choice in choices { currentLine = choice.line }
                unnamed.append((paragraph, currentLine, lexicon.firstConcept(.route, in: flat, language: language) ?? "oral",
                                interval, sentence.start..<sentence.end))
            }
            for (index, mention) in mentions.enumerated() {
                let previousEnd = index > 0 ? mentions[index - 1].range.upperBound : 0
                let nextStart = index + 1 < mentions.count ? mentions[index + 1].range.lowerBound : scalars.count
                // A dose right before the name ("400 mg PTU", "2 mg propranolol") is this substance's.
                let before = doses.last { $0.range.upperBound <= mention.range.lowerBound && $0.range.lowerBound >= previousEnd
                    && string($0.range.upperBound..<mention.range.lowerBound).split(separator: " ").count <= 1 }
                let scopeStart = before?.range.lowerBound ?? mention.range.upperBound
                // Each dose of the mention's stretch is a recommendation ("400 mg PTU og herefter 200 mg hver 4. time");
                // a dose in parentheses restates the one before it in another unit ("5 MIE penicillin (3 g)").
                // A dose right before the next substance ("dosis 5 ml Natrium-jodid") is that one's.
                let within = doses.filter { dose in
                    dose.range.lowerBound >= mention.range.upperBound && dose.range.upperBound <= nextStart
                        && !(nextStart < scalars.count && string(dose.range.upperBound..<nextStart).split(separator: " ").count <= 1)
                }
                let after = within.enumerated().filter { position, dose in
                    let restates = (before != nil || position > 0) && string(max(0, dose.range.lowerBound - 2)..<dose.range.lowerBound).contains("(")
                    return !restates
                }.map(\.element)
                var dosed: [(dose: Dose?, end: Int)] = (before.map { [($0.dose, $0.range.upperBound)] } ?? []) + after.map { ($0.dose, $0.range.upperBound) }
                if dosed.isEmpty { dosed = [(nil, mention.range.upperBound)] }
                let wider = string(scopeStart..<nextStart)
                let route = lexicon.firstConcept(.route, in: wider, language: language)
                    ?? (wider.firstMatch(of: oralForm) != nil || string(previousEnd..<mention.range.lowerBound).firstMatch(of: oralForm) != nil ? "oral" : nil)
                // "doseres depottabl. 2 gange dgl. … gives 3 gange dgl. Morfin er rekommanderet": a substance
                // named after the dosing it ends, with nothing of its own, takes the intervals before it.
                if index == 0, before == nil, after.isEmpty, IntervalReader.first(in: string(mention.range.upperBound..<nextStart), language: language) == nil {
                    let earlier = intervalsWithoutName(string(0..<mention.range.lowerBound))
                    if !earlier.isEmpty {
                        for choice in choices where choice.at <= mention.range.lowerBound { currentLine = choice.line }
                        for interval in earlier {
                            found.append(Recommendation(substance: mention.concept, products: [], line: currentLine, route: route,
                                                        dose: nil, interval: interval, duration: nil, sentence: sentence.start..<sentence.end,
                                                        paragraph: paragraph))
                        }
                        continue
                    }
                }
                let recommends = flat.firstMatch(of: recommending) != nil
                for choice in choices where choice.at <= mention.range.lowerBound { currentLine = choice.line }
                let chosen = choices.contains { $0.at <= mention.range.lowerBound } || currentLine != nil
                for (position, item) in dosed.enumerated() {
                    // The interval stands after its dose, before the next one.
                    let until = position + 1 < dosed.count ? dosed[position + 1].end : nextStart
                    let tail = string(min(item.end, until)..<until)
                    var interval = IntervalReader.first(in: tail, language: language)?.value
                    if let hours = tail.firstMatch(of: everyHours)?["n"]?.substring.flatMap({ Int($0) }) { interval = "PT\(hours)H" }
                    if interval == nil, let n = tail.firstMatch(of: dividedDoses)?["n"]?.substring.flatMap({ Int($0) }), 24 % n == 0 {
                        interval = "PT\(24 / n)H"
                    }
                    if interval == nil, item.dose != nil,
                       let n = tail.firstMatch(of: timesShorthand)?["n"]?.substring.flatMap({ Int($0) }), 24 % n == 0 {
                        interval = n == 1 ? "P1D" : "PT\(24 / n)H"
                    }
                    guard item.dose != nil || route != nil || interval != nil || recommends || chosen else { continue }
                    // A substance in a list of lab tests ("Na, K, Glukose") has none of these.
                    if item.dose == nil, route == nil, interval == nil, !recommends, choices.isEmpty { continue }
                    let length = tail.firstMatch(of: duration).flatMap { match -> String? in
                        guard let n = match["m"]?.substring ?? match["n"]?.substring, let u = match["u"]?.substring,
                              let designator = lexicon.concept(.unit, for: String(u)) ?? (u.lowercased().hasPrefix("døgn") ? "D" : nil) else { return nil }
                        return "P\(n)\(designator)"
                    }
                    found.append(Recommendation(substance: mention.concept,
                                                products: brand(around: mention.range, in: scalars) + products(after: string(mention.range.upperBound..<nextStart)),
                                                line: currentLine, route: route, dose: item.dose, interval: interval, duration: length,
                                                sentence: sentence.start..<sentence.end, paragraph: paragraph))
                }
            }
            // A choice on a line that names no substance heads the paragraphs below it ("1. valg: Triple
            // behandling"); "1. valg: Methotrexat …" is a sentence of its own but heads nothing more.
            if let last = choices.last {
                currentLine = last.line
                var lineEnd = sentence.end
                while lineEnd < text.count, text.scalars[lineEnd] != "\n" { lineEnd += 1 }
                let restOfLine = text.slice(sentence.start..<lineEnd)
                lastChoiceWasHeading = mentions.isEmpty
                    && !lexicon.matches(.substance, in: restOfLine, language: language).contains { $0.concept != "placebo" }
            }
        }
        // A sentence that doses without a name belongs to the one substance its paragraph recommends.
        for item in unnamed {
            let named = Set(found.filter { $0.paragraph == item.paragraph }.map(\.substance))
            guard named.count == 1, let substance = named.first else { continue }
            found.append(Recommendation(substance: substance, products: [], line: item.line, route: item.route, dose: nil,
                                        interval: item.interval, duration: nil, sentence: item.sentence, paragraph: item.paragraph))
        }
        // A substance named bare (no dose, route nor interval) where the text doses it elsewhere
        // is the same recommendation said twice: "PTU foretrækkes … Der gives 400 mg PTU".
        let detailed = Set(found.filter { $0.dose != nil || $0.route != nil || $0.interval != nil }.map(\.substance))
        var bare = Set<String>()
        return found.filter { rec in
            guard rec.dose == nil, rec.route == nil, rec.interval == nil else { return true }
            return !detailed.contains(rec.substance) && bare.insert(rec.substance).inserted
        }
    }

    /// The capitalised hyphenated word a substance name is part of: "Solu-Cortef" (Cortef is hydrocortisone).
    static func brand(around range: Range<Int>, in scalars: [Unicode.Scalar]) -> [String] {
        var start = range.lowerBound, end = range.upperBound
        func isWord(_ i: Int) -> Bool { scalars[i].properties.isAlphabetic || scalars[i] == "-" }
        while start > 0, isWord(start - 1) { start -= 1 }
        while end < scalars.count, isWord(end) { end += 1 }
        guard start < range.lowerBound || end > range.upperBound else { return [] }
        let word = String(String.UnicodeScalarView(scalars[start..<end])).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        guard word.contains("-"), word.first?.isUppercase == true else { return [] }
        return [word]
    }

    static let parenthesis = try! Pattern("^\\s*\\((?<list>[^)]{2,60})\\)")

    /// Brand names in the parenthesis right after the substance: "Hydrokortison (Solu-Cortef)".
    static func products(after text: String) -> [String] {
        guard let match = text.firstMatch(of: parenthesis), let list = match["list"]?.substring else { return [] }
        return GuidelineParser.productNames(String(list)).filter { name in
            // "(PTU)" is an abbreviation and "(G)" a mark of the list, not brands.
            name.count >= 3 && name.contains { $0.isLowercase } && name.first?.isUppercase == true
        }
    }

    static func offset(_ text: String, _ index: String.Index) -> Int { text.unicodeScalars.distance(from: text.startIndex, to: index) }

    /// Whether a blank line stands right before `offset`.
    static func isParagraphStart(_ text: NormalizedText, _ offset: Int) -> Bool {
        var i = offset - 1
        while i >= 0, text.scalars[i] == " " { i -= 1 }
        return i >= 1 && text.scalars[i] == "\n" && text.scalars[i - 1] == "\n"
    }

    /// Whether the sentence continues a list begun above (it opens with a lowercase letter or a bullet).
    static func isContinuation(_ text: NormalizedText, _ offset: Int) -> Bool {
        guard offset < text.count else { return false }
        let first = text.scalars[offset]
        return first.properties.isLowercase || "•-–*".unicodeScalars.contains(first)
    }
}
