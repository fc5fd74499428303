import Foundation
import Testing
@testable import MedKB

/// Text files that are not UTF-8: Windows-1252 is read when its bytes make plausible text,
/// with the same facts at the same offsets as the UTF-8 file; other bytes are refused with
/// how to convert them.
@Suite struct TextEncodingTests {
    typealias CLI = CommandLineTests

    static func bytes(_ text: String) -> Data { text.data(using: .windowsCP1252)! }

    @Test(arguments: [
        ("l\u{E6}gemiddel p\u{E5} \u{F8}jet", [0x6C, 0xE6, 0x67, 0x65, 0x6D, 0x69, 0x64, 0x64, 0x65, 0x6C, 0x20, 0x70, 0xE5, 0x20, 0xF8, 0x6A, 0x65, 0x74]),
        ("prisen er 5 \u{20AC} \u{2013} det er \u{201C}billigt\u{201D}", [0x70, 0x72, 0x69, 0x73, 0x65, 0x6E, 0x20, 0x65, 0x72, 0x20, 0x35, 0x20, 0x80, 0x20,
                                                           0x96, 0x20, 0x64, 0x65, 0x74, 0x20, 0x65, 0x72, 0x20, 0x93, 0x62, 0x69, 0x6C,
                                                           0x6C, 0x69, 0x67, 0x74, 0x94]),
        ("Crohn\u{2019}s disease, 37 \u{B0}C", [0x43, 0x72, 0x6F, 0x68, 0x6E, 0x92, 0x73, 0x20, 0x64, 0x69, 0x73, 0x65, 0x61, 0x73, 0x65, 0x2C, 0x20, 0x33, 0x37, 0x20, 0xB0, 0x43]),
    ] as [(String, [UInt8])])
    func windows1252IsDecoded(text: String, bytes: [UInt8]) throws {
        let decoded = try TextEncoding.decode(Data(bytes))
        #expect(decoded.text == text && decoded.encoding == .windows1252)
        #expect(Self.bytes(text) == Data(bytes))  // Foundation's own table agrees
    }

    @Test func utf8StaysUTF8() throws {
        let decoded = try TextEncoding.decode(Data("lægemiddel på øjet".utf8))
        #expect(decoded.text == "lægemiddel på øjet" && decoded.encoding == .utf8)
    }

    @Test(arguments: [
        // Mac Roman's æ (0xBE) reads as ¾ inside the word.
        ([0x6C, 0xBE, 0x67, 0x65], "byte 0xBE at offset 1 is not", "“l¾g” at offset 0 has a sign inside a word"),
        // 0x8D has no Windows-1252 character.
        ([0x43, 0x8D, 0x61, 0x20], "byte 0x8D at offset 1 is not", "byte 0x8D at offset 1 has no character in it"),
        // UTF-8 with one Windows-1252 byte: the UTF-8 "æ" reads as "Ã¦".
        ([0x6C, 0xC3, 0xA6, 0x67, 0x65, 0x20, 0xF8], "byte 0xF8 at offset 6 is not", "“Ã¦g” at offset 1 has a sign inside a word"),
        // Russian in Windows-1251 reads as accented Latin letters only.
        ([0xEB, 0xE5, 0xEA, 0xE0, 0xF0, 0xF1, 0xF2, 0xE2, 0xEE], "byte 0xEB at offset 0 is not", "9 of its 9 letters would be accented"),
    ] as [([UInt8], String, String)])
    func otherBytesAreRefusedWithHowToConvertThem(bytes: [UInt8], notUTF8: String, reason: String) {
        do {
            _ = try TextEncoding.decode(Data(bytes))
            Issue.record("decoded \(bytes)")
        } catch {
            let message = "\(error)"
            #expect(message.contains(notUTF8) && message.contains(reason), "\(message)")
            #expect(message.contains("`iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE-utf8.txt`"), "\(message)")
        }
    }

    /// The facts of a Windows-1252 file are those of its UTF-8 original, quotes and offsets alike.
    @Test func aWindows1252DocumentHasTheFactsOfItsUTF8Original() throws {
        let original = TestSupport.documents.appendingPathComponent("zoledronic-acid-generic-overview_da.txt")
        let utf8Base = try TestSupport.temporaryDatabase(), windowsBase = try TestSupport.temporaryDatabase()
        let converted = URL(fileURLWithPath: windowsBase).deletingLastPathComponent().appendingPathComponent("zoledronic_da.txt")
        try Self.bytes(try String(contentsOf: original, encoding: .utf8)).write(to: converted)

        let run = try CLI.medkb(["import", converted.path], database: windowsBase)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("imported   \(converted.path)  (epar-overview, da, "), "\(run.output)")
        #expect(run.output.contains(" facts; read as Windows-1252)\n"), "\(run.output)")
        let plain = try CLI.medkb(["import", original.path], database: utf8Base)
        #expect(plain.status == 0 && !plain.output.contains("read as"))

