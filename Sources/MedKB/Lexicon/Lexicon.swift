import Foundation

/// Maps Danish and English wording to the English concepts of the facts contract.
///
/// Two tables feed it, both data: `Resources/lexicon.tsv`, written by hand for what no
/// vocabulary covers (frequency wording, Danish routes, EU phrasing), one line each
/// `category <TAB> language <TAB> phrase <TAB> concept`; and `Resources/concepts.tsv`,
/// built by `scripts/build-concepts` from the Danish ICD-10 (SKS), WHO's ICD-10, the Human
/// Phenotype Ontology, EDQM's standard terms and the INNs of EMA's catalogue, with a fifth
/// column, the concept's code. Its conditions serve for indications, contraindications and
/// adverse events alike.
///
/// Matching ignores case, compares words by their Snowball stem in the text's language (so
/// "urinvejsinfektionerne" finds "urinvejsinfektion", "infections" finds "infection"),
/// treats hyphens and punctuation as word breaks, and takes whole words only; where phrases
/// overlap the one of most words wins, then the hand-written one.
///
/// ```swift
/// Lexicon.shared.concept(.adverseEvent, for: "Hypokalcæmi")  // "hypocalcaemia"
/// ```
public struct Lexicon: Sendable {
    public enum Category: String, Sendable, CaseIterable {
        case substance, coMedication = "co_medication", condition, adverseEvent = "adverse_event"
        case population, context, route, site, test, endpoint, measure, frequency, number, unit, interval, form
        /// A lab test that monitors a condition ("p-calcium" for hypocalcaemia): phrase is the test concept.
        case monitors

        /// Whether words of the category are matched by their stem. Fixed wording is not: a
        /// stem would make "weekly" of "week" and "commonly" of "common". Nor are substance
        /// names, which texts do not inflect and which are most of the table (stemming each
        /// of them made every command's start slower).
        var inflects: Bool { ![.frequency, .number, .unit, .interval, .substance].contains(self) }
    }

    public struct Entry: Sendable {
        public let language: String
        public let phrase: String
        public let concept: String
        /// The vocabulary's code of the concept (ICD-10 "N39.0", HPO "HP:0002315", EDQM), if any.
        public let code: String?
        /// From the generated vocabulary rather than the hand-written table.
        let generated: Bool
        /// HPO's layperson wording ("enlarged male breast", "tiredness").
        let lay: Bool
    }

    /// One occurrence of a phrase in a text; `range` counts scalars of that text.
    public struct Match: Sendable, Equatable {
        public let range: Range<Int>
        public let concept: String
        public let phrase: String
        public let code: String?
        /// From the generated vocabulary.
        public let generated: Bool
        /// The vocabulary's concept, whatever wording `concept` keeps.
        public let canonical: String
    }

    public enum LoadError: Error, Equatable, CustomStringConvertible {
        case malformedLine(number: Int, text: String)
        case unknownCategory(number: Int, name: String)
        public var description: String {
            switch self {
            case let .malformedLine(number, text):
                return "lexicon line \(number): expected 4 or 5 tab-separated fields, found \"\(text)\""
            case let .unknownCategory(number, name):
                return "lexicon line \(number): unknown category \"\(name)\""
            }
        }
    }

    /// An entry's phrase as the stems of its words, for one language.
    struct Stemmed: Sendable {
        let stems: [String]
        let words: [String]
        let entry: Int
    }

    /// The languages whose stemmer the index is built for; entries of `*` go in each.
    static let indexedLanguages = ["da", "en"]

    private var entries: [Category: [Entry]] = [:]
    /// The code of each English condition phrase and concept of the generated table.
    private var codes: [String: String] = [:]
    /// Whether lay wording gives way to the concept in English (set for texts written for the public).
    private var layWordingGivesWay = false
    /// Each language's index of stemmed phrases, built when a text of that language is first read.
    private let indexes = Indexes()

    /// language → category → first stem → entries starting with it, each category built when
    /// first matched (a command that reads intervals only does not stem every substance).
    final class Indexes: @unchecked Sendable {
        private let lock = NSLock()
        private var languages: [String: LanguageIndexes] = [:]

        func index(_ language: String, _ category: Category, of entries: [Category: [Entry]]) -> [String: [Stemmed]]? {
            lock.lock()
            let indexes = languages[language] ?? {
                let made = LanguageIndexes(language: language)
                languages[language] = made
                return made
            }()
            lock.unlock()
            return indexes.index(category, of: entries)
        }
    }

    /// One language's indexes, built under a lock of their own: the parsing threads of an
    /// import, which start at once on documents of both languages, build the Danish and the
    /// English ones side by side instead of one after the other.
    final class LanguageIndexes: @unchecked Sendable {
        private let lock = NSLock()
        private let language: String
        private var built: [Category: [String: [Stemmed]]] = [:]
        /// Conditions serve as adverse events too: a phrase is stemmed once.
        private var stemsOfPhrase: [String: [String]] = [:]

