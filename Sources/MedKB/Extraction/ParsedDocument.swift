import Foundation

/// A document with its parser's result, whichever parser its kind needs.
struct ParsedDocument {
    let document: ReadDocument
    let title: String?
    let sections: [Section]
    let facts: [Fact]

    init(_ document: ReadDocument, lexicon: Lexicon = .shared) throws {
        self.document = document
        switch document.kind {
        case .eparOverview:
            let result = try OverviewParser.parse(document, lexicon: lexicon)
            (title, sections, facts) = (result.title, result.sections, result.facts)
        case .guideline:
            let result = GuidelineParser.parse(document, lexicon: lexicon)
            (title, sections, facts) = (result.title, result.sections, result.facts)
        case .smpc:
            let result = try SmPCParser.parse(document, lexicon: lexicon)
            (title, sections, facts) = (result.title, result.sections, result.facts)
        case .catalogueEntry:
            throw ReadError.kindNeedsWorkbook
        }
    }
}
