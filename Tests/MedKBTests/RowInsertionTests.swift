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

    @Test func sameRowsAsTheRecords() throws {
        try Self.base().database.write { db in
            var section = SectionRecord(id: nil, documentId: "d1", ordinal: 0, heading: "Hvad er X?", start: 3, end: 9, text: "æøå x")
            try section.insert(db)
            let byRecord = db.lastInsertedRowID
            // (document_id, ordinal) is unique.
            try db.execute(sql: "UPDATE section SET ordinal = 1 WHERE id = ?", arguments: [byRecord])
            try section.insertRow(db, of: "a.txt")
            #expect(try Self.row(db, "section", id: db.lastInsertedRowID).merging(["ordinal": 1.databaseValue]) { $1 }
                    == Self.row(db, "section", id: byRecord))

            for (page, productId) in [(nil, nil), (Optional(2), Optional(Int64(1)))] {
                if productId != nil { try db.execute(sql: "INSERT INTO product (id, name, name_key, active_substances) VALUES (1, 'X', 'x', '[]')") }
                var fact = FactRecord(id: nil, documentId: "d1", productId: productId, ordinal: 0, type: "indication", product: "X",
                                      fields: #"{"condition":"osteoporosis"}"#, section: nil, quote: "x", start: 0, end: 1, page: page)
                try fact.insert(db)
                let byRecord = db.lastInsertedRowID
                try fact.insertRow(db, of: "a.txt")
                #expect(try Self.row(db, "fact", id: db.lastInsertedRowID) == Self.row(db, "fact", id: byRecord))
            }

            let page = DocumentPageRecord(documentId: "d1", page: 1, start: 0, end: 5)
            try page.insert(db)
            let first = db.lastInsertedRowID
            // (document_id, page) is unique.
            try db.execute(sql: "UPDATE document_page SET page = 2 WHERE rowid = ?", arguments: [first])
            try page.insertRow(db, of: "a.txt")
            #expect(try Self.row(db, "document_page", id: db.lastInsertedRowID).merging(["page": 2.databaseValue]) { $1 }
                    == Self.row(db, "document_page", id: first))
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