        init(language: String) { self.language = language }

        func index(_ category: Category, of entries: [Category: [Entry]]) -> [String: [Stemmed]]? {
            lock.lock()
            defer { lock.unlock() }
            if let index = built[category] { return index }
            guard let stemmer = Stemmer(language: language) else { return nil }
            var byFirst: [String: [Stemmed]] = [:]
            for (position, entry) in (entries[category] ?? []).enumerated() where entry.language == "*" || entry.language == language {
                let words = Lexicon.words(Lexicon.fold(entry.phrase)).map(\.word)
                let stemmed = !category.inflects ? words : stemsOfPhrase[entry.phrase] ?? {
                    let result = words.map(stemmer.stem)
                    stemsOfPhrase[entry.phrase] = result
                    return result
                }()
                guard let first = stemmed.first else { continue }
                byFirst[first, default: []].append(Stemmed(stems: stemmed, words: words, entry: position))
            }
            built[category] = byFirst
            return byFirst
        }
    }

    /// The lexicon shipped with medkb: the hand-written table and the generated concepts.
    public static let shared: Lexicon = {
        func resource(_ name: String) -> String {
            guard let url = Bundle.module.url(forResource: name, withExtension: "tsv"),
                  let text = try? String(contentsOf: url, encoding: .utf8) else {
                preconditionFailure("the \(name) resource is missing from the build")
            }
            return text
        }
        do { return try Lexicon(tsv: resource("lexicon"), generated: resource("concepts")) } catch { preconditionFailure("\(error)") }
    }()

    /// `generated` is a table of `scripts/build-concepts`: its conditions are adverse events too.
    public init(tsv: String, generated: String = "") throws {
        try load(tsv, generated: false)
        try load(generated, generated: true)
    }

    /// The generated table's conditions are adverse events too.
    private mutating func load(_ tsv: String, generated: Bool) throws {
        var table = tsv
        try table.withUTF8 { bytes in
            // Lines and fields are cut on the bytes: splitting a large table by grapheme, or by
            // the generic split of its UTF-8 view, was most of its load time.
            var lineStart = 0, number = 0
            while lineStart <= bytes.count {
                let newline = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                try loadLine(UnsafeBufferPointer(rebasing: bytes[lineStart..<newline]), number: number + 1, generated: generated)
                (lineStart, number) = (newline + 1, number + 1)
            }
        }
    }

    /// One line of a table: `category <TAB> language <TAB> phrase <TAB> concept [<TAB> code [<TAB> lay]]`.
    private mutating func loadLine(_ line: UnsafeBufferPointer<UInt8>, number: Int, generated: Bool) throws {
        let space = UInt8(ascii: " "), cr = UInt8(ascii: "\r"), tab = UInt8(ascii: "\t")
        guard let first = line.first(where: { $0 != space && $0 != cr }), first != UInt8(ascii: "#") else { return }
        var fields: [String] = []
        var start = 0
        while start <= line.count {
            let end = line[start...].firstIndex(of: tab) ?? line.count
            var (from, to) = (start, end)
            while from < to, line[from] == space { from += 1 }
            while to > from, line[to - 1] == space || line[to - 1] == cr { to -= 1 }
            fields.append(String(decoding: UnsafeBufferPointer(rebasing: line[from..<to]), as: UTF8.self))
            start = end + 1
        }
        guard (4...6).contains(fields.count), !fields[2].isEmpty, !fields[3].isEmpty else {
            throw LoadError.malformedLine(number: number, text: String(decoding: line, as: UTF8.self))
        }
        guard let category = Category(rawValue: fields[0]) else {
            throw LoadError.unknownCategory(number: number, name: fields[0])
        }
        let code = fields.count >= 5 && !fields[4].isEmpty ? fields[4] : nil
        let entry = Entry(language: fields[1], phrase: fields[2], concept: fields[3], code: code,
                          generated: generated, lay: fields.count == 6 && fields[5] == "lay")
        if generated, category == .condition, entry.language != "da", let code {
            for key in [entry.phrase, entry.concept] where codes[key.lowercased()] == nil { codes[key.lowercased()] = code }
        }
        entries[category, default: []].append(entry)
        if generated, category == .condition { entries[.adverseEvent, default: []].append(entry) }
    }

    public func entries(_ category: Category) -> [Entry] { entries[category] ?? [] }

