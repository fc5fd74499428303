import Foundation

/// The facts of an EPAR overview, Danish or English, current or older template.
public enum OverviewParser {
    public enum ParseError: Error, CustomStringConvertible {
        case noProductName
        public var description: String {
            "the overview names no product (no \"What is X …?\" heading, no \"… (EPAR) for X.\", no opening \"X is a medicine …\"); is it an EPAR overview?"
        }
    }

    public static func parse(_ document: ReadDocument, lexicon: Lexicon = .shared) throws -> DocumentFacts {
        // An overview is written for the public: its lay wording stands for the concept.
        let lexicon = lexicon.readingLayText()
        let (sections, names) = SectionSplitter.eparSections(of: document.text, language: document.language,
                                                             headings: document.eparHeadings)
        guard let product = OverviewName.find(in: document.text, headingNames: names, language: document.language)
        else { throw ParseError.noProductName }
        let context = OverviewContext(document: document, sections: sections, product: product, lexicon: lexicon)
        let title = self.title(of: document, product: product)
        let productFact = ProductExtractor.extract(context, title: title)
        var facts = [productFact]
        facts += IndicationExtractor.extract(context)
        facts += DosingExtractor.extract(context, activeSubstances: productFact.strings("active_substances"))
        facts += SafetyExtractor.extract(context)
        facts += StudyResultExtractor.extract(context)
        facts += RiskMeasureExtractor.extract(context)
        return DocumentFacts(title: title, sections: sections, facts: facts)
    }

    /// The first line naming the product ("Conexxence (denosumab)"), joined with the
    /// substance line below it in the older template ("Prolia" / "denosumab").
    static func title(of document: ReadDocument, product: String) -> String? {
        let lines = TextLine.lines(of: document.text).filter { !$0.isBlank }.prefix(12)
        guard let index = lines.firstIndex(where: { $0.text.hasPrefix(product) && $0.text.count <= product.count + 60 })
        else { return nil }
        let line = lines[index].text
        if line == product, index + 1 < lines.endIndex, lines[index + 1].text.split(separator: " ").count <= 4,
           lines[index + 1].text.first?.isLowercase == true {
            return "\(product) (\(lines[index + 1].text))"
        }
        return line
    }
}
