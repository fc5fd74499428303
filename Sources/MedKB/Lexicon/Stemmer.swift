import CStemmer

/// Snowball's stemmer for one language (libstemmer): "urinvejsinfektionerne" and
/// "urinvejsinfektion" share a stem, and so do "infections" and "infection". A stemmer
/// keeps state between calls, so each thread makes its own.
final class Stemmer {
    private let handle: OpaquePointer
    /// Stems already made: a parse stems the same words again and again (each sentence once per
    /// category of the lexicon, each compound it rephrases), and a lookup costs less than a stem.
    private var known: [String: String] = [:]
    /// The most stems kept; past it the memo starts again, so that memory stays flat.
    static let knownLimit = 20_000

    /// A stemmer for an ISO 639-1 code; Danish and English, and any other Snowball knows.
    init?(language: String) {
        let algorithm = ["da": "danish", "en": "english", "de": "german", "sv": "swedish", "nb": "norwegian"][language] ?? language
        guard let handle = sb_stemmer_new(algorithm, "UTF_8") else { return nil }
        self.handle = handle
    }

    deinit { sb_stemmer_delete(handle) }

    /// The stem of one lowercase word.
    func stem(_ word: String) -> String {
        if let stem = known[word] { return stem }
        var bytes = Array(word.utf8)
        guard !bytes.isEmpty, let stemmed = sb_stemmer_stem(handle, &bytes, Int32(bytes.count)) else { return word }
        let length = Int(sb_stemmer_length(handle))
        let stem = String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self)
        if known.count >= Self.knownLimit { known.removeAll(keepingCapacity: true) }
        known[word] = stem
        return stem
    }
}
