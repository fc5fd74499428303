import Foundation

/// What the lexicon made of the last text it read on this thread: its folded scalars, its
/// words and their stems by language, and a stemmer per language. The extractors look for
/// several categories in one sentence (conditions, substances, routes, sites, …), and
/// folding, splitting and stemming it once serves them all.
final class ReadingCache {
    private var text: String = ""
    private(set) var folded: [Unicode.Scalar] = []
    private(set) var words: [(range: Range<Int>, word: String)] = []
    /// The words alone, for the categories matched word for word rather than by stem.
    private(set) var wordStrings: [String] = []
    private var stems: [String: [String]] = [:]
    private var rephrasings: [String: [(span: Range<Int>, stems: [String])]] = [:]
    private var stemmers: [String: Stemmer] = [:]

    /// Each thread's cache, under a key of the thread's own storage: looking it up in
    /// Foundation's thread dictionary (an NSDictionary behind `Thread.current`) on every match
    /// was over 1% of an import.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        // Glibc passes the value as optional, Darwin not: `release` takes either.
        let created = pthread_key_create(&key) { cache in ReadingCache.release(cache) }
        precondition(created == 0, "no thread-specific key left for the lexicon's reading cache")
        return key
    }()

    private static func release(_ cache: UnsafeMutableRawPointer?) {
        guard let cache else { return }
        Unmanaged<ReadingCache>.fromOpaque(cache).release()
    }

    /// This thread's cache, holding `text`.
    static func reading(_ text: String) -> ReadingCache {
        let cache: ReadingCache
        if let stored = pthread_getspecific(key) {
            cache = Unmanaged<ReadingCache>.fromOpaque(stored).takeUnretainedValue()
        } else {
            cache = ReadingCache()
            // Retained for the thread's life; its key's destructor releases it when the thread ends.
            pthread_setspecific(key, Unmanaged.passRetained(cache).toOpaque())
        }
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
        wordStrings = words.map(\.word)
        stems = [:]
        rephrasings = [:]
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

    /// The text's rephrased conditions (`Lexicon.rephrasings`) in `language`, each compound as
    /// its stems: the same for every category matched in the text, so made once.
    func stemmedRephrasings(_ language: String) -> [(span: Range<Int>, stems: [String])] {
        if let known = rephrasings[language] { return known }
        guard let stemmer = stemmer(language) else { return [] }
        let result = Lexicon.rephrasings(wordStrings, language: language, stemmer: stemmer).map { span, compound in
            (span: span, stems: compound.map(stemmer.stem))
        }
        rephrasings[language] = result
        return result
    }
}
