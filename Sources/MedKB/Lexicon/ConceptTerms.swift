import Foundation

/// The lexicon's tables as search reads them: which words of a query are a term of a
/// concept, and the concept's other terms, Danish and English ("hovedpine" is a term of
/// headache, whose terms are "headache" and "headaches").
///
/// Read from the bundled tables' bytes, not through `Lexicon`: loading the lexicon and
/// stemming its phrases takes tens of milliseconds, more than a whole search process, while
/// marking where each line's fields lie is one pass over the 2.7 MB (about 2 ms), and a
/// lookup reads only the lines whose phrase starts as a query word does. Words compare as
/// `Lexicon` compares them: the same Snowball stem in the entry's language and an
/// inflection apart.
public struct ConceptTerms: Sendable {
    /// A term of a concept: its words, lowercase, as the lexicon spells them.
    public struct Term: Sendable, Equatable {
        public let words: [String]
        public let language: String
        /// HPO's layperson wording ("headaches" for headache).
        public let lay: Bool
    }

    /// Words of a query that are a term: where they are and the concepts they name.
    public struct Found: Sendable, Equatable {
        public let span: Range<Int>
        public let concepts: [String]
        /// Whether the concepts are substances (their products are searched too).
        public let substance: Bool
    }

    /// The categories whose concepts are things a text names (conditions, adverse events,
    /// substances, routes, forms, sites, ...). Left out: frequency, number, unit and interval
    /// wording, and the categories whose concepts are labels rather than wordings (context,
    /// monitors).
    static let searched: [Lexicon.Category] = [.condition, .adverseEvent, .substance, .route, .form, .site, .population,
                                               .coMedication, .measure, .endpoint, .test]

    /// The tables' bytes, and each one's lines: found when the tables are read, except for a
    /// table with a phrase order, whose lines are found as they are asked for.
    let tables: [ConceptTable]
    let lines: [[Line]]

    /// The tables shipped with medkb, read once a process: the hand-written one whole, the
    /// generated one through its phrase order.
    public static let shared: ConceptTerms = {
        func path(_ name: String, _ type: String) -> String {
            guard let path = Bundle.module.path(forResource: name, ofType: type) else {
                preconditionFailure("the \(name) resource is missing from the build")
            }
            return path
        }
        guard let lexicon = ConceptTable(mapping: path("lexicon", "tsv")),
              let concepts = ConceptTable(mapping: path("concepts", "tsv"), phraseOrder: path("concepts-phrase-order", "txt"),
                                          words: path("concepts-words", "txt")) else {
            preconditionFailure("the vocabulary's tables cannot be read")
        }
        return ConceptTerms(tables: [lexicon, concepts])
    }()

    /// Starts reading the shared tables on another core, so that a command that will search
    /// reads them while it opens its base (about a millisecond: the generated table is only mapped).
    public static func readInBackground() {
        DispatchQueue.global(qos: .userInitiated).async { _ = shared }
    }

    /// Tables in the lexicon's format: `category <TAB> language <TAB> phrase <TAB> concept [<TAB> code [<TAB> lay]]`.
    public init(tables: [Data]) {
        self.init(tables: tables.map(ConceptTable.init))
    }

    init(tables: [ConceptTable]) {
        self.tables = tables
        lines = tables.map { $0.phraseOrder == nil ? Self.lines(of: $0.bytes) : [] }
    }

    static let languages = ["*", "da", "en"]

