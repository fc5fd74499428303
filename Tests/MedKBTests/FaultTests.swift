import Foundation
import GRDB
import Testing
@testable import MedKB

/// Faults an import must survive: mangled input (seeded mutations of text files and PDFs,
/// each imported or refused, never a crash, the base unchanged after a refusal) and an
/// import killed with SIGKILL at random moments (the base intact, each document whole or
/// absent).
@Suite(.serialized) struct FaultTests {
    /// One mutation of many kinds: flipped, dropped, inserted or repeated bytes, a cut.
    static func mutate(_ data: Data, _ random: inout SeededGenerator) -> Data {
        var bytes = [UInt8](data)
        guard !bytes.isEmpty else { return data }
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<7, using: &random) {
            case 0: bytes[at] ^= UInt8.random(in: 1...255, using: &random)
            case 1: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...64, using: &random)))
            case 2: bytes.insert(contentsOf: (0..<Int.random(in: 1...16, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }, at: at)
            case 3: bytes = Array(bytes.prefix(at))
            case 4: bytes.insert(contentsOf: Array(bytes[at..<min(bytes.count, at + 200)]), at: at)
            case 5: bytes.insert(0, at: at)
            default: bytes[at] = [0x28, 0x29, 0x3C, 0x3E, 0x25, 0x0A, 0xFF, 0xC3][Int.random(in: 0..<8, using: &random)]
            }
            if bytes.isEmpty { break }
        }
        return Data(bytes)
    }

    /// Imports each mutation into one base; every refusal leaves the base as it was.
    static func survive(_ originals: [Data], mutations: Int, seed: UInt64) throws {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        _ = try base.importDocument(try Data(contentsOf: TestSupport.corpus.appendingPathComponent("prolia-epar-overview_da.txt")), source: "p.txt")
        var random = SeededGenerator(state: seed)
        var refused = 0
        var before = try KnowledgeBaseTests.snapshot(base)
        for index in 0..<mutations {
            let data = mutate(originals[index % originals.count], &random)
            do {
                _ = try base.importDocument(data, source: "mutation-\(index)")
                before = try KnowledgeBaseTests.snapshot(base)
            } catch {
                refused += 1
                #expect(try KnowledgeBaseTests.snapshot(base) == before, "mutation \(index) was refused (\(error)) but changed the base")
            }
        }
        #expect(refused > 0, "no mutation was refused: the mutations are too gentle to test anything")
    }

    @Test func mutatedTextFilesAreImportedOrRefused() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: TestSupport.corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        let originals = try names.map { try Data(contentsOf: TestSupport.corpus.appendingPathComponent($0)) }
        try Self.survive(originals, mutations: 240, seed: 20261201)
    }

    @Test func mutatedPDFsAreImportedOrRefused() throws {
        let pdf = PDFWriter()
        pdf.row([(PDFWriter.margin, "Hvad er Mutarix, og hvad anvendes det til?")])
        pdf.paragraph("Mutarix er et lægemiddel, der anvendes til behandling af voksne med leddegigt. Det indeholder det aktive stof mutarimab.")
        pdf.row([(PDFWriter.margin, "Hvordan anvendes Mutarix?")])
        pdf.paragraph("Mutarix fås som injektionsvæske og gives som en injektion under huden hver anden uge. Mutarix udleveres kun efter recept.")
        pdf.row([(PDFWriter.margin, "Hvordan virker Mutarix?")])
        pdf.paragraph("Det aktive stof i Mutarix er et antistof, der blokerer et signalstof i immunsystemet.")
        try Self.survive([pdf.finish()], mutations: 160, seed: 7)
    }

    // MARK: killed imports

    /// Counts of each document's sections and facts: a document is whole when they are all there.
    static func contents(of database: String) throws -> [String: [Int]] {
        let queue = try DatabaseQueue(path: database)
        defer { try? queue.close() }
        return try queue.read { db in
            var found: [String: [Int]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT d.source, (SELECT count(*) FROM section s WHERE s.document_id = d.id),
                       (SELECT count(*) FROM fact f WHERE f.document_id = d.id)
                FROM document d WHERE d.kind != 'catalogue-entry'
                """) {
                found[row[0]] = [row[1], row[2]]
            }
            found["catalogue rows"] = [try Int.fetchOne(db, sql: "SELECT count(*) FROM catalogue_entry") ?? 0]
            return found
        }
    }

    static func integrity(of database: String) throws -> String {
        let queue = try DatabaseQueue(path: database)
        defer { try? queue.close() }
        return try queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") ?? "" }
    }

    @Test(.enabled(if: TestSupport.realDataAvailable(TestSupport.catalogue2026, TestSupport.smpcPDFs[0])))
    func killedImportsLeaveTheBaseIntact() throws {
        // Text, PDF and workbook, in one import that a kill interrupts anywhere.
        let inputs = [TestSupport.corpus.path, TestSupport.smpcPDFs[0].path, TestSupport.catalogue2026.path]
        let reference = try TestSupport.temporaryDatabase()
        #expect(try CommandLineTests.medkb(["import"] + inputs, database: reference).status == 0)
        let whole = try Self.contents(of: reference)
        var random = SeededGenerator(state: 42)
        var interrupted = 0
        for kill in 0..<24 {
            let database = try TestSupport.temporaryDatabase()
            // Some kills land in a second import, on a base that already holds the first documents.
            if kill % 3 == 2 { _ = try CommandLineTests.medkb(["import", inputs[0]], database: database) }
            let process = Process()
            process.executableURL = CommandLineTests.executable
            process.arguments = ["import", "--database", database] + inputs
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0.05...3.5, using: &random))
            if process.isRunning { Self.sigkill(process.processIdentifier); interrupted += 1 }
            process.waitUntilExit()
            #expect(try Self.integrity(of: database) == "ok", "kill \(kill)")
            for (source, counts) in try Self.contents(of: database) where source != "catalogue rows" {
                #expect(whole[source] == counts, "kill \(kill): \(source) has \(counts), whole it has \(whole[source] ?? [])")
            }
            let rows = try Self.contents(of: database)["catalogue rows"] ?? [0]
            #expect(rows == [0] || rows == whole["catalogue rows"], "kill \(kill): the catalogue is in part (\(rows))")
        }
        #expect(interrupted >= 20, "only \(interrupted) imports were still running when killed")
    }

    static func sigkill(_ pid: Int32) { _ = Foundation.kill(pid, SIGKILL) }
}
