import Foundation
import Testing
@testable import MedKB

@Suite struct DocumentReaderTests {
    @Test func recognisesKindAndLanguageFromContent() throws {
        let cases: [(String, DocumentKind, String)] = [
            ("conexxence-epar-overview_da.txt", .eparOverview, "da"),
            ("prolia-epar-summary_en.txt", .eparOverview, "en"),
            ("osteoporosis-gp-guideline_da.txt", .guideline, "da"),
        ]
        for (file, kind, language) in cases {
            let data = try Data(contentsOf: TestSupport.corpus.appendingPathComponent(file))
            // The source name says nothing: recognition reads the content.
            let document = try DocumentReader.read(data, source: "unnamed")
            #expect(document.kind == kind, "\(file)")
            #expect(document.language == language, "\(file)")
        }
    }

    @Test func refusesBinaryAndUnrelatedText() {
        #expect(throws: ReadError.notText(reason: "it contains NUL bytes")) {
            try DocumentReader.read(Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xFF]), source: "x.bin")
        }
        #expect(throws: ReadError.unknownEncoding(byte: "0xC3", offset: 0, reason: "1 of its 3 letters would be accented, as in text of another alphabet")) {
            try DocumentReader.read(Data([0xC3, 0x28, 0x41, 0x42]), source: "x.txt")
        }
        let recipe = """
            Put the flour and the sugar in a bowl and mix them with the butter until the dough is smooth.
            Let it rest for an hour, then roll it out and bake it in the oven for twenty minutes. This is a
            recipe that has been in the family for a long time and it is served with tea in the afternoon.
            """
        #expect(throws: ReadError.unknownKind(language: "English")) {
            try DocumentReader.read(Data(recipe.utf8), source: "recipe.txt")
        }
        #expect(throws: ReadError.empty) { try DocumentReader.read(Data("  \n\n ".utf8), source: "blank.txt") }
        #expect(throws: ReadError.unknownLanguage) {
            try DocumentReader.read(Data("Der Hund läuft schnell über die Straße und die Katze schläft im Haus, weil es regnet und kalt ist, aber morgen wird es wieder warm.".utf8), source: "de.txt")
        }
    }

    @Test func forcedKindOverridesRecognition() throws {
        let text = try Data(contentsOf: TestSupport.corpus.appendingPathComponent("prolia-epar-overview_da.txt"))
        #expect(try DocumentReader.read(text, source: "p", forcedKind: .guideline).kind == .guideline)
    }

    @Test func readsTheDateADocumentGivesItself() {
        #expect(StatedDate.find(in: "Denne oversigt blev sidst ajourført i 03-2024.") == "2024-03")
        #expect(StatedDate.find(in: "This summary was last updated in 06-2015.") == "2015-06")
        #expect(StatedDate.find(in: "Noget\nApril 2025 ver. 3") == "2025-04")
        #expect(StatedDate.find(in: "no date here") == nil)
    }

    /// Kind detection hands the EPAR headings it found to the parser; the facts are those the
    /// parser finds reading the headings itself (the kind given, detection skipped).
    @Test func headingsFromDetectionGiveTheSameFacts() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: TestSupport.documents.path).filter { $0.hasSuffix(".txt") }
        var overviews = 0
        for name in names {
            let data = try TestSupport.document(name)
            guard let detected = try? DocumentReader.read(data, source: name), detected.kind == .eparOverview else { continue }
            overviews += 1
            #expect(detected.eparHeadings != nil)
            let forced = try DocumentReader.read(data, source: name, forcedKind: .eparOverview)
            #expect(forced.eparHeadings == nil)
            #expect(try ParsedDocument(detected).facts == ParsedDocument(forced).facts, "\(name)")
            #expect(try ParsedDocument(detected).sections.map(\.range) == ParsedDocument(forced).sections.map(\.range), "\(name)")
        }
        #expect(overviews >= 10)
    }
}
