import Foundation

/// What the lexicon made of the last text it read on this thread: its folded scalars, its
/// words and their stems by language, and a stemmer per language. The extractors look for
/// several categories in one sentence (conditions, substances, routes, sites, …), and
/// folding, splitting and stemming it once serves them all.
final class ReadingCache {
    private var text: String = ""
    private(set) var folded: [Unicode.Scalar] = []
    private(set) var words: [(range: Range<Int>, word: String)] = []
    private var stems: [String: [String]] = [:]
    private var stemmers: [String: Stemmer] = [:]

    private static let key = "medkb.lexicon.reading"

    /// This thread's cache, holding `text`.
    static func reading(_ text: String) -> ReadingCache {
        let dictionary = Thread.current.threadDictionary
        let cache = dictionary[key] as? ReadingCache ?? {
            let cache = ReadingCache()
            dictionary[key] = cache
            return cache
        }()
        cache.read(text)
        return cache
    }

    private func read(_ newText: String) {
        // Compared scalar for scalar: String's == calls canonically equivalent texts equal,
        // and their offsets differ.
        if newText.utf8.count == text.utf8.count, newText.utf8.elementsEqual(text.utf8), !folded.isEmpty || newText.isEmpty { return }
        text = newText
        folded = Lexicon.fold(newText)
        words = Lexicon.words(folded)
        stems = [:]
    }

    func stemmer(_ language: String) -> Stemmer? {
        if let stemmer = stemmers[language] { return stemmer }
        let stemmer = Stemmer(language: language)
        stemmers[language] = stemmer
        return stemmer
    }

    /// The stems of the text's words in `language`.
    func stems(_ language: String) -> [String]? {
        if let known = stems[language] { return known }
        guard let stemmer = stemmer(language) else { return nil }
        let result = words.map { stemmer.stem($0.word) }
        stems[language] = result
        return result
    }
}
