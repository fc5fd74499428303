import Foundation
import GRDB

/// A product with what the base knows of it.
public struct ProductSummary: Sendable, Equatable {
    public let id: Int64
    public let name: String
    public let emaProductNumber: String?
    public let category: String?
    public let status: String?
    public let activeSubstances: [String]
    public let atc: String?
    public let biosimilar: Bool?
    public let generic: Bool?
    public let authorisationDate: String?
    /// The reference product a document states.
    public let referenceProduct: String?
    /// The reference product medkb infers from the catalogue, and why.
    public let inferredReference: String?
    public let inferenceBasis: String?
    /// Ids of its sources: the documents holding facts about it and its catalogue rows.
    public let documents: [String]

    /// The reference product to name when one is wanted: the stated one, else the inferred one.
    public var reference: String? { referenceProduct ?? inferredReference }

    /// Whether the stated and the inferred reference name different products.
    public var referencesDisagree: Bool {
        guard let stated = referenceProduct, let inferred = inferredReference else { return false }
        return ProductIdentity.nameKey(stated) != ProductIdentity.nameKey(inferred)
    }
}

/// What `medkb products` may filter on; nil means any.
public struct ProductFilter: Sendable {
    public var substance: String?
    public var atc: String?
    public var biosimilar: Bool?
    public var generic: Bool?
    public var status: String?
    public var reference: String?

    public init(substance: String? = nil, atc: String? = nil, biosimilar: Bool? = nil, generic: Bool? = nil,
                status: String? = nil, reference: String? = nil) {
        (self.substance, self.atc, self.biosimilar, self.generic, self.status, self.reference)
            = (substance, atc, biosimilar, generic, status, reference)
    }

    func admits(_ product: ProductSummary) -> Bool {
        if let substance, !product.activeSubstances.contains(where: { $0.lowercased() == substance.lowercased() }) { return false }
        if let atc, !(product.atc ?? "").uppercased().hasPrefix(atc.uppercased()) { return false }
        if let biosimilar, (product.biosimilar ?? false) != biosimilar { return false }
        if let generic, (product.generic ?? false) != generic { return false }
        if let status, (product.status ?? "").caseInsensitiveCompare(status) != .orderedSame { return false }
        if let reference {
            let key = ProductIdentity.nameKey(reference)
            guard [product.referenceProduct, product.inferredReference].contains(where: { $0.map(ProductIdentity.nameKey) == key })
            else { return false }
        }
        return true
    }
}

/// A fact with the document it was read from.
public struct SourcedFact: Sendable {
    public let fact: Fact
    public let document: DocumentRecord
}

public enum QueryError: Error, LocalisedMessage, Equatable {
    case unknownProduct(String, suggestions: [String], baseIsEmpty: Bool)
    case ambiguousProduct(String, candidates: [String])
    case unknownDocument(String)
    case documentNotAbout(String, product: String, documents: [String])
    case unknownGuideline(String, known: [String])

    public func message(_ labels: ReportLabels) -> String {
        switch self {
        case let .unknownProduct(name, suggestions, baseIsEmpty):
            if baseIsEmpty { return labels.format("unknown_product_empty", name) }
            if suggestions.isEmpty { return labels.format("unknown_product_none_close", name) }
            return labels.format("unknown_product_meant", name, suggestions.joined(separator: " \(labels["or"]) "))
        case let .ambiguousProduct(name, candidates):
            return labels.format("ambiguous_product", name, candidates.joined(separator: ", "))
        case let .unknownGuideline(query, known):
            return labels.format("unknown_guideline", query,
                                 known.isEmpty ? labels["no_guideline"] : labels.format("guidelines_in_base", known.joined(separator: "; ")))
        case let .documentNotAbout(query, product, documents):
            return labels.format("document_not_about", query, product)
                + (documents.isEmpty ? "" : labels.format("its_documents", documents.joined(separator: ", ")))
        case let .unknownDocument(id):
            return labels.format("unknown_document", id)
        }
    }
}

extension ProductSummary {
    /// A stored product with the names of its references and the documents about it.
    init(_ product: ProductRecord, referenceProduct: String?, inferredReference: String?, documents: [String]) {
        self.init(id: product.id!, name: product.name, emaProductNumber: product.emaProductNumber,
                  category: product.category, status: product.status, activeSubstances: product.substances,
                  atc: product.atc, biosimilar: product.biosimilar, generic: product.generic,
                  authorisationDate: product.authorisationDate, referenceProduct: referenceProduct,
                  inferredReference: inferredReference, inferenceBasis: product.inferredReferenceBasis, documents: documents)
    }
}

