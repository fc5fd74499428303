import Foundation
import GRDB
import Testing
@testable import MedKB

@Suite struct KnowledgeBaseTests {
    static func corpusFile(_ name: String) throws -> Data {
        try Data(contentsOf: TestSupport.corpus.appendingPathComponent(name))
    }

    /// Every row of every table, as text: two equal snapshots mean nothing changed.
    static func snapshot(_ base: KnowledgeBase) throws -> [String] {
        try base.database.read { db in
            try ["document", "section", "product", "fact", "section_fts", "catalogue", "catalogue_entry", "document_page"].flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid").map { "\(table): \($0)" }
            }
        }
    }

    @Test func reimportingTheSameBytesChangesNothing() throws {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        let data = try Self.corpusFile("conexxence-epar-overview_da.txt")
        guard case let .imported(id, kind, language, _, facts, _) = try base.importDocument(data, source: "a.txt") else {
            Issue.record("first import did not import"); return
        }
        #expect(kind == .eparOverview && language == "da" && facts > 10)
        let before = try Self.snapshot(base)
        #expect(try base.importDocument(data, source: "elsewhere/b.txt") == .unchanged(id: id))
        #expect(try Self.snapshot(base) == before)
    }

    @Test func refusedFilesLeaveTheBaseUnchanged() throws {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        _ = try base.importDocument(try Self.corpusFile("prolia-epar-overview_da.txt"), source: "p.txt")
        let before = try Self.snapshot(base)
        #expect(throws: ReadError.self) { try base.importDocument(Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0x1A]), source: "img.png") }
        let unrelated = Data("Referat af bestyrelsesmødet. Vi drøftede budgettet for næste år og besluttede at holde sommerfest i haven den første lørdag i juni, hvis vejret tillader det.".utf8)
        #expect(throws: ReadError.self) { try base.importDocument(unrelated, source: "referat.txt") }
        // A guideline forced to be read as an overview fails in the parser, after reading.
        #expect(throws: OverviewParser.ParseError.self) {
            try base.importDocument(try Self.corpusFile("osteoporosis-gp-guideline_da.txt"), source: "g.txt", forcedKind: .eparOverview)
        }
        #expect(try Self.snapshot(base) == before)
    }

    @Test func productsAreLinkedToTheirReference() throws {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        for file in ["conexxence-epar-overview_da.txt", "prolia-epar-overview_da.txt", "prolia-epar-summary_en.txt"] {
            _ = try base.importDocument(try Self.corpusFile(file), source: file)
        }
        let products = try base.products()
        #expect(products.map(\.name) == ["Conexxence", "Prolia"])
        #expect(products[0].referenceProduct == "Prolia" && products[0].biosimilar == true)
        #expect(products[1].documents.count == 2)
        #expect(try base.product(named: "conex").name == "Conexxence")
        #expect(throws: QueryError.self) { try base.product(named: "Xgeva") }
    }

    @Test func searchFindsDanishWordsWhateverTheirCaseOrLetters() throws {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        _ = try base.importDocument(try Self.corpusFile("conexxence-epar-overview_da.txt"), source: "c.txt")
        for query in ["kæben", "KÆBEN", "kaeben", "Kæbe", "osteonekrose kæben", "hypokalcæmi", "HYPOKALCAEMI"] {
            let hits = try base.search(query)
            #expect(!hits.isEmpty, "\(query)")
            #expect(hits.first?.snippet.contains(SearchHit.markStart) == true, "\(query)")
        }
        #expect(try base.search("lårbenet").first?.heading == "Hvilke risici er der forbundet med Conexxence?")
        #expect(try base.search("nonexistentword").isEmpty)
    }

    /// Operators and punctuation are never parsed; every word is searched as a word, so a
    /// query finds something exactly when all its words occur.
    @Test(arguments: [
        ("\"kæben", true), ("kæben\"", true), ("^kæben", true), ("(kæben)", true), ("kæben*", true),
        ("osteo* AND (", true), ("osteo* (", true), ("osteo* AND zzz", false), (")", false), ("NOT", false), ("-", false),
        ("kæben OR NEAR(a b)", false), ("'; DROP TABLE fact; --", false), ("\"\"", false), ("*", false), ("", false),
    ])
    func searchTakesAnyTextSafely(query: String, findsSomething: Bool) throws {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        _ = try base.importDocument(try Self.corpusFile("conexxence-epar-overview_da.txt"), source: "c.txt")
        #expect(try base.search(query).isEmpty == !findsSomething)
        #expect(try base.products().count == 2)
    }

    @Test func aDatabaseFromANewerMedkbIsRefused() throws {
        let path = try TestSupport.temporaryDatabase()
        let base = try KnowledgeBase(path: path)
        try base.database.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
        #expect(throws: KnowledgeBase.OpenError.self) { try KnowledgeBase(path: path) }
    }

    @Test func exportFollowsTheContract() throws {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        _ = try base.importDocument(try Self.corpusFile("conexxence-epar-overview_da.txt"), source: "c.txt")
        _ = try base.importDocument(try Self.corpusFile("osteoporosis-gp-guideline_da.txt"), source: "g.txt")
        let export = try JSONValue.parse(try base.export(withText: true).serialized(pretty: true))
        #expect(export["schema"]?.stringValue == "medkb-facts/1")
        let documents = export["documents"]?.arrayValue ?? []
        #expect(documents.count == 2)
        for document in documents {
            let text = Array((document["text"]?.stringValue ?? "").unicodeScalars)
            for key in ["id", "source", "kind", "language", "title", "facts"] { #expect(document[key] != nil) }
            for fact in document["facts"]?.arrayValue ?? [] {
                guard let evidence = fact["evidence"], let start = evidence["start"]?.doubleValue, let end = evidence["end"]?.doubleValue
                else { Issue.record("fact without evidence"); continue }
                let quote = String(String.UnicodeScalarView(text[Int(start)..<Int(end)]))
                #expect(quote == evidence["quote"]?.stringValue)
                #expect(fact["type"]?.stringValue != nil && fact["product"] != nil)
            }
        }
        let onlyConexxence = try base.export(products: ["Conexxence"])
        #expect(onlyConexxence["documents"]?.arrayValue?.count == 1)
        #expect(onlyConexxence["documents"]?.arrayValue?.first?["text"] == nil)
    }
}