        func facts(_ database: String) throws -> (text: String, facts: [JSONValue]) {
            let export = try JSONValue.parse(try CLI.medkb(["export", "--format", "json", "--with-text"], database: database).output)
            let document = try #require(export["documents"]?.arrayValue?.first)
            return (try #require(document["text"]?.stringValue), try #require(document["facts"]?.arrayValue))
        }
        let (text, windowsFacts) = try facts(windowsBase)
        let utf8Facts = try facts(utf8Base)
        #expect(text == utf8Facts.text && text.contains("æ") && text.contains("ø"))
        #expect(!windowsFacts.isEmpty && windowsFacts == utf8Facts.facts)
        let scalars = Array(text.unicodeScalars)
        for fact in windowsFacts {
            let evidence = try #require(fact["evidence"])
            let start = try #require(evidence["start"]?.doubleValue.map(Int.init)), end = try #require(evidence["end"]?.doubleValue.map(Int.init))
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == evidence["quote"]?.stringValue)
        }
    }

    /// score.py finds the converted fixture by its bytes and checks every quote at its offsets.
    @Test(.enabled(if: GoldScoreTests.available, "../shared is not beside the repository"))
    func theScorerAcceptsTheFactsOfAWindows1252Fixture() throws {
        let database = try TestSupport.temporaryDatabase()
        let root = URL(fileURLWithPath: database).deletingLastPathComponent()
        let fixtures = root.appendingPathComponent("fixtures")
        try FileManager.default.createDirectory(at: fixtures, withIntermediateDirectories: true)
        let fixture = fixtures.appendingPathComponent("prolia-overview_da.txt")
        let original = TestSupport.shared.appendingPathComponent("fixtures/prolia-overview_da.txt")
        try Self.bytes(try String(contentsOf: original, encoding: .utf8)).write(to: fixture)
        let run = try CLI.medkb(["import", fixture.path], database: database)
        #expect(run.status == 0 && run.output.contains("read as Windows-1252"), "\(run.output)\(run.error)")
        let export = root.appendingPathComponent("export.json")
        try Data(try CLI.medkb(["export", "--format", "json", "--with-text"], database: database).output.utf8).write(to: export)
        let gold = TestSupport.shared.appendingPathComponent("gold/prolia-overview_da.json")
        let (status, output) = try TestSupport.python([GoldScoreTests.scorer.path, "--export", export.path, "--docs-root", root.path,
                                                       "--min-f1", "0.95", "--gold", gold.path])
        #expect(status == 0, "score.py:\n\(output)")
        #expect(!output.contains("documents not in the export"), "\(output)")
    }

    @Test func aFileInAnotherEncodingIsRefusedAndChangesNothing() throws {
        let database = try TestSupport.temporaryDatabase()
        #expect(try CLI.medkb(["import", "corpus/prolia-epar-overview_da.txt"], database: database).status == 0)
        let before = try CLI.medkb(["export"], database: database).output
        // A Danish sentence written for this test, in Mac Roman: æ is 0xBE, ø 0xBF, å 0x8C.
        let mac = URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent("mac.txt")
        try Data([0x4C, 0xBE, 0x67, 0x65, 0x6E, 0x20, 0x73, 0x65, 0x72, 0x20, 0x70, 0x8C, 0x20, 0xBF, 0x6A, 0x6E, 0x65, 0x6E, 0x65, 0x2E, 0x0A]).write(to: mac)
        let run = try CLI.medkb(["import", mac.path], database: database)
        #expect(run.status == 1)
        #expect(run.error.contains("refused    \(mac.path): the text is neither UTF-8 (byte 0xBE at offset 1 is not) nor Windows-1252 "
            + "(“L¾g” at offset 0 has a sign inside a word, as text in another encoding has); convert it to UTF-8"), "\(run.error)")
        #expect(run.error.contains("`iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE-utf8.txt`"))
        #expect(try CLI.medkb(["export"], database: database).output == before)
    }
}
