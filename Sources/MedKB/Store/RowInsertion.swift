import GRDB

/// A row an import writes many of (each document's sections, facts and pages), inserted by a
/// cached statement with its values in column order. Through the record's persistence
/// container (a dictionary of its columns, filled by its Codable encoding) a row cost as much
/// again as SQLite's insert of it.
protocol InsertedRow: TableRecord {
    /// The INSERT, with a "?" for each of `insertColumns`: `makeInsertSQL()`, kept once.
    static var insertSQL: String { get }
    static var insertColumns: [String] { get }
    /// The values of `insertColumns`, in their order.
    var insertValues: [(any DatabaseValueConvertible)?] { get }
}

extension InsertedRow {
    /// The INSERT of `insertColumns` into the record's table.
    static func makeInsertSQL() -> String {
        let columns = insertColumns.map { "\"\($0)\"" }.joined(separator: ", ")
        let marks = Array(repeating: "?", count: insertColumns.count).joined(separator: ", ")
        return "INSERT INTO \(databaseTableName) (\(columns)) VALUES (\(marks))"
    }

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
    static let insertSQL = makeInsertSQL()
    static let insertColumns = ["document_id", "ordinal", "heading", "start", "end", "text"]
    var insertValues: [(any DatabaseValueConvertible)?] { [documentId, ordinal, heading, start, end, text] }
}

extension FactRecord: InsertedRow {
    static let insertSQL = makeInsertSQL()
    static let insertColumns = ["document_id", "product_id", "ordinal", "type", "product", "fields", "section", "quote",
                                "start", "end", "page"]
    var insertValues: [(any DatabaseValueConvertible)?] {
        [documentId, productId, ordinal, type, product, fields, section, quote, start, end, page]
    }
}

extension DocumentPageRecord: InsertedRow {
    static let insertSQL = makeInsertSQL()
    static let insertColumns = ["document_id", "page", "start", "end"]
    var insertValues: [(any DatabaseValueConvertible)?] { [documentId, page, start, end] }
}
