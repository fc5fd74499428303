import GRDB

extension KnowledgeBase {
    /// Words shorter than this are never replaced: a short word is one edit from too many others.
    static let shortestCorrectedWord = 5
    /// At most this many close words are tried, each with a query of its own.
    static let correctionsTried = 6

    /// The query with each word that is in no section (nor starts a word that is) replaced by
    /// the vocabulary's closest word that finds something; nil when no word was replaced.
    /// Close is one edit away: a letter left out, added, changed or two swapped ("hovdpine",
    /// "knoglebrudd"). The vocabulary's words, not the index's: looking a word up in the
    /// index costs 50 µs, and a word has hundreds of edits; a vocabulary word also finds
    /// the other language's text through its concept where no document of its own language
    /// is. A misspelt product name gets the names suggested by `nameSuggestions` instead, and
    /// is not looked for in the vocabulary (which holds no product names: a scan of its
    /// words was most of such a search).
    static func corrected(_ query: SearchQuery, _ db: Database, closeNames: inout [String: [String]]) throws -> SearchQuery? {
        var replacements: [String: String] = [:]
        for term in query.terms {
            let termPattern = term.pattern
            guard try !hasHit(termPattern, db) else { continue }
            for word in term.words where word.count >= shortestCorrectedWord && word.allSatisfy(\.isLetter) {
                // A term of one word and no alternatives is that word's pattern: known to find nothing.
                let wordPattern = SearchPhrase(words: [word], prefix: true).pattern
                guard try wordPattern == termPattern || !hasHit(wordPattern, db),
                      try closeProductNames(word, db, closeNames: &closeNames).isEmpty else { continue }
                for candidate in ConceptTerms.shared.words(oneEditFrom: word.lowercased()).prefix(correctionsTried) {
                    if let pattern = try searchQuery(candidate, db).pattern, try hasHit(pattern, db) {
                        replacements[word] = candidate
                        break
                    }
                }
            }
        }
        guard !replacements.isEmpty else { return nil }
        let text = query.typed.map { replacements[$0.lowercased()] ?? $0 }.joined(separator: " ")
        var corrected = try searchQuery(text, db)
        corrected.corrections = query.typed.compactMap { word in replacements[word.lowercased()].map { (word, $0) } }
        return corrected
    }

    static func hasHit(_ pattern: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM section_fts WHERE section_fts MATCH ? LIMIT 1"), arguments: [pattern]) ?? false
    }
}
