import Foundation
import GRDB

/// A row of `document`.
public struct DocumentRecord: Codable, Sendable, Equatable {
    public var id: String
    public var source: String
    public var kind: String
    public var language: String
    public var title: String?
    public var text: String
    public var statedDate: String?
    public var importedAt: String

    enum CodingKeys: String, CodingKey {
        case id, source, kind, language, title, text
        case statedDate = "stated_date"
        case importedAt = "imported_at"
    }
}

extension DocumentRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "document"
    public enum Columns {
        static let id = Column(CodingKeys.id)
        static let importedAt = Column(CodingKeys.importedAt)
    }
}

/// A row of `section`.
public struct SectionRecord: Codable, Sendable {
    public var id: Int64?
    public var documentId: String
    public var ordinal: Int
    public var heading: String?
    public var start: Int
    public var end: Int
    public var text: String

    enum CodingKeys: String, CodingKey {
        case id, ordinal, heading, start, end, text
        case documentId = "document_id"
    }
}

extension SectionRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "section"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `product`.
public struct ProductRecord: Codable, Sendable, Equatable {
    public var id: Int64?
    public var name: String
    public var nameKey: String
    public var emaProductNumber: String?
    public var category: String?
    public var status: String?
    public var inn: String?
    public var activeSubstances: String
    public var atc: String?
    public var therapeuticArea: String?
    public var biosimilar: Bool?
    public var generic: Bool?
    public var orphan: Bool?
    public var conditionalApproval: Bool?
    public var additionalMonitoring: Bool?
    public var holder: String?
    public var authorisationDate: String?
    public var withdrawalDate: String?
    public var revision: Int?
    public var url: String?
    public var catalogueId: String?
    public var referenceProductId: Int64?
    public var inferredReferenceProductId: Int64?
    public var inferredReferenceBasis: String?

    /// A product only a name is known of yet.
    init(name: String, activeSubstances: String = "[]") {
        self.name = name
        nameKey = ProductIdentity.nameKey(name)
        self.activeSubstances = activeSubstances
    }

    enum CodingKeys: String, CodingKey {
        case id, name, category, status, inn, atc, biosimilar, generic, orphan, holder, revision, url
        case nameKey = "name_key"
        case emaProductNumber = "ema_product_number"
        case activeSubstances = "active_substances"
        case therapeuticArea = "therapeutic_area"
        case conditionalApproval = "conditional_approval"
        case additionalMonitoring = "additional_monitoring"
        case authorisationDate = "authorisation_date"
        case withdrawalDate = "withdrawal_date"
        case catalogueId = "catalogue_id"
        case referenceProductId = "reference_product_id"
        case inferredReferenceProductId = "inferred_reference_product_id"
        case inferredReferenceBasis = "inferred_reference_basis"
    }

    public var substances: [String] {
        (try? JSONValue.parse(activeSubstances))?.arrayValue?.compactMap(\.stringValue) ?? []
    }
}

extension ProductRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "product"
    public enum Columns {
        static let name = Column(CodingKeys.name)
    }
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `catalogue`: one imported export.
public struct CatalogueRecord: Codable, Sendable, Equatable {
    public var id: String
    public var source: String
    public var layout: String
    public var exportDate: String
    public var fields: String
    public var importedAt: String

    enum CodingKeys: String, CodingKey {
        case id, source, layout, fields
        case exportDate = "export_date"
        case importedAt = "imported_at"
    }

    public var fieldSet: Set<CatalogueField> {
        Set(((try? JSONValue.parse(fields))?.arrayValue ?? []).compactMap { $0.stringValue.flatMap(CatalogueField.init) })
    }
}

extension CatalogueRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "catalogue"
}

/// A row of `catalogue_entry`: one medicine in one export.
public struct CatalogueEntryRecord: Codable, Sendable {
    public var catalogueId: String
    public var row: Int
    public var productId: Int64
    public var documentId: String
    public var fields: String

    enum CodingKeys: String, CodingKey {
        case row, fields
        case catalogueId = "catalogue_id"
        case productId = "product_id"
        case documentId = "document_id"
    }
}

extension CatalogueEntryRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "catalogue_entry"
}

/// A row of `fact`.
public struct FactRecord: Codable, Sendable {
    public var id: Int64?
    public var documentId: String
    public var productId: Int64?
    public var ordinal: Int
    public var type: String
    public var product: String?
    public var fields: String
    public var section: String?
    public var quote: String
    public var start: Int
    public var end: Int
    public var page: Int?

    enum CodingKeys: String, CodingKey {
        case id, ordinal, type, product, fields, section, quote, start, end, page
        case documentId = "document_id"
        case productId = "product_id"
    }

    /// The fact this row holds.
    public func fact() throws -> Fact {
        guard let type = FactType(rawValue: type) else { throw DatabaseError(message: "unknown fact type \(self.type)") }
        guard case let .object(pairs) = try JSONValue.parse(fields) else {
            throw DatabaseError(message: "fact \(id ?? 0) has malformed fields")
        }
        return Fact(type: type, product: product, fields: pairs,
                    evidence: Evidence(section: section, quote: quote, start: start, end: end, page: page))
    }
}

extension FactRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "fact"
    public enum Columns {
        static let documentId = Column(CodingKeys.documentId)
        static let productId = Column(CodingKeys.productId)
        static let ordinal = Column(CodingKeys.ordinal)
        static let type = Column(CodingKeys.type)
    }
}

/// A row of `document_page`: where a PDF page's text lies in the document's text.
public struct DocumentPageRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "document_page"
    public var documentId: String
    public var page: Int
    public var start: Int
    public var end: Int

    enum CodingKeys: String, CodingKey {
        case page, start, end
        case documentId = "document_id"
    }
}
