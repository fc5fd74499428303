import Foundation
import GRDB

/// What importing one file did.
public enum ImportOutcome: Sendable, Equatable {
    case imported(id: String, kind: DocumentKind, language: String, title: String?, facts: Int)
    case unchanged(id: String)
}

extension KnowledgeBase {
    /// Reads, parses and stores one document in a single transaction: all of it or,
    /// when anything fails, nothing. The same bytes imported again change nothing.
    public func importDocument(_ data: Data, source: String, forcedKind: DocumentKind? = nil,
                               now: Date = Date()) throws -> ImportOutcome {
        let id = DocumentReader.sha256(data)
        if try dbQueue.read({ db in try DocumentRecord.exists(db, key: id) }) { return .unchanged(id: id) }
        let document = try DocumentReader.read(data, source: source, forcedKind: forcedKind)
        let parsed = try ParsedDocument(document)
        try dbQueue.write { db in
            // Another process may have stored the same bytes since the check above.
            if try DocumentRecord.exists(db, key: id) { return }
            try store(parsed, importedAt: now, in: db)
        }
        return .imported(id: id, kind: document.kind, language: document.language, title: parsed.title,
                         facts: parsed.facts.count)
    }

    func store(_ parsed: ParsedDocument, importedAt: Date, in db: Database) throws {
        var productIds: [String: Int64] = [:]
        if let productFact = parsed.facts.first(where: { $0.type == .product }) {
            let id = try upsertProduct(from: productFact, of: parsed.document.source, in: db)
            productIds[productFact.string("name")?.lowercased() ?? ""] = id
        }
        try store(parsed.document, title: parsed.title, sections: parsed.sections, facts: parsed.facts,
                  importedAt: Self.timestamp(importedAt), in: db) { fact in fact.product.flatMap { productIds[$0.lowercased()] } }
        // The new facts may tell a biosimilar's candidate references apart.
        if !productIds.isEmpty { try inferReferenceProducts(in: db) }
    }

    /// Stores a document, its sections and its facts, each fact tied to the product `productId` gives.
    func store(_ document: ReadDocument, title: String?, sections: [Section], facts: [Fact], importedAt: String,
               in db: Database, productId: (Fact) -> Int64?) throws {
        try DocumentRecord(id: document.id, source: document.source, kind: document.kind.rawValue,
                           language: document.language, title: title, text: document.text.string,
                           statedDate: document.statedDate, importedAt: importedAt).insert(db, of: document.source)
        for (ordinal, section) in sections.enumerated() {
            var record = SectionRecord(id: nil, documentId: document.id, ordinal: ordinal,
                                       heading: section.heading.map(OverviewContext.oneLine),
                                       start: section.range.lowerBound, end: section.range.upperBound,
                                       text: document.text.slice(section.range))
            try record.insert(db, of: document.source)
        }
        let pages = document.geometry?.pageRanges ?? []
        for (page, range) in pages {
            try DocumentPageRecord(documentId: document.id, page: page, start: range.lowerBound, end: range.upperBound).insert(db, of: document.source)
        }
        for (ordinal, fact) in facts.enumerated() {
            var record = FactRecord(id: nil, documentId: document.id, productId: productId(fact), ordinal: ordinal,
                                    type: fact.type.rawValue, product: fact.product,
                                    fields: JSONValue.object(fact.fields).serialized(), section: fact.evidence.section,
                                    quote: fact.evidence.quote, start: fact.evidence.start, end: fact.evidence.end,
                                    page: pages.isEmpty ? nil : document.geometry?.page(at: fact.evidence.start))
            try record.insert(db, of: document.source)
        }
    }

    /// Creates or completes the product a `product` fact describes, and its reference product.
    func upsertProduct(from fact: Fact, of document: String, in db: Database) throws -> Int64 {
        guard let name = fact.string("name") else { preconditionFailure("a product fact always has a name") }
        var product = try ProductIdentity.products(named: name, in: db).first ?? ProductRecord(name: name)
        let substances = fact.strings("active_substances")
        if !substances.isEmpty { product.activeSubstances = JSONValue.strings(substances).serialized() }
        if let biosimilar = fact["biosimilar"]?.boolValue { product.biosimilar = biosimilar }
        if let generic = fact["generic"]?.boolValue { product.generic = generic }
        if let referenceName = fact.string("reference_product") {
            var reference = try ProductIdentity.products(named: referenceName, in: db).first
                ?? ProductRecord(name: referenceName, activeSubstances: product.activeSubstances)
            if reference.id == nil { try reference.insert(db, of: document) }
            product.referenceProductId = reference.id
        }
        try product.save(db, of: document)
        return product.id!
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
