import Foundation

/// What a guideline in the base says about substituting a product: a line that speaks of
/// substitution ("Substitueres ikke på apoteket", "may be substituted") and names one of
/// the products compared or their active substance.
public struct SubstitutionStatement: Sendable {
    public let document: DocumentRecord
    public let quote: String
    /// Scalar offsets of the quote in the document's normalised text.
    public let start: Int
    public let end: Int

    /// Word starts that speak of substitution, Danish and English: "substitu-" (substitueres,
    /// substitution, substitute), "ombytt-" (ombyttes), "interchangeab-".
    static let cues = ["substitu", "ombytt", "interchangeab", "udskift"]

    public static func find(in guidelines: [DocumentRecord], naming names: [String]) -> [SubstitutionStatement] {
        let folded = names.map { $0.lowercased() }.filter { !$0.isEmpty }
        var found: [SubstitutionStatement] = []
        for document in guidelines {
            let text = NormalizedText(alreadyNormalized: document.text)
            for line in TextLine.lines(of: text) {
                let lower = line.text.lowercased()
                guard cues.contains(where: { lower.contains($0) }), folded.contains(where: { lower.contains($0) }) else { continue }
                // The quote is the line without its bullet and surrounding spaces.
                var start = line.start, end = line.end
                while start < end, !text.scalars[start].properties.isAlphabetic { start += 1 }
                while end > start, text.scalars[end - 1] == " " { end -= 1 }
                found.append(SubstitutionStatement(document: document, quote: text.slice(start..<end), start: start, end: end))
            }
        }
        return found
    }
}
