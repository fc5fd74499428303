import Foundation
import GRDB
import Testing
@testable import MedKB

/// The rows an import inserts by their own statements are the rows the records' own
/// insert writes, and a refused one is reported the same way.
@Suite struct RowInsertionTests {
    static func base() throws -> KnowledgeBase {
        let base = try KnowledgeBase(path: TestSupport.temporaryDatabase())
        try base.database.write { db in
            try DocumentRecord(id: "d1", source: "a.txt", kind: "epar-overview", language: "da", title: nil, text: "Tekst",
                               statedDate: nil, importedAt: "2026-12-04T00:00:00Z").insert(db)
        }
        return base
    }

    /// The row of `table` with that id, without its id.
    static func row(_ db: Database, _ table: String, id: Int64) throws -> [String: DatabaseValue] {
        let row = try #require(try Row.fetchOne(db, sql: "SELECT * FROM \(table) WHERE rowid = ?", arguments: [id]))
        var values: [String: DatabaseValue] = [:]
        for column in row.columnNames where column != "id" { values[column] = row[column] }
        return values
    }

    /// Inserts `record` by the record's insert and by its own statement and compares the two
    /// rows; `unique`, a column of a unique key, is changed in the first row so that the
    /// second may be inserted.
    static func expectSameRows<Record: MutablePersistableRecord & InsertedRow>(
        _ record: Record, table: String, unique: String? = nil, in db: Database
    ) throws {
        var copy = record
        try copy.insert(db)
        let byRecord = db.lastInsertedRowID
        if let unique { try db.execute(sql: "UPDATE \(table) SET \(unique) = -1 WHERE rowid = ?", arguments: [byRecord]) }
        try record.insertRow(db, of: "a.txt")
        var byStatement = try row(db, table, id: db.lastInsertedRowID)
        if let unique { byStatement[unique] = (-1).databaseValue }
        #expect(byStatement == (try row(db, table, id: byRecord)), "\(table)")
    }

    @Test func sameRowsAsTheRecords() throws {
        try Self.base().database.write { db in
            try Self.expectSameRows(SectionRecord(id: nil, documentId: "d1", ordinal: 0, heading: "Hvad er X?", start: 3, end: 9, text: "æøå x"),
                                    table: "section", unique: "ordinal", in: db)
            try db.execute(sql: "INSERT INTO product (id, name, name_key, active_substances) VALUES (1, 'X', 'x', '[]')")
            for (page, productId) in [(nil, nil), (Optional(2), Optional(Int64(1)))] {
                try Self.expectSameRows(FactRecord(id: nil, documentId: "d1", productId: productId, ordinal: 0, type: "indication", product: "X",
                                                   fields: #"{"condition":"osteoporosis"}"#, section: nil, quote: "x", start: 0, end: 1, page: page),
                                        table: "fact", in: db)
            }
            try Self.expectSameRows(DocumentPageRecord(documentId: "d1", page: 1, start: 0, end: 5), table: "document_page", unique: "page", in: db)
        }
    }

    @Test func aRefusalNamesTheDocumentFieldAndValue() throws {
        try Self.base().database.write { db in
            var section = SectionRecord(id: nil, documentId: "d1", ordinal: 4, heading: nil, start: 0, end: 1, text: "x")
            try section.insertRow(db, of: "a.txt")
            let byRecord = #expect(throws: StoreError.self) { try section.insert(db, of: "a.txt") }
            let byRow = #expect(throws: StoreError.self) { try section.insertRow(db, of: "a.txt") }
            #expect(byRow == byRecord)
            #expect(byRow?.description == "document a.txt: the base refused section.document_id, section.ordinal = \"d1\", 4: another row already has it")
        }
    }
}
