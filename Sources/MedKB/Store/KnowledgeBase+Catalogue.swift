import Foundation
import GRDB

/// What importing one catalogue export did.
public struct CatalogueImport: Sendable {
    public let id: String
    public let exportDate: String
    public let layout: String
    public let human: Int
    public let veterinary: Int
    public let newProducts: Int
    public let facts: Int
    /// What changed since the export before it, if the base holds an earlier one.
    public let changes: CatalogueChanges?

    public var rows: Int { human + veterinary }
}

public enum CatalogueImportOutcome: Sendable {
    case imported(CatalogueImport)
    case unchanged(id: String)
}

extension KnowledgeBase {
    /// Reads a whole EMA catalogue export, then stores it in one transaction: every row
    /// becomes or updates its product, its indication cell becomes a document with its
    /// facts, and the reference products of biosimilars are inferred again. The same
    /// workbook imported again changes nothing.
    public func importCatalogue(_ data: Data, source: String, now: Date = Date()) throws -> CatalogueImportOutcome {
        let id = DocumentReader.sha256(data)
        if try database.read({ db in try CatalogueRecord.exists(db, key: id) }) { return .unchanged(id: id) }
        let catalogue = try CatalogueReader.read(data)
        let documents = Self.documents(of: catalogue, source: source)
        let importedAt = Self.timestamp(now)
        var newProducts = 0
        try database.write { db in
            if try CatalogueRecord.exists(db, key: id) { return }
            let fields = JSONValue.strings(CatalogueField.allCases.filter(catalogue.fields.contains).map(\.rawValue))
            try CatalogueRecord(id: id, source: source, layout: catalogue.layout, exportDate: catalogue.exportDate,
                                fields: fields.serialized(), importedAt: importedAt).insert(db, of: source)
            let exportDates = try Dictionary(uniqueKeysWithValues: CatalogueRecord.fetchAll(db).map { ($0.id, $0.exportDate) })
            // The preferred row of a shared name first: a name a refused application shared goes to the authorised medicine.
            let order = catalogue.entries.indices.sorted {
                let a = catalogue.entries[$0], b = catalogue.entries[$1]
                let keyA = (a[.status]?.text, a[.authorisationDate]?.text), keyB = (b[.status]?.text, b[.authorisationDate]?.text)
                if ProductIdentity.prefers(keyA, over: keyB) { return true }
                if ProductIdentity.prefers(keyB, over: keyA) { return false }
                return a.row < b.row
            }
            // Row documents are indexed for search together, once the rows are stored.
            try Self.indexingNewSections(in: db) {
                for index in order {
                    let entry = catalogue.entries[index], entryDocument = documents[index]
                    var product = try Self.product(for: entry, in: db)
                    if product.id == nil { newProducts += 1 }
                    let current = product.catalogueId.flatMap { exportDates[$0] } ?? ""
                    if product.id == nil || catalogue.exportDate >= current {
                        Self.apply(entry, catalogueId: id, to: &product)
                    }
                    try product.save(db, of: "\(source) row \(entry.row)")
                    let productId = product.id!
                    let exists = try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM document WHERE id = ?)"),
                                                   arguments: [entryDocument.document.id]) ?? false
                    if !exists {
                        try store(entryDocument.document, title: entryDocument.title, sections: entryDocument.sections,
                                  facts: entryDocument.facts, importedAt: importedAt, in: db) { _ in productId }
                    }
                    try CatalogueEntryRecord(catalogueId: id, row: entry.row, productId: productId,
                                             documentId: entryDocument.document.id,
                                             fields: Self.snapshot(of: entry).serialized()).insert(db, of: "\(source) row \(entry.row)")
                }
            }
            try inferReferenceProducts(in: db)
        }
        checkpointIfIdle()
        return .imported(CatalogueImport(
            id: id, exportDate: catalogue.exportDate, layout: catalogue.layout,
            human: catalogue.count(category: "human"), veterinary: catalogue.count(category: "veterinary"),
            newProducts: newProducts, facts: documents.reduce(0) { $0 + $1.facts.count },
            changes: try changes(of: id)))
    }

    /// Every row's document, built on all cores: rows are independent and reading their
    /// indications is most of an import's work.
    static func documents(of catalogue: Catalogue, source: String) -> [CatalogueEntryDocument] {
        let lexicon = Lexicon.shared
        return catalogue.entries.concurrentMap { CatalogueEntryDocument($0, of: catalogue, source: source, lexicon: lexicon) }
    }

    /// The stored product a row is about: by EMA product number, else by name among the
    /// products no catalogue has numbered yet (those documents created); else a new one.
    static func product(for entry: CatalogueEntry, in db: Database) throws -> ProductRecord {
        if let number = entry.productNumber,
           let found = try ProductRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM product WHERE ema_product_number = ?"),
                                                  arguments: [number]) {
            return found
        }
        if let found = try ProductIdentity.products(named: entry.name, in: db).first(where: { $0.emaProductNumber == nil }) {
            return found
        }
        return ProductRecord(name: entry.name)
    }

    /// Takes a row's values into its product. A value the row leaves blank keeps the one
    /// known before: EMA blanks the holder, ATC code and dates of withdrawn medicines.
    static func apply(_ entry: CatalogueEntry, catalogueId: String, to product: inout ProductRecord) {
        func text(_ field: CatalogueField, else old: String?) -> String? { entry[field]?.text ?? old }
        func flag(_ field: CatalogueField, else old: Bool?) -> Bool? { entry[field]?.flag ?? old }
        product.name = entry.name
        product.nameKey = ProductIdentity.nameKey(entry.name)
        product.emaProductNumber = entry.productNumber ?? product.emaProductNumber
        product.category = text(.category, else: product.category)
        product.status = entry[.status]?.text
        product.inn = text(.inn, else: text(.activeSubstance, else: product.inn))
        if !entry.activeSubstances.isEmpty { product.activeSubstances = JSONValue.strings(entry.activeSubstances).serialized() }
        product.atc = text(.atc, else: text(.atcVeterinary, else: product.atc))
        product.therapeuticArea = text(.therapeuticArea, else: product.therapeuticArea)
        product.biosimilar = flag(.biosimilar, else: product.biosimilar)
        product.generic = flag(.generic, else: product.generic)
        product.orphan = flag(.orphan, else: product.orphan)
        product.conditionalApproval = flag(.conditionalApproval, else: product.conditionalApproval)
        product.additionalMonitoring = flag(.additionalMonitoring, else: product.additionalMonitoring)
        product.holder = text(.holder, else: product.holder)
        product.authorisationDate = text(.authorisationDate, else: product.authorisationDate)
        product.withdrawalDate = entry[.withdrawalDate]?.text
        if case let .number(revision)? = entry[.revision] { product.revision = revision }
        product.url = text(.url, else: product.url)
        product.catalogueId = catalogueId
    }

    /// A row's values as stored for comparing exports; the indication text lives in the row's document.
    static func snapshot(of entry: CatalogueEntry) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        for field in CatalogueField.allCases where field != .indication {
            if let value = entry[field] { pairs.append((field.rawValue, value.json)) }
        }
        pairs.append(("active_substances", .strings(entry.activeSubstances)))
        return .object(pairs)
    }

    public func catalogues() throws -> [CatalogueRecord] {
        try database.read { db in try CatalogueRecord.order(Column("export_date"), Column("imported_at")).fetchAll(db) }
    }
}
