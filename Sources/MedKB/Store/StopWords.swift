/// Short Danish and English function words that search neither requires nor highlights:
/// "osteonekrose i kæben" asks for "osteonekrose" and "kæben", and its "i" no longer marks
/// every word starting with i. The query's language is not known, so a word that is a
/// function word in one language and carries meaning in the other stays searched: "men"
/// (Danish "but"), "to" (Danish "two"), "man", "end", "who" (WHO), "us" (ultrasound).
/// Negations ("ikke", "not", "no", "uden", "without") stay too: in product information
/// they are the point of a sentence.
enum StopWords {
    static let danish = [
        "af", "al", "alle", "at", "blev", "bliver", "bør", "da", "de", "dem", "den", "denne", "der", "deres", "det", "dette",
        "dig", "din", "dine", "disse", "dit", "du", "efter", "eller", "en", "er", "et", "for", "fra", "før", "han", "hans",
        "har", "havde", "have", "hende", "hendes", "her", "hos", "hun", "hvad", "hvem", "hver", "hvilke", "hvilken", "hvis",
        "hvor", "hvordan", "i", "ind", "jeg", "jer", "kan", "kunne", "med", "meget", "mere", "mig", "min", "mine", "mit",
        "mod", "må", "ned", "nogen", "noget", "nogle", "nu", "når", "og", "også", "om", "op", "os", "over", "på", "sig",
        "sine", "skal", "skulle", "som", "så", "sådan", "til", "ud", "under", "var", "ved", "vi", "vil", "ville", "vores",
        "være", "været",
    ]

    static let english = [
        "a", "about", "all", "an", "and", "any", "are", "as", "at", "be", "been", "being", "but", "by", "can", "could",
        "did", "do", "does", "each", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in",
        "into", "is", "it", "its", "may", "me", "might", "must", "my", "of", "on", "or", "our", "shall", "she", "should",
        "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
        "was", "we", "were", "what", "when", "where", "which", "whom", "will", "with", "would", "you", "your",
    ]

    /// Folded as the index folds its words ("på" as the index holds it).
    static let folded: Set<String> = Set((danish + english).map(SearchSnippet.fold))

    /// Whether a word, folded as the index folds it, is a stop word.
    static func contains(folded word: String) -> Bool { folded.contains(word) }
}