    /// The words of a text as search cuts them: runs of letters and digits, lowercase.
    public static func words(_ text: String) -> [String] {
        // ASCII text (most phrases of the tables) is cut by its bytes, without Character's tables.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var words: [String] = [], word: [UInt8] = []
            for byte in text.utf8 {
                if isWordByte(byte) { word.append(lower(byte)); continue }
                if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)); word.removeAll(keepingCapacity: true) }
            }
            if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
            return words
        }
        return text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// The longest runs of `words` (lowercase, as `words(_:)` cuts them) that are a term of a
    /// concept, none overlapping, in query order; each with every concept it is a term of.
    public func concepts(in words: [String]) -> [Found] {
        guard !words.isEmpty else { return [] }
        var stemmers: [String: Stemmer] = [:]
        func stem(_ word: String, _ language: String) -> String {
            if stemmers[language] == nil { stemmers[language] = Stemmer(language: language) }
            return stemmers[language]?.stem(word) ?? word
        }
        func same(_ query: String, _ term: String, _ language: String) -> Bool {
            query == term || stem(query, language) == stem(term, language) && Lexicon.sameWord(query, term, language: language)
        }
        // A word and its inflections share their first three bytes (all of a shorter word's),
        // and all but the inflection's few last ones.
        // An array, not a set: a query has few words, and this is asked of every line.
        let prefixes = Array(Set(words.map(Self.prefix)))
        let utf8 = words.map { Array($0.utf8) }
        var found: [Range<Int>: (concepts: [String], substance: Bool)] = [:]
        forEachLine(withPrefixIn: prefixes) { line, bytes in
            let phrase = Self.phrase(line, bytes)
            let first = phrase.prefix { Self.isWordByte($0) }
            guard utf8.contains(where: { Self.mayBeInflected($0, first) }) else { return }
            let term = Self.words(phrase)
            let languages = line.language == 0 ? ["da", "en"] : [Self.languages[Int(line.language)]]
            for start in words.indices where start + term.count <= words.count {
                let matches = languages.contains { language in
                    term.indices.allSatisfy { same(words[start + $0], term[$0], language) }
                }
                guard matches else { continue }
                let span = start..<start + term.count
                let concept = String(decoding: Self.concept(line, bytes), as: UTF8.self).lowercased()
                var entry = found[span] ?? ([], false)
                if !entry.concepts.contains(concept) { entry.concepts.append(concept) }
                entry.substance = entry.substance || line.substance
                found[span] = entry
            }
        }
        // The longest first, then the earliest; a stop word alone names nothing.
        var taken: [Found] = []
        let spans = found.keys.filter { span in words[span].contains { !StopWords.contains(folded: SearchSnippet.fold($0)) } }
        for span in spans.sorted(by: { $0.count != $1.count ? $0.count > $1.count : $0.lowerBound < $1.lowerBound })
        where !taken.contains(where: { $0.span.overlaps(span) }) {
            let entry = found[span]!
            taken.append(Found(span: span, concepts: entry.concepts.sorted(), substance: entry.substance))
        }
        return taken.sorted { $0.span.lowerBound < $1.span.lowerBound }
    }

    /// Whether two words, as bytes, could be one word inflected: all but the last five bytes
    /// of the longer (the longest Danish ending, "ernes") are the same.
    static func mayBeInflected<A: Collection<UInt8>, B: Collection<UInt8>>(_ a: A, _ b: B) -> Bool {
        let common = zip(a, b).prefix { $0 == lower($1) }.count
        return common >= max(a.count, b.count) - 5
    }

    /// Every term of each concept, in table order; the concept's own name is one.
    public func terms(of concepts: Set<String>) -> [String: [Term]] {
        guard !concepts.isEmpty else { return [:] }
        let wanted = concepts.map { (bytes: Array($0.utf8), concept: $0) }
        let lengths = Array(Set(wanted.map(\.bytes.count)))
        var terms: [String: [Term]] = [:]
        for concept in concepts { terms[concept] = [Term(words: Self.words(concept), language: "en", lay: false)] }
        forEachLine(ofConcepts: wanted.map(\.bytes)) { line, bytes in
            guard lengths.contains(line.concept.count) else { return }
            let field = Self.concept(line, bytes)
            guard let concept = wanted.first(where: { field.elementsEqual($0.bytes) })?.concept else { return }
            let term = Term(words: Self.words(Self.phrase(line, bytes)), language: Self.languages[Int(line.language)], lay: line.lay)
            if !terms[concept, default: []].contains(where: { $0.words == term.words }) { terms[concept, default: []].append(term) }
        }
        return terms
    }
}
