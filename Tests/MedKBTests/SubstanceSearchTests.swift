import Foundation
import GRDB
import Testing
@testable import MedKB

/// A substance in a query finds its products' sections by their names, through an index of
/// the products' substances, and at most `SearchQuery.productLimit` of them.
@Suite struct SubstanceSearchTests {
    static func substances(_ base: KnowledgeBase) throws -> [String] {
        try base.database.read { db in
            try String.fetchAll(db, sql: """
                SELECT p.name || ':' || s.substance FROM product_substance s JOIN product p ON p.id = s.product_id ORDER BY 1
                """)
        }
    }

    @Test func theSubstanceIndexFollowsTheProducts() throws {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        try base.database.write { db in
            var product = ProductRecord(name: "Fosamax", activeSubstances: #"["Alendronic acid"]"#)
            try product.insert(db)
            var combination = ProductRecord(name: "Fosavance", activeSubstances: #"["alendronic acid", "colecalciferol"]"#)
            try combination.insert(db)
            var unknown = ProductRecord(name: "Nothing yet")
            try unknown.insert(db)
        }
        #expect(try Self.substances(base) == ["Fosamax:alendronic acid", "Fosavance:alendronic acid", "Fosavance:colecalciferol"])
        try base.database.write { db in
            try db.execute(sql: #"UPDATE product SET active_substances = '["risedronic acid"]' WHERE name = 'Fosamax'"#)
            try db.execute(sql: "DELETE FROM product WHERE name = 'Fosavance'")
        }
        #expect(try Self.substances(base) == ["Fosamax:risedronic acid"])
    }

    /// Products stored before the index existed are in it once the base is opened.
    @Test func theMigrationIndexesTheProductsAlreadyStored() throws {
        let path = try TestSupport.temporaryDatabase()
        let queue = try DatabaseQueue(path: path)
        var migrator = DatabaseMigrator()
        for migration in KnowledgeBase.migrations where migration.name != "v6" {
            migrator.registerMigration(migration.name) { db in
                if migration.name == "v1" {
                    // The v1 full-text table needs the tokenizer of every medkb connection.
                    db.add(tokenizer: FoldingTokenizer.self)
                }
                try db.execute(sql: migration.sql)
            }
        }
        try migrator.migrate(queue)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO product (name, name_key, active_substances) VALUES ('Prolia', 'prolia', '[\"denosumab\"]')")
        }
        try queue.close()
        #expect(try Self.substances(try KnowledgeBase(path: path)) == ["Prolia:denosumab"])
    }

    /// Many products of one substance: the first stored are searched, and the output says there are more.
    @Test func aSubstanceOfManyProductsIsBounded() throws {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        try base.database.write { db in
            for number in 0..<(SearchQuery.productLimit + 10) {
                var product = ProductRecord(name: "Brand\(number)", activeSubstances: #"["denosumab"]"#)
                try product.insert(db)
            }
            try DocumentRecord(id: String(repeating: "0", count: 64), source: "d.txt", kind: "epar-overview", language: "en", title: "D",
                               text: "", statedDate: nil, importedAt: "2026-12-01T00:00:00Z").insert(db)
            var section = SectionRecord(id: nil, documentId: String(repeating: "0", count: 64), ordinal: 0, heading: nil, start: 0, end: 0,
                                        text: "Brand3 may cause hypocalcaemia.")
            try section.insert(db)
            try KnowledgeBase.indexSections(after: 0, in: db)
        }
        let page = try base.searchPage("denosumab hypocalcaemia")
        let term = try #require(page.query.terms.first)
        #expect(term.products.count == SearchQuery.productLimit && term.products.first == "Brand0" && term.moreProducts)
        #expect(page.hits.count == 1 && page.hits.first?.snippet == "«Brand3» may cause «hypocalcaemia».".marked)
        let text = SearchResults(query: "denosumab hypocalcaemia", hits: page.hits, searched: page.query).text(highlight: .plain)
        #expect(text.contains("Brand22, Brand23 and more (products that contain denosumab)."))
    }
}

extension String {
    /// «» as `SearchHit`'s marks.
    var marked: String {
        replacingOccurrences(of: "«", with: SearchHit.markStart).replacingOccurrences(of: "»", with: SearchHit.markEnd)
    }
}
