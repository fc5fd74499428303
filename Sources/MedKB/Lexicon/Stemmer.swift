import CStemmer

/// Snowball's stemmer for one language (libstemmer): "urinvejsinfektionerne" and
/// "urinvejsinfektion" share a stem, and so do "infections" and "infection". A stemmer
/// keeps state between calls, so each thread makes its own.
final class Stemmer {
    private let handle: OpaquePointer

    /// A stemmer for an ISO 639-1 code; Danish and English, and any other Snowball knows.
    init?(language: String) {
        let algorithm = ["da": "danish", "en": "english", "de": "german", "sv": "swedish", "nb": "norwegian"][language] ?? language
        guard let handle = sb_stemmer_new(algorithm, "UTF_8") else { return nil }
        self.handle = handle
    }

    deinit { sb_stemmer_delete(handle) }

    /// The stem of one lowercase word.
    func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard !bytes.isEmpty, let stemmed = sb_stemmer_stem(handle, &bytes, Int32(bytes.count)) else { return word }
        let length = Int(sb_stemmer_length(handle))
        return String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self)
    }
}
