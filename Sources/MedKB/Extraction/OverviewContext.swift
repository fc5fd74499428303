import Foundation

/// What every product document's extractors need to make a fact: the document, the product
/// its facts are about, and evidence cut from its text.
protocol ExtractionContext {
    var document: ReadDocument { get }
    var product: String { get }
}

extension ExtractionContext {
    func evidence(_ range: Range<Int>, in section: Section?) -> Evidence {
        Evidence(section: section?.heading.map(OverviewContext.oneLine), quote: document.text.slice(range),
                 start: range.lowerBound, end: range.upperBound)
    }

    func fact(_ type: FactType, _ fields: [(String, JSONValue)], _ evidence: Evidence) -> Fact {
        Fact(type: type, product: product, fields: fields, evidence: evidence)
    }
}

/// What the extractors of one EPAR overview share: the document, its sections by
/// template role, the product name its headings give, and the lexicon.
struct OverviewContext: ExtractionContext {
    let document: ReadDocument
    let sections: [Section]
    let product: String
    let lexicon: Lexicon

    var language: String { document.language }

    /// Sentences of the sections with these roles, in document order, each with its section.
    func sentences(_ roles: EPARTemplate.Role...) -> [(sentence: Sentence, section: Section)] {
        sections.filter { $0.role.map(roles.contains) ?? false }.flatMap { section in
            Sentence.split(document.text, in: section.body).map { ($0, section) }
        }
    }

    func evidence(_ sentence: Sentence, in section: Section) -> Evidence {
        evidence(sentence.start..<sentence.end, in: section)
    }

    static func oneLine(_ text: String) -> String { text.oneLine }

    /// The part of a text after the first match of a pattern.
    func after(_ regex: Pattern, in text: String) -> Substring? {
        text.firstMatch(of: regex).map { text[$0.range.upperBound...] }
    }
}
