import Foundation

/// What the extractors of one product-information document share: its sections with
/// their SmPC numbers, which SmPC of the Annex each belongs to, the product name and the
/// lexicon.
struct SmPCContext: ExtractionContext {
    struct NumberedSection {
        let number: String?
        let section: Section
        /// 0 for the first SmPC of Annex I, 1 for the second, ...; nil outside Annex I.
        let copy: Int?
    }

    let document: ReadDocument
    let sections: [NumberedSection]
    let product: String
    let lexicon: Lexicon

    var text: NormalizedText { document.text }
    var language: String { document.language }

    /// The sections numbered `number`, one per SmPC in the Annex.
    func sections(_ number: String) -> [Section] {
        sections.filter { $0.number == number && $0.copy != nil }.map(\.section)
    }

    /// Sentences and bullet items of a section's body, tabs read as spaces.
    func sentences(of section: Section) -> [Sentence] {
        Sentence.split(text, in: section.body).map {
            Sentence(start: $0.start, end: $0.end, text: $0.text.replacingOccurrences(of: "\t", with: " "))
        }
    }
}