    /// Lowercases scalar by scalar, so that offsets in the folded text are offsets in the text.
    static func fold(_ text: String) -> [Unicode.Scalar] {
        // Sized by the UTF-8 count, which a String knows: `map` counts the scalars first.
        var folded: [Unicode.Scalar] = []
        folded.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { folded.append(fold(scalar)) }
        return folded
    }

    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            return ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
        }
        if scalar == "\u{2010}" || scalar == "\u{2011}" { return "-" }
        if scalar == "\u{2019}" { return "'" }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        if lower.count == 1, let only = lower.first { return only }
        return scalar
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) }
        return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    /// The words of folded text with their scalar ranges: runs of letters and digits, an
    /// apostrophe between letters kept ("crohn's").
    static func words(_ folded: [Unicode.Scalar]) -> [(range: Range<Int>, word: String)] {
        var words: [(Range<Int>, String)] = []
        words.reserveCapacity(folded.count / 6 + 1)
        var utf8: [UInt8] = []
        utf8.reserveCapacity(32)
        folded.withUnsafeBufferPointer { scalars in
            var position = 0
            while position < scalars.count {
                guard isWordScalar(scalars[position]) else {
                    position += 1
                    continue
                }
                let begin = position
                utf8.removeAll(keepingCapacity: true)
                while position < scalars.count {
                    let scalar = scalars[position]
                    guard isWordScalar(scalar)
                        || (scalar == "'" && position + 1 < scalars.count && isWordScalar(scalars[position + 1])) else { break }
                    // Encoded in place: a String and an Array for each letter beyond ASCII were most of the time.
                    if scalar.isASCII { utf8.append(UInt8(truncatingIfNeeded: scalar.value)) } else { UTF8.encode(scalar) { utf8.append($0) } }
                    position += 1
                }
                words.append((begin..<position, String(decoding: utf8, as: UTF8.self)))
            }
        }
        return words
    }

    /// Every non-overlapping occurrence of the category's phrases, in text order. Without a
    /// language, phrases of every language are looked for.
    public func matches(_ category: Category, in text: String, language: String? = nil) -> [Match] {
        let languages = language.map { [$0] } ?? Lexicon.indexedLanguages
        let reading = ReadingCache.reading(text)
        let folded = reading.folded, words = reading.words
        guard !words.isEmpty, let list = entries[category] else { return [] }
        var candidates: [(match: Match, words: Int, priority: Int)] = []
        for language in languages {
            guard let byFirst = indexes.index(language, category, of: entries),
                  let stems = category.inflects ? reading.stems(language) : reading.wordStrings else { continue }
            for position in stems.indices {
                for stemmed in byFirst[stems[position]] ?? [] {
                    let end = position + stemmed.stems.count
                    guard end <= stems.count, stemmed.stems.indices.allSatisfy({
                        stems[position + $0] == stemmed.stems[$0]
                            && (!category.inflects || Lexicon.sameWord(words[position + $0].word, stemmed.words[$0], language: language))
                    }) else { continue }
                    let entry = list[stemmed.entry]
                    let range = words[position].range.lowerBound..<words[end - 1].range.upperBound
                    let concept = layWordingGivesWay && entry.lay ? nil
                        : Lexicon.ownWording(entry, category: category, language: language, text: folded, range: range)
                    candidates.append((Match(range: range, concept: concept ?? entry.concept, phrase: entry.phrase, code: entry.code,
                                             generated: entry.generated, canonical: entry.concept),
                                       stemmed.stems.count, stemmed.entry))
                }
            }
            if category.inflects {
                for (span, stemsOfCompound) in reading.stemmedRephrasings(language) {
                    for stemmed in byFirst[stemsOfCompound[0]] ?? [] where stemmed.stems == stemsOfCompound {
                        let entry = list[stemmed.entry]
                        let range = words[span.lowerBound].range.lowerBound..<words[span.upperBound - 1].range.upperBound
                        candidates.append((Match(range: range, concept: entry.concept, phrase: entry.phrase, code: entry.code,
                                                 generated: entry.generated, canonical: entry.concept),
                                           span.count, stemmed.entry))
                    }
                }
            }
        }
        candidates.sort {
            if $0.words != $1.words { return $0.words > $1.words }
            if $0.match.range.count != $1.match.range.count { return $0.match.range.count > $1.match.range.count }
            if $0.match.range.lowerBound != $1.match.range.lowerBound { return $0.match.range.lowerBound < $1.match.range.lowerBound }
            return $0.priority < $1.priority
        }
        var taken: [Match] = []
        for candidate in candidates where !taken.contains(where: { $0.range.overlaps(candidate.match.range) }) {
            taken.append(candidate.match)
        }
        return taken.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Words that say a condition the long way round, put the way the vocabulary has it: Danish
    /// "infektion i urinvejene" is the compound "urinvejsinfektion", "smerter i leddene" is
    /// "ledsmerter"; English "infections of the urinary tract" is "urinary tract infections".
    static func rephrasings(_ words: [String], language: String, stemmer: Stemmer) -> [(Range<Int>, [String])] {
        var found: [(Range<Int>, [String])] = []
        for position in words.indices where position + 2 < words.count {
            let head = words[position], link = words[position + 1]
            if language == "da", ["i", "af", "på"].contains(link) {
                // The modifier's stem, joined with or without the linking -s or -e.
                let modifier = stemmer.stem(words[position + 2])
                for joint in ["s", "", "e"] {
                    found.append((position..<position + 3, [modifier + joint + head]))
                }
            } else if language == "en", ["of", "in"].contains(link) {
                var start = position + 2
                if words[start] == "the", start + 1 < words.count { start += 1 }
                for length in 1...2 where start + length <= words.count {
                    found.append((position..<start + length, Array(words[start..<start + length]) + [head]))
                }
            }
        }
        return found
    }

    /// Two words with one stem are forms of one word when what follows their common part is an
    /// inflection: "infections" and "infection", "urinvejsinfektionerne" and "urinvejsinfektion",
    /// "allergies" and "allergy"; not "choroidal" and "choroiditis", "rigid" and "rigidity" or
    /// "diabetic" and "diabetes", which Snowball also gives one stem.
    static func sameWord(_ a: String, _ b: String, language: String) -> Bool {
        if a == b { return true }
        let common = zip(a, b).prefix { $0 == $1 }.count
        let tails = [String(a.dropFirst(common)), String(b.dropFirst(common))].sorted()
        let endings = inflections[language] ?? []
        if tails.allSatisfy(endings.contains) { return true }
        return (language == "en" ? englishPairs : []).contains { $0 == tails[0] && $1 == tails[1] || $0 == tails[1] && $1 == tails[0] }
    }

    static let inflections: [String: Set<String>] = [
        "en": ["", "s", "es", "'s", "s'"],
        "da": ["", "e", "en", "er", "et", "n", "r", "t", "s", "ne", "rne", "erne", "ene", "ens", "es", "ers", "ernes", "ets", "ets", "nes", "rnes"],
    ]
    /// English plurals that change the end of the word: allergy/allergies, keratosis/keratoses.
    static let englishPairs: [(String, String)] = [("y", "ies"), ("is", "es"), ("um", "a"), ("us", "i"), ("a", "ae"), ("ex", "ices"), ("ix", "ices")]

    /// The lexicon for a text written for the public (an EPAR overview): there, English lay
    /// wording ("tiredness", "enlarged male breast") gives way to the concept as Danish does.
    public func readingLayText() -> Lexicon {
        var lexicon = self
        lexicon.layWordingGivesWay = true
        return lexicon
    }

    /// The vocabulary code of an English condition or its concept, if the generated table has one.
    public func code(ofCondition concept: String) -> String? {
        codes[concept.lowercased()] ?? wholeMatch(.condition, for: concept, language: "en")?.code
    }

    /// An English text that names a condition the vocabulary knows keeps its own words
    /// ("muscle spasms", "eye pain", "decreased appetite"): English EU texts already use the
    /// wording of product information, which the vocabularies' labels often are not, and the
    /// code ties them to the same concept in other words and languages. Danish gives way to
    /// the vocabulary's concept. (The table's sixth column, `lay`, marks HPO's layperson
    /// wording: in product information it is kept, since HPO also marks many product-information
    /// terms so; in an overview, written for the public, it gives way to the concept.)
    static func ownWording(_ entry: Entry, category: Category, language: String, text: [Unicode.Scalar], range: Range<Int>) -> String? {
        guard entry.generated, language == "en", category == .condition || category == .adverseEvent else { return nil }
        var wording = String.UnicodeScalarView()
        for scalar in text[range] { wording.append(scalar == "\n" || scalar == "\t" ? " " : scalar) }
        return String(wording).split(separator: " ").joined(separator: " ")
    }

    /// The concept of a phrase that is, word for word, a lexicon phrase (ignoring case and
    /// inflection), if any.
    public func concept(_ category: Category, for phrase: String, language: String? = nil) -> String? {
        wholeMatch(category, for: phrase, language: language)?.concept
    }

    /// The match that is the whole phrase, if any.
    public func wholeMatch(_ category: Category, for phrase: String, language: String? = nil) -> Match? {
        let folded = Lexicon.fold(phrase.trimmingCharacters(in: .whitespacesAndNewlines))
        guard let match = matches(category, in: String(String.UnicodeScalarView(folded)), language: language).first,
              Lexicon.words(Array(folded[..<match.range.lowerBound])).isEmpty,
              Lexicon.words(Array(folded[match.range.upperBound...])).isEmpty else { return nil }
        return match
    }

    /// The first occurrence's concept, if the text holds any phrase of the category.
    public func firstConcept(_ category: Category, in text: String, language: String? = nil) -> String? {
        matches(category, in: text, language: language).first?.concept
    }
}
