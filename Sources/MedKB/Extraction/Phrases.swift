import Foundation

/// A phrase found in a text, with where it stands.
public struct Found<Value: Sendable>: Sendable {
    public let range: Range<String.Index>
    public let value: Value
}

/// Numbers as Danish and English write them: "7 808", "1.200" and "2,3" in Danish,
/// "7,808" and "2.3" in English, "-2,5" with a hyphen or a minus sign.
public enum NumberReader {
    public static let pattern = "[-−]?\\d{1,3}(?:[  .,]\\d{3})+(?![\\d])(?:[.,]\\d+)?|[-−]?\\d+(?:[.,]\\d+)?"

    public static func parse(_ text: some StringProtocol, language: String) -> Double? {
        var s = String(text).replacingOccurrences(of: "−", with: "-")
        s = s.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{A0}", with: "")
        let thousands: Character = language == "da" ? "." : ","
        let decimal: Character = language == "da" ? "," : "."
        // A separator followed by exactly three digits is a thousands separator in either style.
        let groups = s.split(separator: thousands, omittingEmptySubsequences: false)
        if groups.count > 1, groups.dropFirst().allSatisfy({ $0.prefix(while: \.isNumber).count == 3 }) {
            s = groups.joined()
        }
        s = s.replacingOccurrences(of: String(decimal), with: ".")
        return Double(s)
    }
}

/// Doses: "60 mg", "60-mg", "20-40 µg", "800-1.200 mg", "6 mg per kilogram body weight".
public enum DoseReader {
    nonisolated(unsafe) static let regex: Pattern = try! Pattern(
        "(?<v>" + NumberReader.pattern + ")(?:\\s*[-–]\\s*(?<m>" + NumberReader.pattern + "))?[\\s-]?"
            + "(?<u>mmol/kg|mg(?:/kg| (?:per|pr\\.?) (?:kilogram|kg)(?: (?:legemsvægt|body ?weight))?)|mikrogram|microgram|"
            + "µg|μg|mcg|mg|g|ml|MIE|mio\\.? IE|IE|IU|enheder|units|dråber|dråbe|drops|drop)"
            // A rate: "5 mikrogram/time", "10 µg/h", "20 micrograms per hour".
            + "(?<r>/(?:time|h|hour)|\\s(?:pr\\.?|per)\\s(?:time|hour))?(?![\\p{L}\\d])"
    )

    static func unit(_ raw: String) -> String {
        let lower = raw.lowercased()
        if lower.hasPrefix("mg/kg") || lower.hasPrefix("mg p") { return "mg/kg" }
        if lower == "mmol/kg" { return "mmol/kg" }
        switch lower {
        case "mikrogram", "microgram", "µg", "μg", "mcg": return "µg"
        case "ie", "iu", "enheder", "units": return "IU"
        case "dråber", "dråbe", "drops", "drop": return "drop"
        default: return lower
        }
    }

    public static func all(in text: String, language: String) -> [Found<Dose>] {
        text.matches(of: regex).compactMap { match in
            guard let v = match["v"]?.substring, let value = NumberReader.parse(v, language: language),
                  let u = match["u"]?.substring else { return nil }
            let max = match["m"]?.substring.flatMap { NumberReader.parse($0, language: language) }
            let rate = match["r"]?.substring == nil ? "" : "/h"
            // "5 MIE" (million international units), as Danish texts dose penicillin.
            let millions = u.uppercased() == "MIE" || u.lowercased().hasPrefix("mio")
            let scale = millions ? 1_000_000.0 : 1
            return Found(range: match.range, value: Dose(value: value * scale, maxValue: max.map { $0 * scale },
                                                         unit: millions ? "IU" : unit(String(u)) + rate))
        }
    }
}

/// How often a dose is given, as an ISO 8601 duration: "hver 6. måned" and "every six
/// months" are P6M, "to gange dagligt" and "twice a day" PT12H, "årligt" P1Y.
public enum IntervalReader {
    static let count = "(?<n>\\d+\\.?|én|en|et|ét|to|tre|fire|seks|tolv|anden|andet|tredje|fjerde|sjette|one|two|three|four|six|twelve|other|second|third|fourth|sixth)"
    static let unitWord = "(?<u>dagen|døgnet|dag|døgn|ugen|uge|måneden|måned|året|år|days?|weeks?|months?|years?)"
    nonisolated(unsafe) static let patterns: [Pattern] = [
        "(?:hver|every) " + count + " " + unitWord,
        "(?:hver|every|per|pr\\.?) " + unitWord,
        "intervals? of (?:an? |" + count + " )" + unitWord,
        // "med 4 ugers mellemrum", "4 weeks apart"
        "med " + count + " (?<u>dages|ugers|måneders|års) mellemrum",
        count + " (?<u>days|weeks|months|years) apart",
        "(?:én|en|1|once) (?:gang )?(?:om|pr\\.?|hver|i|a|per|every) " + unitWord,
        "(?<times>to|tre|fire|2|3|4|twice|two times|three times|four times) (?:gange )?(?:dagligt|daglig|dgl\\.?|om dagen|i døgnet|pr\\.? dag|a day|per day|daily)",
        "x ?(?<times>2|3|4) (?:dgl\\.?|dagligt)",
    ].map { try! Pattern($0).ignoresCase() }

    static let timesPerDay: [String: Int] = ["to": 2, "2": 2, "twice": 2, "two times": 2, "tre": 3, "3": 3,
                                               "three times": 3, "fire": 4, "4": 4, "four times": 4]

