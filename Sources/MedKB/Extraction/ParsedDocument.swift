import Foundation

/// What a parser makes of a document: its title line, its sections and its facts.
public struct DocumentFacts: Sendable {
    public let title: String?
    public let sections: [Section]
    public let facts: [Fact]
}

/// A document with its parser's result, whichever parser its kind needs.
///
/// Conditions and side effects get the code of their concept in the vocabulary (ICD-10, HPO),
/// which ties the same concept in other wording or another language.
struct ParsedDocument {
    let document: ReadDocument
    let title: String?
    let sections: [Section]
    let facts: [Fact]

    init(_ document: ReadDocument, lexicon: Lexicon = .shared) throws {
        self.document = document
        let result: DocumentFacts
        switch document.kind {
        case .eparOverview: result = try OverviewParser.parse(document, lexicon: lexicon)
        case .guideline: result = GuidelineParser.parse(document, lexicon: lexicon)
        case .smpc: result = try SmPCParser.parse(document, lexicon: lexicon)
        case .catalogueEntry: throw ReadError.kindNeedsWorkbook
        }
        (title, sections) = (result.title, result.sections)
        facts = result.facts.map { ParsedDocument.coded($0, lexicon: lexicon) }
    }

    static let conceptFields: [FactType: String] = [.indication: "condition", .contraindication: "condition", .adverseEvent: "term"]

    static func coded(_ fact: Fact, lexicon: Lexicon) -> Fact {
        guard let field = conceptFields[fact.type], let concept = fact.string(field), fact["code"] == nil else { return fact }
        let code = lexicon.code(ofCondition: concept)
        var coded = fact
        coded.fields.insert(("code", .optional(code)), at: (coded.fields.firstIndex { $0.0 == field } ?? 0) + 1)
        return coded
    }
}
