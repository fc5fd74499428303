/// A concept of the facts (English, "osteonecrosis of the jaw") in Danish words, as the
/// vocabulary gives it ("osteonekrose i kæben"): the hand-written term first, else the
/// first term of the generated vocabulary; a concept it has no Danish term for stays English.
enum ConceptWording {
    static func name(of concept: String, in language: String) -> String {
        language == "da" ? danish[concept.lowercased()] ?? concept : concept
    }

    /// Built once, on first use (a static is initialised lazily and once).
    private static let danish: [String: String] = {
        var handWritten: [String: String] = [:], generated: [String: String] = [:]
        for category in Lexicon.Category.allCases {
            for entry in Lexicon.shared.entries(category) where entry.language == "da" {
                let key = entry.concept.lowercased()
                if entry.generated {
                    if generated[key] == nil { generated[key] = entry.phrase }
                } else if handWritten[key] == nil {
                    handWritten[key] = entry.phrase
                }
            }
        }
        return generated.merging(handWritten) { _, written in written }
    }()
}