    public static func all(in text: String, language: String, lexicon: Lexicon = .shared) -> [Found<String>] {
        var found: [Found<String>] = []
        for regex in patterns {
            for match in text.matches(of: regex) {
                if let times = match["times"]?.substring, let perDay = timesPerDay[times.lowercased()] {
                    found.append(Found(range: match.range, value: "PT\(24 / perDay)H"))
                    continue
                }
                guard let u = match["u"]?.substring,
                      let designator = lexicon.concept(.unit, for: String(u)) else { continue }
                var n = 1
                if let raw = match["n"]?.substring {
                    let word = raw.trimmingCharacters(in: CharacterSet(charactersIn: "."))
                    guard let value = Int(word) ?? lexicon.concept(.number, for: word).flatMap(Int.init) else { continue }
                    n = value
                }
                // "hver 7. dag" is weekly, "every 14 days" two-weekly.
                let weeks = designator == "D" && n % 7 == 0
                found.append(Found(range: match.range, value: weeks ? "P\(n / 7)W" : "P\(n)\(designator)"))
            }
        }
        for match in lexicon.matches(.interval, in: text, language: language) {
            let range = index(text, match.range.lowerBound)..<index(text, match.range.upperBound)
            found.append(Found(range: range, value: match.concept))
        }
        return longestFirst(found, in: text)
    }

    public static func first(in text: String, language: String) -> Found<String>? {
        all(in: text, language: language).first
    }

    static func index(_ text: String, _ offset: Int) -> String.Index {
        text.unicodeScalars.index(text.startIndex, offsetBy: offset)
    }
}

/// How long a study ran: "i løbet af 3 år", "efter et års behandling", "over three years".
public enum DurationReader {
    nonisolated(unsafe) static let regex = try! Pattern(
        "(?:efter|i løbet af|over|after|during|for|i) " + IntervalReader.count + " (?<u>års?|år|uger|uge|måneder|måned|dage|dag|years?|weeks?|months?|days?)(?![\\p{L}])"
    ).ignoresCase()

    public static func first(in text: String, lexicon: Lexicon = .shared) -> Found<String>? {
        for match in text.matches(of: regex) {
            guard var unit = match["u"]?.substring.map(String.init) else { continue }
            if unit.lowercased() == "års" { unit = "år" }
            guard let designator = lexicon.concept(.unit, for: unit) else { continue }
            let raw = (match["n"]?.substring).map(String.init)?.trimmingCharacters(in: CharacterSet(charactersIn: ".")) ?? "1"
            guard let n = Int(raw) ?? lexicon.concept(.number, for: raw).flatMap(Int.init) else { continue }
            return Found(range: match.range, value: "P\(n)\(designator)")
        }
        return nil
    }
}

/// The EU frequency categories as the overviews word them: "may affect up to 1 in 100
/// people" (uncommon), "kan forekomme hos mere end 1 ud af 10 personer" (very common),
/// the older "seen in between 1 and 10 patients in 1,000" (uncommon), or a word such as
/// "meget sjældne" (very rare).
public enum FrequencyReader {
    static let n = "(?<d>1[0  .,]*0)(?!\\d)"
    nonisolated(unsafe) static let patterns: [(Pattern, String)] = [
        ("(?:more than|over|mere end|flere end|over) 1 (?:\\w+ )?(?:in|ud af) 10(?![\\d  .,]*\\d)", "above"),
        ("(?:up to|op til|højst) 1 (?:\\w+ )?(?:in|ud af) " + n, "upTo"),
        ("(?:between|mellem) 1 (?:and|og) 10 (?:\\w+ )?(?:in|ud af) " + n, "between"),
        ("(?:fewer than|less than|færre end|mindre end) 1 (?:\\w+ )?(?:in|ud af) " + n, "below"),
        ("(?:cannot be estimated from the available data|kan ikke vurderes ud fra de tilgængelige data)", "unknown"),
    ].map { (try! Pattern($0.0).ignoresCase(), $0.1) }

    public static func first(in text: String, language: String, lexicon: Lexicon = .shared) -> Found<String>? {
        var found: [Found<String>] = []
        for (regex, form) in patterns {
            for match in text.matches(of: regex) {
                let denominator = (match["d"]?.substring).map { Int($0.filter(\.isNumber)) ?? 0 } ?? 10
                let category: String?
                switch form {
                case "above": category = "very_common"
                case "upTo": category = [10: "common", 100: "uncommon", 1000: "rare", 10000: "very_rare"][denominator]
                case "between": category = [100: "common", 1000: "uncommon", 10000: "rare"][denominator]
                case "below": category = denominator == 10000 ? "very_rare" : nil
                default: category = "not_known"
                }
                if let category { found.append(Found(range: match.range, value: category)) }
            }
        }
        if let numeric = found.min(by: { $0.range.lowerBound < $1.range.lowerBound }) { return numeric }
        // A frequency word, unless it is "the most common" (which says nothing of the category).
        for match in lexicon.matches(.frequency, in: text, language: language) {
            let range = IntervalReader.index(text, match.range.lowerBound)..<IntervalReader.index(text, match.range.upperBound)
            let before = text[..<range.lowerBound].lowercased()
            if before.hasSuffix("mest ") || before.hasSuffix("most ") || before.hasSuffix("hyppigste ") { continue }
            return Found(range: range, value: match.concept)
        }
        return nil
    }
}

/// Of overlapping finds, keeps the longest; the rest in text order.
func longestFirst<V>(_ found: [Found<V>], in text: String) -> [Found<V>] {
    func length(_ item: Found<V>) -> Int { text.unicodeScalars.distance(from: item.range.lowerBound, to: item.range.upperBound) }
    let byLength = found.sorted {
        length($0) != length($1) ? length($0) > length($1) : $0.range.lowerBound < $1.range.lowerBound
    }
    var kept: [Found<V>] = []
    for item in byLength where !kept.contains(where: { $0.range.overlaps(item.range) }) {
        kept.append(item)
    }
    return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
}
