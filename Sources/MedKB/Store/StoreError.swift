import GRDB

/// A value the database refused while a document was stored: the document, the field
/// (`table.column`) and the value, never the SQL statement.
public struct StoreError: Error, CustomStringConvertible, Equatable {
    public let document: String
    public let field: String
    public let value: String
    public let reason: String

    public var description: String { "document \(document): the base refused \(field) = \(value): \(reason)" }

    /// The refusal `error` describes, with the value `record` holds in the refused column.
    init(document: String, error: DatabaseError, values: [String: DatabaseValue]) {
        // SQLite words it "UNIQUE constraint failed: product.ema_product_number" (columns comma-separated).
        let message = error.message ?? ""
        let (kind, columns) = message.firstRange(of: " constraint failed")
            .map { (String(message[..<$0.lowerBound]), message[$0.upperBound...].drop(while: { $0 == ":" || $0 == " " })) }
            ?? ("", Substring(message))
        let fields = columns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        self.document = document
        field = fields.isEmpty ? "a field" : fields.joined(separator: ", ")
        value = fields.map { field in
            let column = field.split(separator: ".").last.map(String.init) ?? field
            return values[column].map { $0.isNull ? "null" : "\($0)" } ?? "?"
        }.joined(separator: ", ")
        switch kind {
        case "UNIQUE": reason = "another row already has it"
        case "NOT NULL": reason = "a value is required"
        case "FOREIGN KEY": reason = "it refers to a row that does not exist"
        case "CHECK": reason = "the schema does not allow it"
        default: reason = message
        }
    }
}

extension MutablePersistableRecord {
    /// Inserts the record; a value a constraint refuses becomes a ``StoreError`` naming `document`.
    mutating func insert(_ db: Database, of document: String) throws {
        try naming(document) { try insert(db) }
    }

    /// Updates the record, or inserts it when it is new; refusals as ``insert(_:of:)``.
    mutating func save(_ db: Database, of document: String) throws {
        try naming(document) { try save(db) }
    }

    fileprivate func naming(_ document: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw StoreError(document: document, error: error, values: (try? databaseDictionary) ?? [:])
        }
    }
}

extension PersistableRecord {
    /// Inserts the record; a value a constraint refuses becomes a ``StoreError`` naming `document`.
    func insert(_ db: Database, of document: String) throws {
        try naming(document) { try insert(db) }
    }
}
