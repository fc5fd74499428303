import Foundation
import GRDB
import Testing
@testable import MedKB

/// Search ranks with BM25 counted among the matching sections (`SectionRanking`): where
/// that count is the index's, the scores are FTS5's own `bm25()`.
@Suite struct SectionRankingTests {
    /// Sections of varied length holding "fracture" (one in five), "brud" (one in eight) or
    /// both, a varied number of times; the others hold neither. Both words are rare enough
    /// for an IDF above bm25()'s floor.
    static func base() throws -> KnowledgeBase {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        var random = SeededGenerator(state: 11)
        let filler = ["the", "patient", "bone", "dose", "weekly", "tablet", "calcium", "vitamin", "study", "risk"]
        try base.database.write { db in
            for document in 0..<60 {
                let id = String(format: "%064d", document)
                try DocumentRecord(id: id, source: "d\(document).txt", kind: "epar-overview", language: "en", title: "D\(document)",
                                   text: "", statedDate: nil, importedAt: "2026-12-01T00:00:00Z").insert(db)
                for ordinal in 0..<6 {
                    var words = (0..<(5 + Int(random.next() % 60))).map { _ in filler[Int(random.next() % UInt64(filler.count))] }
                    let fractures = random.next() % 5 == 0 ? 1 + random.next() % 3 : 0
                    let bruds = random.next() % 8 == 0 ? 1 + random.next() % 2 : 0
                    for _ in 0..<fractures { words.insert("fracture", at: Int(random.next() % UInt64(words.count))) }
                    for _ in 0..<bruds { words.insert("brud", at: Int(random.next() % UInt64(words.count))) }
                    let heading = random.next() % 12 == 0 ? "Fracture risk" : nil
                    var section = SectionRecord(id: nil, documentId: id, ordinal: ordinal, heading: heading, start: 0, end: 0,
                                                text: words.joined(separator: " ") + ".")
                    try section.insert(db)
                }
            }
            try KnowledgeBase.indexSections(after: 0, in: db)
        }
        return base
    }

    static func ranks(_ pattern: String, _ db: Database) throws -> (bm25: [Int64: Double], ours: [Int64: Double]) {
        let bm25 = try Row.fetchAll(db, sql: "SELECT rowid, bm25(section_fts) AS rank FROM section_fts WHERE section_fts MATCH ?",
                                    arguments: [pattern])
        let counted = try Row.fetchAll(db, sql: """
            SELECT rowid, \(SectionRanking.functionName)(section_fts) AS counts FROM section_fts WHERE section_fts MATCH ?
            """, arguments: [pattern]).compactMap { SectionRanking.Counts(rowid: $0["rowid"], blob: $0["counts"]) }
        return (Dictionary(uniqueKeysWithValues: bm25.map { ($0["rowid"], $0["rank"]) }),
                Dictionary(uniqueKeysWithValues: zip(counted.map(\.rowid), SectionRanking.scores(counted)).map { ($0, $1) }))
    }

    @Test func oneTermAndItsAlternativesRankAsBM25Does() throws {
        let base = try Self.base()
        try base.database.read { db in
            for pattern in ["\"fracture\"*", "(\"fracture\"* OR \"brud\"*)", "\"fracture risk\"*"] {
                let (bm25, ours) = try Self.ranks(pattern, db)
                #expect(bm25.count > 10, "\(pattern)")
                #expect(Set(bm25.keys) == Set(ours.keys), "\(pattern)")
                // Every score is above the floor bm25() gives a phrase in most rows.
                #expect(bm25.values.allSatisfy { $0 < -0.1 }, "\(pattern)")
                for (rowid, rank) in bm25 { #expect(abs(rank - ours[rowid]!) <= 1e-9 * abs(rank), "\(pattern) row \(rowid)") }
            }
        }
    }

    @Test func termsThatMustAllOccurWeighMoreInstancesAndShorterSections() throws {
        let base = try Self.base()
        try base.database.read { db in
            let (bm25, ours) = try Self.ranks("\"fracture\"* AND \"brud\"*", db)
            #expect(bm25.count > 5 && Set(bm25.keys) == Set(ours.keys))
            // Every match holds both words, so each weighs the same: the best is a section with
            // the most instances for its length, as with bm25() when the words are as common.
            let counted = try Row.fetchAll(db, sql: """
                SELECT rowid, \(SectionRanking.functionName)(section_fts) AS counts FROM section_fts
                WHERE section_fts MATCH '"fracture"* AND "brud"*'
                """).compactMap { SectionRanking.Counts(rowid: $0["rowid"], blob: $0["counts"]) }
            #expect(counted.allSatisfy { $0.phrases.count == 2 && $0.phrases.allSatisfy { $0 > 0 } })
            for a in counted {
                for b in counted where a.tokens <= b.tokens && a.phrases[0] >= b.phrases[0] && a.phrases[1] >= b.phrases[1]
                    && (a.tokens < b.tokens || a.phrases != b.phrases) {
                    #expect(ours[a.rowid]! < ours[b.rowid]!, "\(a.rowid) should rank above \(b.rowid)")
                }
            }
        }
    }

    @Test func searchRanksByTheCountedScore() throws {
        let base = try Self.base()
        let hits = try base.search("fracture", limit: 50)
        // The search's own query: "fracture" with the other terms of its concept.
        let (bm25, _) = try base.database.read { db in
            try Self.ranks(try #require(try KnowledgeBase.searchQuery("fracture", db).pattern), db)
        }
        let expected = bm25.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }.prefix(50)
        #expect(hits.count == expected.count && hits.count > 20)
        for (hit, best) in zip(hits, expected) { #expect(abs(hit.rank - best.value) <= 1e-9 * abs(best.value)) }
    }
}