extension KnowledgeBase {
    public func products(_ filter: ProductFilter = ProductFilter()) throws -> [ProductSummary] {
        try database.read { db in
            let products = try ProductRecord.fetchAll(db)
            let names = Dictionary(uniqueKeysWithValues: products.compactMap { p in p.id.map { ($0, p.name) } })
            var sources: [Int64: [String]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT product_id, document_id FROM fact WHERE product_id IS NOT NULL
                UNION SELECT product_id, document_id FROM catalogue_entry ORDER BY 1, 2
                """) {
                sources[row["product_id"], default: []].append(row["document_id"])
            }
            return products.map { product in
                ProductSummary(product, referenceProduct: product.referenceProductId.flatMap { names[$0] },
                               inferredReference: product.inferredReferenceProductId.flatMap { names[$0] },
                               documents: sources[product.id!] ?? [])
            }
            .filter(filter.admits)
            .sorted { ($0.name.lowercased(), $0.emaProductNumber ?? "") < ($1.name.lowercased(), $1.emaProductNumber ?? "") }
        }
    }

    /// The product a user means: its EMA product number, the exact name ignoring case
    /// (the authorised one where a name is shared), else the only name starting so.
    /// An unknown name gets the closest known names as suggestions. Looked up through the
    /// indexes (number, name key, trigrams), so that naming a product never reads them all.
    public func product(named query: String) throws -> ProductSummary {
        try database.read { db in
            if let found = try Self.product(numberedOrNamed: query, db) { return found }
            return try Self.product(startingWith: query, db)
        }
    }

    /// The product whose EMA number or name (ignoring case) is `query`; nil when none is.
    static func product(numberedOrNamed query: String, _ db: Database) throws -> ProductSummary? {
        var matches = try ProductRecord.filter(sql: "ema_product_number = ? COLLATE NOCASE", arguments: [query]).fetchAll(db)
        if matches.isEmpty {
            // Names equal ignoring case have the same key; the key also joins names that are not.
            matches = try ProductRecord.filter(sql: "name_key = ?", arguments: [ProductIdentity.nameKey(query)]).fetchAll(db)
                .filter { $0.name.caseInsensitiveCompare(query) == .orderedSame }
        }
        // Among equals, the first in the order of `products()`.
        guard let product = matches.sorted(by: listedBefore).min(by: {
            ProductIdentity.prefers(($0.status, $0.authorisationDate), over: ($1.status, $1.authorisationDate))
        }) else { return nil }
        return try summary(of: product, db)
    }

    /// The only product whose name starts with `query` (ignoring case); else the error names
    /// the products that do, or the names a few edits away.
    static func product(startingWith query: String, _ db: Database) throws -> ProductSummary {
        // A name starting with the query has a key starting with the query's key: the index
        // gives those, the names themselves the answer.
        let key = ProductIdentity.nameKey(query), lowered = query.lowercased()
        let prefixed = try ProductRecord.filter(sql: "name_key >= ? AND name_key < ?", arguments: [key, key + "\u{10FFFF}"]).fetchAll(db)
            .filter { $0.name.lowercased().hasPrefix(lowered) }.sorted(by: listedBefore)
        if prefixed.count == 1 { return try summary(of: prefixed[0], db) }
        if prefixed.count > 1 {
            throw QueryError.ambiguousProduct(query, candidates: prefixed.prefix(12).map(\.name) + (prefixed.count > 12 ? ["…"] : []))
        }
        let close = try ProductIdentity.nameCandidates(for: key, in: db)
        throw QueryError.unknownProduct(query, suggestions: NameSuggester(close).suggestions(for: query).map(\.label),
                                        baseIsEmpty: try !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM product)") ?? false))
    }

    /// The order of `products()`: by name ignoring case, then EMA number.
    static func listedBefore(_ a: ProductRecord, _ b: ProductRecord) -> Bool {
        (a.name.lowercased(), a.emaProductNumber ?? "") < (b.name.lowercased(), b.emaProductNumber ?? "")
    }

    /// One product as `products()` lists it: its references by name, its documents.
    static func summary(of product: ProductRecord, _ db: Database) throws -> ProductSummary {
        let name = try db.cachedStatement(sql: "SELECT name FROM product WHERE id = ?")
        let documents = try String.fetchAll(db, sql: """
            SELECT document_id FROM fact WHERE product_id = ?1
            UNION SELECT document_id FROM catalogue_entry WHERE product_id = ?1 ORDER BY 1
            """, arguments: [product.id])
        return ProductSummary(product, referenceProduct: try product.referenceProductId.flatMap { try String.fetchOne(name, arguments: [$0]) },
                              inferredReference: try product.inferredReferenceProductId.flatMap { try String.fetchOne(name, arguments: [$0]) },
                              documents: documents)
    }

    /// Every fact about a product, each with its document, in document then reading order.
    public func facts(about product: ProductSummary) throws -> [SourcedFact] {
        try database.read { db in
            let rows = try FactRecord.filter(FactRecord.Columns.productId == product.id)
                .order(FactRecord.Columns.documentId, FactRecord.Columns.ordinal).fetchAll(db)
            var documents: [String: DocumentRecord] = [:]
            return try rows.map { row in
                if documents[row.documentId] == nil { documents[row.documentId] = try DocumentRecord.fetchOne(db, key: row.documentId) }
                return SourcedFact(fact: try row.fact(), document: documents[row.documentId]!)
            }
        }
    }

    /// The documents of one kind, in import order.
    public func documents(ofKind kind: DocumentKind) throws -> [DocumentRecord] {
        try database.read { db in
            try DocumentRecord.filter(Column("kind") == kind.rawValue)
                .order(DocumentRecord.Columns.importedAt, DocumentRecord.Columns.id).fetchAll(db)
        }
    }

    public func documents() throws -> [DocumentRecord] {
        try database.read { db in try DocumentRecord.order(DocumentRecord.Columns.importedAt, DocumentRecord.Columns.id).fetchAll(db) }
    }

    public func documents(withIds ids: [String]) throws -> [DocumentRecord] {
        try database.read { db in try DocumentRecord.fetchAll(db, keys: ids).sorted { ($0.statedDate ?? "", $0.id) < ($1.statedDate ?? "", $1.id) } }
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
        try database.read { db in
            try FactRecord.filter(FactRecord.Columns.documentId == id).order(FactRecord.Columns.ordinal).fetchAll(db).map { try $0.fact() }
        }
    }
}

extension KnowledgeBase {
    /// How many pages a document read from PDF has; 0 for text documents.
    public func pageCount(ofDocument id: String) throws -> Int {
        try database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document_page WHERE document_id = ?", arguments: [id]) ?? 0
        }
    }
}
