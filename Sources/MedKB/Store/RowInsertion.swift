import GRDB

/// A row an import writes many of (each document's sections, facts and pages), inserted by a
/// cached statement with its values in column order. Through the record's persistence
/// container (a dictionary of its columns, filled by its Codable encoding) a row cost as much
/// again as SQLite's insert of it.
protocol InsertedRow {
    /// The INSERT, with a "?" for each of `insertColumns`.
    static var insertSQL: String { get }
    static var insertColumns: [String] { get }
    /// The values of `insertColumns`, in their order.
    var insertValues: [(any DatabaseValueConvertible)?] { get }
}

extension InsertedRow {
    /// Inserts the row; a value a constraint refuses becomes a ``StoreError`` naming
    /// `document`, as the records' `insert(_:of:)` does.
    func insertRow(_ db: Database, of document: String) throws {
        let values = insertValues
        do {
            try db.cachedStatement(sql: Self.insertSQL).execute(arguments: StatementArguments(values))
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            let named = Dictionary(uniqueKeysWithValues: zip(Self.insertColumns, values.map { $0?.databaseValue ?? .null }))
            throw StoreError(document: document, error: error, values: named)
        }
    }
}

extension SectionRecord: InsertedRow {
    static let insertSQL = #"INSERT INTO section (document_id, ordinal, heading, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)"#
    static let insertColumns = ["document_id", "ordinal", "heading", "start", "end", "text"]
    var insertValues: [(any DatabaseValueConvertible)?] { [documentId, ordinal, heading, start, end, text] }
}

extension FactRecord: InsertedRow {
    static let insertSQL = """
        INSERT INTO fact (document_id, product_id, ordinal, type, product, fields, section, quote, start, "end", page)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let insertColumns = ["document_id", "product_id", "ordinal", "type", "product", "fields", "section", "quote",
                                "start", "end", "page"]
    var insertValues: [(any DatabaseValueConvertible)?] {
        [documentId, productId, ordinal, type, product, fields, section, quote, start, end, page]
    }
}

extension DocumentPageRecord: InsertedRow {
    static let insertSQL = #"INSERT INTO document_page (document_id, page, start, "end") VALUES (?, ?, ?, ?)"#
    static let insertColumns = ["document_id", "page", "start", "end"]
    var insertValues: [(any DatabaseValueConvertible)?] { [documentId, page, start, end] }
}
