import Foundation

/// One catalogue row as a document of its own: a few identifying lines and the
/// "Therapeutic indication" cell (SmPC section 4.1 text), with the indication facts
/// read from that cell. Evidence offsets point into this text, as for any document.
struct CatalogueEntryDocument {
    static let indicationHeading = "Therapeutic indication"

    let document: ReadDocument
    let title: String
    let sections: [Section]
    let facts: [Fact]

    init(_ entry: CatalogueEntry, of catalogue: Catalogue, source: String, lexicon: Lexicon = .shared) {
        var identity = [entry.name, "EMA medicines catalogue of \(catalogue.exportDate), row \(entry.row)"]
        if let number = entry.productNumber { identity.append("EMA product number: \(number)") }
        if !entry.activeSubstances.isEmpty { identity.append("Active substance: " + entry.activeSubstances.joined(separator: ", ")) }
        let head = TextNormalizer.normalize(identity.joined(separator: "\n")).string
        let indication = TextNormalizer.normalize(entry.indicationText ?? "").string
        let text = indication.isEmpty ? head : head + "\n" + Self.indicationHeading + "\n" + indication
        let normalized = NormalizedText(alreadyNormalized: text)

        let headCount = head.unicodeScalars.count
        var sections = [Section(heading: nil, role: nil, range: 0..<headCount, body: 0..<headCount)]
        if !indication.isEmpty {
            let headingStart = headCount + 1
            let bodyStart = headingStart + Self.indicationHeading.unicodeScalars.count + 1
            sections.append(Section(heading: Self.indicationHeading, role: .whatUsedFor,
                                    range: headingStart..<normalized.count, body: bodyStart..<normalized.count))
        }
        let document = ReadDocument(id: DocumentReader.sha256(Data(text.utf8)), source: "\(source), row \(entry.row)",
                                    kind: .catalogueEntry, language: "en", text: normalized,
                                    statedDate: catalogue.exportDate)
        self.document = document
        self.title = entry.name
        self.sections = sections
        let context = OverviewContext(document: document, sections: sections, product: entry.name, lexicon: lexicon)
        facts = IndicationExtractor.extract(context, trigger: IndicationExtractor.summaryOfProductCharacteristicsTrigger)
    }
}
