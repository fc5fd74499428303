import Foundation
import GRDB
import Testing
@testable import MedKB

/// Many files in one import: parsed on all cores, stored in batches, each document all or nothing.
@Suite struct ImportPipelineTests {
    @Test func aRefusedFileInABatchChangesNothingAndTheOthersLand() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("medkb-pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = ["conexxence-epar-overview_da.txt", "prolia-epar-overview_da.txt", "prolia-epar-summary_en.txt"]
        var files: [String] = []
        for (index, name) in names.enumerated() {
            let good = folder.appendingPathComponent("\(index)-good.txt")
            try KnowledgeBaseTests.corpusFile(name).write(to: good)
            let bad = folder.appendingPathComponent("\(index)-bad.txt")
            try Data([0x50, 0x4B, 0, 0xFF, 0xFE]).write(to: bad)
            files += [good.path, bad.path]
        }
        // The same bytes twice in one import: stored once.
        let copy = folder.appendingPathComponent("copy.txt")
        try KnowledgeBaseTests.corpusFile(names[0]).write(to: copy)
        files.append(copy.path)

        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        var items: [ImportItem] = []
        try base.importDocuments(files) { items.append($0) }
        #expect(items.map(\.source) == files, "every file is reported, in the order given")
        let imported = items.filter { if case .success(.imported) = $0.outcome { true } else { false } }
        let refused = items.filter { if case .failure = $0.outcome { true } else { false } }
        #expect(imported.map(\.source) == files.filter { $0.hasSuffix("good.txt") })
        #expect(refused.count == 3)
        #expect({ if case .success(.unchanged) = items.last!.outcome { true } else { false } }())

        // The same base as importing the good files one by one.
        let single = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        for name in names { _ = try single.importDocument(try KnowledgeBaseTests.corpusFile(name), source: name) }
        let count = "SELECT (SELECT count(*) FROM document) || '/' || (SELECT count(*) FROM fact) || '/' || (SELECT count(*) FROM section)"
        #expect(try base.database.read { try String.fetchOne($0, sql: count) } == single.database.read { try String.fetchOne($0, sql: count) })
        // The biosimilar's reference, inferred once at the end, as after each single import.
        let references = "SELECT name || ':' || ifnull(inferred_reference_basis, '') FROM product ORDER BY name"
        #expect(try base.database.read { try String.fetchAll($0, sql: references) } == single.database.read { try String.fetchAll($0, sql: references) })

        // Nothing new: every file unchanged or refused again, and the base as it was.
        let before = try KnowledgeBaseTests.snapshot(base)
        var again: [ImportItem] = []
        try base.importDocuments(files) { again.append($0) }
        #expect(again.allSatisfy { if case .success(.imported) = $0.outcome { false } else { true } })
        #expect(try KnowledgeBaseTests.snapshot(base) == before)
    }

    @Test func anImportStoppedBeforeItsEndLeavesTheInferenceToTheNext() throws {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        for name in ["prolia-epar-overview_da.txt", "conexxence-epar-overview_da.txt"] {
            _ = try base.importDocument(try KnowledgeBaseTests.corpusFile(name), source: name)
        }
        let basis = "SELECT inferred_reference_basis FROM product WHERE name = 'Conexxence'"
        let inferred = try base.database.read { try String.fetchOne($0, sql: basis) }
        #expect(inferred != nil)
        // What a stopped import leaves: its batches committed, their substances pending, no inference yet.
        try base.database.write { db in
            try db.execute(sql: "UPDATE product SET inferred_reference_product_id = NULL, inferred_reference_basis = NULL")
            try KnowledgeBase.markPendingInference([["denosumab"]], in: db)
        }
        try base.importDocuments([]) { _ in }
        #expect(try base.database.read { try String.fetchOne($0, sql: basis) } == inferred)
        #expect(try base.database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM pending_reference_inference") } == 0)
    }
}
