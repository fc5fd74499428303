import Foundation
import GRDB
import Testing
@testable import MedKB

/// The files in `../shared/hostile` once crashed medkb or ran it out of memory. Each is
/// refused with its reason, by the library and by `medkb import`, and leaves the base as it was.
@Suite struct HostileWorkbookTests {
    static let folder = TestSupport.shared.appendingPathComponent("hostile")

    /// What each known file is refused for (a part of the message).
    static let reasons: [(String, String)] = [
        ("x031_hdrflip26.xlsx", "xl/theme/theme1.xml has its local header at byte 12060499, past the central directory"),
        ("x032_hdrflip18.xlsx", "[Content_Types].xml has a local header that disagrees with its directory entry"),
        ("cellref_Z12.xlsx", "cell ZZZZZZZZZZZZ1600 is beyond Excel's last column XFD"),
        ("cellref_Z6.xlsx", "cell ZZZZZZ1600 is beyond Excel's last column XFD"),
    ]

    /// The folder's workbooks; on CI a missing folder throws, which fails the test.
    static func files() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension.lowercased() == "xlsx" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Every row of every table SQLite lists, shadow tables and migrations included: equal
    /// dumps mean nothing changed.
    static func dump(_ base: KnowledgeBase) throws -> [String] {
        try base.database.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            return try tables.flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier)").map { "\(table): \($0)" }
            }
        }
    }

    /// A base holding one small catalogue, so that an import that went wrong would have something to spoil.
    static func base() throws -> (KnowledgeBase, String) {
        let path = try TestSupport.temporaryDatabase()
        let base = try KnowledgeBase(path: path)
        let catalogue = try WorkbookBuilder.catalogue(exportDate: "01/03/2024", [
            ["Name of medicine": "Glucorix", "EMA product number": "EMEA/H/C/100001",
             "Therapeutic indication": "Treatment of type 2 diabetes mellitus in adults."],
        ]).data()
        _ = try base.importCatalogue(catalogue, source: "first.xlsx")
        return (base, path)
    }

    @Test(.enabled(if: TestSupport.realDataAvailable(folder)))
    func eachIsRefusedWithItsReasonAndChangesNothing() throws {
        let files = try Self.files()
        #expect(files.count >= Self.reasons.count)
        let (base, _) = try Self.base()
        let before = try Self.dump(base)
        for file in files {
            let data = try Data(contentsOf: file)
            #expect("\(file.lastPathComponent)") { try base.importCatalogue(data, source: file.path) } throws: { error in
                guard error is WorkbookError || error is ReadError else { return false }
                let reason = Self.reasons.first { $0.0 == file.lastPathComponent }?.1
                return reason.map { "\(error)".contains($0) } ?? true
            }
        }
        #expect(try Self.dump(base) == before)
    }

    @Test(.enabled(if: TestSupport.realDataAvailable(folder)))
    func theCommandLineRefusesEachWithExitStatusOne() throws {
        let (base, database) = try Self.base()
        let before = try Self.dump(base)
        for file in try Self.files() {
            let run = try CommandLineTests.medkb(["import", file.path], database: database)
            #expect(run.status == 1, "\(file.lastPathComponent): \(run.output)\(run.error)")
            #expect(run.error.contains("refused    \(file.path): "), "\(run.error)")
            if let reason = Self.reasons.first(where: { $0.0 == file.lastPathComponent })?.1 {
                #expect(run.error.contains(reason), "\(run.error)")
            }
            #expect(run.output.contains("imported 0, unchanged 0, refused 1"))
        }
        #expect(try Self.dump(try KnowledgeBase(path: database)) == before)
    }
}
