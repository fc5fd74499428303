import Foundation

/// The sentence that states a value, for a comparison row whose fact was quoted for
/// something else: the product fact of an overview is quoted where it names the
/// reference product ("Referencelægemidlet for Conexxence er Prolia."), which does not
/// show the active substance or the form.
enum StatingSentence {
    /// `fact` itself if its quote names every phrase; else the same fact quoted by the
    /// first full sentence of its document that does; else `fact` unchanged.
    static func supporting(_ fact: SourcedFact, naming phrases: [String]) -> SourcedFact {
        let wanted = phrases.map { $0.lowercased() }.filter { !$0.isEmpty }
        func names(_ text: String) -> Bool { let lower = text.lowercased(); return wanted.allSatisfy { lower.contains($0) } }
        guard !wanted.isEmpty, !names(fact.fact.evidence.quote), !fact.document.text.isEmpty else { return fact }
        let text = NormalizedText(alreadyNormalized: fact.document.text)
        // A full sentence rather than a title line ("Conexxence (denosumab)") that merely names it.
        let naming = Sentence.split(text, in: 0..<text.count).filter { names($0.text) }
        guard let sentence = naming.first(where: { $0.text.hasSuffix(".") }) ?? naming.first else { return fact }
        var restated = fact.fact
        restated.evidence = Evidence(section: nil, quote: sentence.text, start: sentence.start, end: sentence.end)
        return SourcedFact(fact: restated, document: fact.document)
    }
}
