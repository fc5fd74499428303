import Foundation

/// The facts of product information (Annex I-III): from each SmPC of Annex I, the product
/// (sections 1-3, 5.1), indications (4.1), the standard dose (4.2), contraindications (4.3)
/// and the tabulated adverse reactions (4.8). Annex II and III are kept as sections, not
/// read for facts: the package leaflet restates the SmPC for patients.
public enum SmPCParser {
    public enum ParseError: Error, CustomStringConvertible {
        case noProductName
        public var description: String {
            "section 1 of the SmPC (the name of the medicinal product) names no product; is it product information?"
        }
    }

    public static func parse(_ document: ReadDocument, lexicon: Lexicon = .shared) throws -> DocumentFacts {
        let headings = SmPCTemplate.headings(in: document.text)
        let cut = SectionSplitter.cut(document.text, at: headings.map { ($0.start, $0.end, $0.title, EPARTemplate.Role?.none) })
        var numbered: [SmPCContext.NumberedSection] = []
        var copy = -1
        let offset = cut.count - headings.count  // the preamble before the first heading, if any
        for (index, section) in cut.enumerated() {
            let heading = index >= offset ? headings[index - offset] : nil
            if heading?.number == "1" { copy += 1 }
            let inAnnexI = heading.map { $0.annex == 1 && $0.number != nil } ?? false
            numbered.append(.init(number: heading?.number, section: section, copy: inAnnexI && copy >= 0 ? copy : nil))
        }
        let names = numbered.filter { $0.number == "1" }.compactMap { SmPCProductExtractor.name(in: document.text, $0.section) }
        guard let product = names.first else { throw ParseError.noProductName }
        let context = SmPCContext(document: document, sections: numbered, product: product, lexicon: lexicon)
        var facts = SmPCProductExtractor.extract(context)
        facts += SmPCIndicationExtractor.extract(context)
        facts += SmPCDosingExtractor.extract(context)
        let substances = facts.filter { $0.type == .product }.flatMap { $0.strings("active_substances") }
        facts += SmPCCoMedicationExtractor.extract(context, activeSubstances: substances)
        facts += SmPCContraindicationExtractor.extract(context)
        facts += AdverseReactionExtractor.extract(context)
        let title = context.sections("1").first.flatMap { SmPCProductExtractor.firstLine(in: document.text, $0) }
            .map(SmPCProductExtractor.firstSentence)
        return DocumentFacts(title: title, sections: cut, facts: facts)
    }
}
