import Foundation

/// What a parser makes of a document: its title line, its sections and its facts.
public struct DocumentFacts: Sendable {
    public let title: String?
    public let sections: [Section]
    public let facts: [Fact]
}

/// A document with its parser's result, whichever parser its kind needs.
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
        (title, sections, facts) = (result.title, result.sections, result.facts)
    }
}
