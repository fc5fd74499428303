import Foundation
import Testing
@testable import MedKB

/// Runs the built `medkb` as a user would and reads what it prints.
@Suite struct CommandLineTests {
    /// The executable sits beside the test bundle's resources in the build folder.
    static var executable: URL {
        Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("medkb")
    }

    struct Run {
        let status: Int32
        let output: String
        let error: String
    }

    @discardableResult
    static func medkb(_ arguments: [String], database: String, environment extra: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment.merging(extra) { _, given in given }
        environment["MEDKB_DATABASE"] = database
        process.environment = environment
        process.currentDirectoryURL = TestSupport.packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let error = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: output, error: error)
    }

    static func importedCorpus() throws -> String {
        let database = try TestSupport.temporaryDatabase()
        let run = try medkb(["import", "corpus"], database: database)
        #expect(run.status == 0, "\(run.output)\(run.error)")
        return database
    }

    @Test func helpNamesEveryCommand() throws {
        let run = try Self.medkb(["--help"], database: "/nonexistent/kb.sqlite")
        #expect(run.status == 0)
        for command in ["import", "products", "show", "search", "export"] { #expect(run.output.contains("  \(command) "), "\(command)") }
        #expect(try Self.medkb(["show", "--help"], database: "x").output.contains("--format <format>"))
    }

    @Test func anUnknownCommandGetsTheClosestCommands() throws {
        let cases: [([String], String)] = [
            (["imprt", "corpus"], "Error: 'imprt' is not a medkb command; did you mean `medkb import`?\n"),
            (["shwo", "Prolia"], "Error: 'shwo' is not a medkb command; did you mean `medkb show`?\n"),
            (["serch"], "Error: 'serch' is not a medkb command; did you mean `medkb search`?\n"),
            (["frobnicate"], "Error: 'frobnicate' is not a medkb command; `medkb --help` lists the commands\n"),
        ]
        let database = try TestSupport.temporaryDatabase()
        for (arguments, message) in cases {
            let run = try Self.medkb(arguments, database: database)
            #expect(run.status == 64 && run.output.isEmpty, "\(arguments)")
            #expect(run.error == message, "\(run.error)")
        }
        #expect(!FileManager.default.fileExists(atPath: database))
        // Options and real commands keep ArgumentParser's own messages.
        #expect(try Self.medkb(["--frobnicate"], database: database).error.contains("Unknown option '--frobnicate'"))
        #expect(try Self.medkb(["products", "--substanse", "x"], database: database).error.contains("Did you mean '--substance'?"))
    }

    @Test func importSaysWhatItDidAndReimportChangesNothing() throws {
        let database = try TestSupport.temporaryDatabase()
        let first = try Self.medkb(["import", "corpus"], database: database)
        #expect(first.output.contains("imported 4, unchanged 0, refused 0"))
        #expect(first.output.contains("imported   corpus/conexxence-epar-overview_da.txt  (epar-overview, da, “Conexxence (denosumab)”"))
        let second = try Self.medkb(["import", "corpus"], database: database)
        #expect(second.status == 0)
        #expect(second.output.contains("imported 0, unchanged 4, refused 0"))
    }

    @Test func refusedFilesAreNamedWithTheReason() throws {
        let database = try TestSupport.temporaryDatabase()
        let folder = URL(fileURLWithPath: database).deletingLastPathComponent()
        let binary = folder.appendingPathComponent("scan.txt")
        try Data([0x00, 0x01, 0x02, 0xFF]).write(to: binary)
        let run = try Self.medkb(["import", binary.path], database: database)
        #expect(run.status == 1)
        #expect(run.error.contains("refused    \(binary.path): not a text file (it contains NUL bytes)"))
        #expect(run.output.contains("imported 0, unchanged 0, refused 1"))
        let missing = try Self.medkb(["import", "/no/such/file.txt"], database: database)
        #expect(missing.status != 0 && missing.error.contains("no file or folder at /no/such/file.txt"))
    }

    @Test func aFolderGivesItsDocumentFilesSortedAndNothingElse() throws {
        let database = try TestSupport.temporaryDatabase()
        let folder = URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent("documents")
        let corpus = TestSupport.packageRoot.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("b/nested.txt"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: corpus.appendingPathComponent("prolia-epar-summary_en.txt"), to: folder.appendingPathComponent("b/one.TXT"))
        try FileManager.default.copyItem(at: corpus.appendingPathComponent("prolia-epar-overview_da.txt"), to: folder.appendingPathComponent("a.text"))
        try FileManager.default.copyItem(at: corpus.appendingPathComponent("conexxence-epar-overview_da.txt"), to: folder.appendingPathComponent(".hidden.txt"))
        try FileManager.default.copyItem(at: corpus.appendingPathComponent("SOURCES.md"), to: folder.appendingPathComponent("notes.md"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.txt").path,
                                                   withDestinationPath: folder.appendingPathComponent("a.text").path)
        let run = try Self.medkb(["import", folder.path], database: database)
        #expect(run.status == 0, "\(run.error)")
        let listed = run.output.split(separator: "\n").filter { $0.hasPrefix("[") }.map { $0.split(separator: " ", omittingEmptySubsequences: true)[2] }
        #expect(listed == ["\(folder.path)/a.text", "\(folder.path)/b/one.TXT"])
    }

    @Test func productsListsSubstanceAndReference() throws {
        let run = try Self.medkb(["products"], database: try Self.importedCorpus())
        #expect(run.output == """
            PRODUCT     ACTIVE SUBSTANCE  STATUS  RELATION                       SOURCES
            Conexxence  denosumab                 biosimilar of Prolia (stated)  1
            Prolia      denosumab                                                2
            2 products

            """)
    }

    @Test func showPrintsACardWithQuotes() throws {
        let database = try Self.importedCorpus()
        let run = try Self.medkb(["show", "conexxence", "--language", "en"], database: database)
        #expect(run.status == 0)
        let card = run.output
        // Without --language the card speaks the language of its Danish overview, concepts included.
        let danish = try Self.medkb(["show", "conexxence"], database: database).output
        #expect(danish.contains("Indikationer\n  • osteoporose — ") && danish.contains("sjælden (op til 1 ud af 1.000 personer): hypokalcæmi"))
        #expect(card.hasPrefix("Conexxence (denosumab)\n  biosimilar · prescription only · injektionsvæske, opløsning\n"
            + "  Reference product: Prolia, stated by [1]\n"))
        #expect(card.contains("• osteoporosis — postmenopausal women; men at increased risk of fracture"))
        #expect(card.contains("• dose not stated, subcutaneous, every 6 months, into thigh, abdomen, upper arm"))
        #expect(card.contains("rare (up to 1 in 1,000 people): hypocalcaemia, hypersensitivity, osteonecrosis of the jaw,"))
        #expect(card.contains("[1] “Conexxence må ikke anvendes hos personer med hypokalcæmi.”"))
        #expect(card.split(separator: "\n").allSatisfy { $0.count <= 100 })
        let json = try JSONValue.parse(try Self.medkb(["show", "Prolia", "--format", "json"], database: database).output)
        #expect(json["documents"]?.arrayValue?.count == 2)
        let unknown = try Self.medkb(["show", "Xgeva"], database: database)
        #expect(unknown.status != 0 && unknown.error.contains("no product named \"Xgeva\", nor one close to it"))
        let misspelt = try Self.medkb(["show", "Conexence"], database: database)
        #expect(misspelt.status != 0 && misspelt.error.contains("no product named \"Conexence\"; did you mean Conexxence (denosumab, biosimilar)?"))
    }

    @Test func searchHighlightsTheMatchingWords() throws {
        let database = try Self.importedCorpus()
        let run = try Self.medkb(["search", "KÆBEN", "(", "\"AND\""], database: database)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("«"))
        let none = try Self.medkb(["search", "zzzz"], database: database)
        #expect(none.output.contains("No section holds every word of “zzzz”."))
    }

    @Test func queryCommandsDoNotCreateAnEmptyBase() throws {
        let database = try TestSupport.temporaryDatabase()
        let run = try Self.medkb(["products"], database: database)
        #expect(run.status != 0 && run.error.contains("no knowledge base at"))
        #expect(!FileManager.default.fileExists(atPath: database))
    }
}

@Suite struct ReportCommandLineTests {
    @Test func compareAndCheckPrintReportsAndWriteFiles() throws {
        let database = try CommandLineTests.importedCorpus()
        let compare = try CommandLineTests.medkb(["compare", "Conexxence", "Prolia", "--document", "corpus/prolia-epar-summary_en.txt"], database: database)
        #expect(compare.status == 0, "\(compare.error)")
        // The labels are in the documents' language (Danish), the verdict leads with the question.
        #expect(compare.output.hasPrefix("Kan Conexxence erstatte Prolia?\nConexxence er erklæret biosimilær til Prolia.\nIndikationer: "))
        #expect(compare.output.contains("Substitution: corpus/osteoporosis-gp-guideline_da.txt: “Biosimilære til Prolia"))
        #expect(compare.output.contains("Substitueres ikke på apoteket.”"))
        let english = try CommandLineTests.medkb(["compare", "Conexxence", "Prolia", "--language", "en"], database: database)
        #expect(english.output.hasPrefix("Can Conexxence replace Prolia?\nConexxence is declared a biosimilar of Prolia.\n"))
        #expect(english.output.contains("Dosing: 1 not stated for Conexxence (dose)"))
        #expect(!english.output.contains("not_stated_a") && !english.output.contains("only_b"))
        #expect(compare.output.contains("B: Prolia — corpus/prolia-epar-summary_en.txt (epar-overview, en, 2015-06)"))

        let folder = URL(fileURLWithPath: database).deletingLastPathComponent()
        let html = folder.appendingPathComponent("check.html").path
        let check = try CommandLineTests.medkb(["check", "osteoporose", "valg", "--format", "html", "--output", html, "--language", "en"], database: database)
        #expect(check.status == 0 && check.output.isEmpty && check.error.contains("wrote \(html)"))
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("<h1>Guideline check: Osteoporose – Valg af medicinsk behandling</h1>"))
        #expect(ReportTests.wellFormed(page))

        let badLanguage = try CommandLineTests.medkb(["check", "osteoporose", "--language", "de"], database: database)
        #expect(badLanguage.status != 0 && badLanguage.error.contains("takes da or en, not de"))
        let nowhere = try CommandLineTests.medkb(["compare", "Conexxence", "Prolia", "--output", "/no/such/folder/x.md"], database: database)
        #expect(nowhere.status != 0 && nowhere.error.contains("cannot write /no/such/folder/x.md"))
        #expect(!FileManager.default.fileExists(atPath: "/no/such/folder/x.md"))
        let unknown = try CommandLineTests.medkb(["check", "diabetes"], database: database)
        #expect(unknown.status != 0 && unknown.error.contains("no single guideline matches \"diabetes\""))
    }
}
