import Foundation
import GRDB

/// A product with what the base knows of it.
public struct ProductSummary: Sendable, Equatable {
    public let name: String
    public let activeSubstances: [String]
    public let biosimilar: Bool?
    public let generic: Bool?
    public let referenceProduct: String?
    /// Ids of the documents holding facts about it.
    public let documents: [String]
}

/// A fact with the document it was read from.
public struct SourcedFact: Sendable {
    public let fact: Fact
    public let document: DocumentRecord
}

public enum QueryError: Error, CustomStringConvertible, Equatable {
    case unknownProduct(String, known: [String])
    case ambiguousProduct(String, candidates: [String])
    case unknownDocument(String)
    case documentNotAbout(String, product: String, documents: [String])
    case unknownGuideline(String, known: [String])

    public var description: String {
        switch self {
        case let .unknownProduct(name, known):
            let list = known.isEmpty ? "the base holds no products yet; import documents first with `medkb import`"
                : "known products: " + known.joined(separator: ", ")
            return "no product named \"\(name)\"; \(list)"
        case let .ambiguousProduct(name, candidates):
            return "\"\(name)\" could be " + candidates.joined(separator: ", ") + "; give more of the name"
        case let .unknownGuideline(query, known):
            let list = known.isEmpty ? "the base holds no guideline; import one first" : "guidelines in the base: " + known.joined(separator: "; ")
            return "no single guideline matches \"\(query)\"; \(list)"
        case let .documentNotAbout(query, product, documents):
            return "no document \"\(query)\" about \(product)" + (documents.isEmpty ? "" : "; its documents: " + documents.joined(separator: ", "))
        case let .unknownDocument(id):
            return "no document with id or source \"\(id)\"; `medkb export` lists the documents"
        }
    }
}

extension KnowledgeBase {
    public func products() throws -> [ProductSummary] {
        try dbQueue.read { db in
            let products = try ProductRecord.order(ProductRecord.Columns.name.collating(.localizedCaseInsensitiveCompare)).fetchAll(db)
            let names = Dictionary(uniqueKeysWithValues: products.compactMap { p in p.id.map { ($0, p.name) } })
            return try products.map { product in
                let documents = try String.fetchAll(db, sql: """
                    SELECT DISTINCT document_id FROM fact WHERE product_id = ? ORDER BY document_id
                    """, arguments: [product.id])
                return ProductSummary(name: product.name, activeSubstances: product.substances, biosimilar: product.biosimilar,
                                      generic: product.generic, referenceProduct: product.referenceProductId.flatMap { names[$0] },
                                      documents: documents)
            }
        }
    }

    /// The product a user means: the exact name ignoring case, else the only name starting so.
    public func product(named query: String) throws -> ProductSummary {
        let all = try products()
        if let exact = all.first(where: { $0.name.caseInsensitiveCompare(query) == .orderedSame }) { return exact }
        let prefixed = all.filter { $0.name.lowercased().hasPrefix(query.lowercased()) }
        if prefixed.count == 1 { return prefixed[0] }
        if prefixed.count > 1 { throw QueryError.ambiguousProduct(query, candidates: prefixed.map(\.name)) }
        throw QueryError.unknownProduct(query, known: all.map(\.name))
    }

    /// Every fact about a product, each with its document, in document then reading order.
    public func facts(about product: String) throws -> [SourcedFact] {
        try dbQueue.read { db in
            guard let record = try ProductRecord.filter(ProductRecord.Columns.name == product).fetchOne(db) else { return [] }
            let rows = try FactRecord.filter(FactRecord.Columns.productId == record.id)
                .order(FactRecord.Columns.documentId, FactRecord.Columns.ordinal).fetchAll(db)
            var documents: [String: DocumentRecord] = [:]
            return try rows.map { row in
                if documents[row.documentId] == nil { documents[row.documentId] = try DocumentRecord.fetchOne(db, key: row.documentId) }
                return SourcedFact(fact: try row.fact(), document: documents[row.documentId]!)
            }
        }
    }

    public func documents() throws -> [DocumentRecord] {
        try dbQueue.read { db in try DocumentRecord.order(DocumentRecord.Columns.importedAt, DocumentRecord.Columns.id).fetchAll(db) }
    }

    /// A document by its id, a unique prefix of it, or the source it was imported from.
    public func document(matching query: String) throws -> DocumentRecord {
        let all = try documents()
        if let bySource = all.first(where: { $0.source == query }) { return bySource }
        let byId = all.filter { $0.id.hasPrefix(query.lowercased()) }
        guard byId.count == 1, !query.isEmpty else { throw QueryError.unknownDocument(query) }
        return byId[0]
    }

    public func facts(inDocument id: String) throws -> [Fact] {
        try dbQueue.read { db in
            try FactRecord.filter(FactRecord.Columns.documentId == id).order(FactRecord.Columns.ordinal).fetchAll(db).map { try $0.fact() }
        }
    }
}
