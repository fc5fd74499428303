import Foundation
import GRDB
import Testing
@testable import MedKB

/// What medkb does with paths, output and input that are not what it expects.
@Suite struct HostileInputTests {
    typealias CLI = CommandLineTests

    /// The files in a folder besides the base's write-ahead log and its index, which stay
    /// beside the base for its readers (the log empty once an import ends).
    static func listing(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasSuffix(".sqlite-wal") && !$0.hasSuffix(".sqlite-shm") }.sorted()
    }

    static func fileType(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    @Test func outputRefusesWhatIsNotARegularFileAndLeavesItAsItWas() throws {
        let database = try CLI.importedCorpus()
        let folder = URL(fileURLWithPath: database).deletingLastPathComponent().path
        let directory = folder + "/reports", kept = directory + "/kept.txt"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: kept))
        let fifo = folder + "/pipe"
        #expect(mkfifo(fifo, 0o644) == 0)
        let link = folder + "/link-to-reports"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: directory)
        let cases: [(String, String)] = [
            (directory, "it is a folder"), (fifo, "it is a FIFO (named pipe)"), (link, "it is a symbolic link to a folder"),
            (folder + "/missing/x.md", "the folder \(folder)/missing does not exist"),
        ]
        for (path, reason) in cases {
            let run = try CLI.medkb(["compare", "Conexxence", "Prolia", "--output", path], database: database)
            #expect(run.status == 1, "\(path)")
            #expect(run.error.contains("cannot write \(path): \(reason)"), "\(run.error)")
        }
        #expect(try String(contentsOfFile: kept, encoding: .utf8) == "keep me\n")
        #expect(Self.fileType(directory) == S_IFDIR && Self.fileType(fifo) == S_IFIFO && Self.fileType(link) == S_IFLNK)
        #expect(try Self.listing(folder) == ["kb.sqlite", "link-to-reports", "pipe", "reports"])
    }

    @Test func outputReplacesARegularFileAndWritesThroughALinkToOne() throws {
        let database = try CLI.importedCorpus()
        let folder = URL(fileURLWithPath: database).deletingLastPathComponent().path
        let report = folder + "/report.md", link = folder + "/latest.md"
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: report))
        #expect(chmod(report, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: report)
        let run = try CLI.medkb(["compare", "Conexxence", "Prolia", "--format", "markdown", "--output", link], database: database)
        #expect(run.status == 0, "\(run.error)")
        #expect(Self.fileType(link) == S_IFLNK)
        #expect(try String(contentsOfFile: report, encoding: .utf8).hasPrefix("# "))
        #expect((try FileManager.default.attributesOfItem(atPath: report)[.posixPermissions] as? Int) == 0o600)
        #expect(try Self.listing(folder) == ["kb.sqlite", "latest.md", "report.md"])
    }

    /// Standard output open for reading only: every write fails (EBADF), as on a full disk.
    @Test(arguments: [["products"], ["show", "Prolia"], ["search", "kæben"], ["export"], ["changes"],
                      ["compare", "Conexxence", "Prolia"], ["check", "osteoporose"]])
    func aFailedWriteToStandardOutputIsReported(arguments: [String]) throws {
        let database = try CLI.importedCorpus()
        let sink = URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent("out")
        try Data().write(to: sink)
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = arguments + ["--database", database]
        process.currentDirectoryURL = TestSupport.packageRoot
        process.standardOutput = try FileHandle(forReadingFrom: sink)
        let err = Pipe()
        process.standardError = err
        try process.run()
        let error = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(error.contains("could not write the output: Bad file descriptor"), "\(error)")
    }

    @Test func controlCharactersAreShownEscaped() throws {
        let database = try CLI.importedCorpus()
        let show = try CLI.medkb(["show", "\u{1B}[31mX"], database: database)
        #expect(show.status != 0 && show.error.contains("no product named \"\\u{1B}[31mX\""), "\(show.error)")
        let since = try CLI.medkb(["changes", "--since", "\u{1B}]0;owned\u{7}"], database: database)
        #expect(since.status != 0 && since.error.contains("got \\u{1B}]0;owned\\u{7}"), "\(since.error)")
        for run in [show, since] { #expect(!run.error.unicodeScalars.contains("\u{1B}")) }
    }

    @Test(arguments: [
        ("plain", "plain"), ("\u{1B}[2J", "\\u{1B}[2J"), ("a\rb", "a\\u{D}b"), ("tab\tand\nline", "tab\tand\nline"),
        ("\u{9B}31m", "\\u{9B}31m"), ("\u{7F}", "\\u{7F}"), ("abc\u{202E}fed", "abc\\u{202E}fed"), ("kæben", "kæben"),
    ])
    func terminalTextEscapesControls(text: String, shown: String) {
        #expect(TerminalText.escaped(text) == shown)
    }

    @Test func colouredReportsEscapeTheDataButNotTheirColours() {
        let results = SearchResults(query: "\u{1B}[2J", hits: []).text(highlight: .terminal)
        #expect(results == "No section holds every word of “\\u{1B}[2J”.")
    }

    @Test func aFileThatIsNoDatabaseIsNamedWithoutSQL() throws {
        let database = try TestSupport.temporaryDatabase()
        try Data(String(repeating: "not a database ", count: 100).utf8).write(to: URL(fileURLWithPath: database))
        let run = try CLI.medkb(["products"], database: database)
        #expect(run.status == 1)
        #expect(run.error.contains("cannot open the database \(database): it is not a knowledge base"), "\(run.error)")
        for sql in ["PRAGMA", "SELECT", "while executing", "SQLite error"] { #expect(!run.error.contains(sql), "\(run.error)") }
    }

    @Test func aRefusedValueNamesTheDocumentFieldAndValue() throws {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        let refusal = try base.database.write { db -> String? in
            var first = ProductRecord(name: "Prolia"), second = ProductRecord(name: "Prolia copy")
            first.emaProductNumber = "EMEA/H/C/001120"
            second.emaProductNumber = "EMEA/H/C/001120"
            try first.insert(db, of: "catalogue.xlsx row 7")
            do {
                try second.insert(db, of: "catalogue.xlsx row 8")
                return nil
            } catch let error as StoreError {
                return error.description
            }
        }
        #expect(refusal == "document catalogue.xlsx row 8: the base refused product.ema_product_number = "
            + "\"EMEA/H/C/001120\": another row already has it")
    }

    @Test func importsLeaveAnEmptyLogAndNoJournalAndTheBaseIsWholeAndInWALMode() throws {
        let database = try TestSupport.temporaryDatabase()
        let folder = URL(fileURLWithPath: database).deletingLastPathComponent()
        let scan = folder.appendingPathComponent("scan.txt")
        try Data([0x00, 0xFF]).write(to: scan)
        #expect(try CLI.medkb(["import", "corpus/prolia-epar-overview_da.txt"], database: database).status == 0)
        #expect(try CLI.medkb(["import", scan.path], database: database).status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["kb.sqlite", "kb.sqlite-shm", "kb.sqlite-wal", "scan.txt"])
        #expect((try FileManager.default.attributesOfItem(atPath: database + "-wal")[.size] as? Int) == 0)
        let base = try KnowledgeBase(path: database)
        let (mode, integrity, brokenKeys) = try base.database.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try String.fetchOne(db, sql: "PRAGMA integrity_check"),
             try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count)
        }
        #expect(mode == "wal" && integrity == "ok" && brokenKeys == 0)
        #expect(try base.products().map(\.name) == ["Prolia"])
    }

    /// A second connection reads the committed base at once while a write transaction is open.
    @Test func readersDoNotWaitForAWrite() throws {
        let path = try TestSupport.temporaryDatabase()
        let writer = try KnowledgeBase(path: path)
        _ = try writer.importDocument(try KnowledgeBaseTests.corpusFile("prolia-epar-overview_da.txt"), source: "p.txt")
        let reader = try KnowledgeBase(path: path)
        let (seen, wait) = try writer.database.write { db -> ([String], TimeInterval) in
            var product = ProductRecord(name: "Uncommitted")
            try product.insert(db)
            let start = Date()
            return (try reader.products().map(\.name), Date().timeIntervalSince(start))
        }
        #expect(seen == ["Prolia"] && wait < 1)
        #expect(try reader.products().map(\.name) == ["Prolia", "Uncommitted"])
    }

    @Test func backupCopiesTheBaseIntoANewFileOnly() throws {
        let database = try CLI.importedCorpus()
        let copy = URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent("copy.sqlite").path
        let run = try CLI.medkb(["backup", copy], database: database)
        #expect(run.status == 0 && run.output.isEmpty && run.error.contains("backed up \(database) to \(copy)"), "\(run.error)")
        #expect(try KnowledgeBaseTests.snapshot(KnowledgeBase(path: copy)) == KnowledgeBaseTests.snapshot(KnowledgeBase(path: database)))
        let again = try CLI.medkb(["backup", copy], database: database)
        #expect(again.status == 1 && again.error.contains("\(copy) already exists"), "\(again.error)")
        let help = try CLI.medkb(["backup", "--help"], database: database)
        #expect(help.status == 0 && help.output.contains("instead of copying the .sqlite file"), "\(help.output)")
    }
}
