import Foundation
import ServeOptions
import Testing

/// `medkb serve` checks its options, then becomes `medkb-serve`, the program built beside it.
@Suite(.serialized) struct ServeCommandLineTests {
    @Test func serveBecomesTheServerProgramInItsOwnProcess() throws {
        let database = try CommandLineTests.importedCorpus()
        let server = try LiveServer(database: database)
        // The same process (Ctrl-C and SIGTERM reach the server), now running the server program.
        let running = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(server.process.processIdentifier)/exe")
        #expect(URL(fileURLWithPath: running).lastPathComponent == "medkb-serve")
        #expect(server.address.hasPrefix("http://127.0.0.1:"))
        #expect(server.stop() == 0)
    }

    /// Values are handed on joined to their options: one starting with "-" stays a value.
    @Test func optionsReachTheServerProgramAsGiven() throws {
        let options = try ServeOptions.parse(["--host=-odd", "--port", "0", "--allow-import"])
        #expect(options.arguments == ["--host=-odd", "--port=0", "--allow-import"])
        let again = try ServeOptions.parse(options.arguments)
        #expect((again.host, again.port, again.allowImport) == ("-odd", 0, true))
        let database = try CommandLineTests.importedCorpus()
        let folder = URL(fileURLWithPath: database).deletingLastPathComponent()
        try FileManager.default.moveItem(atPath: database, toPath: folder.appendingPathComponent("-kb.sqlite").path)
        let server = try LiveServer(database: "-kb.sqlite", directory: folder)
        #expect(server.stop() == 0)
    }

    /// The address line cannot be written (a full output): the server goes on serving.
    @Test func aServerWhoseOutputFailsKeepsServing() throws {
        let database = try CommandLineTests.importedCorpus()
        let process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = ["serve", "--port", "0", "--database=\(database)"]
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 3)
        #expect(process.isRunning)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
    }

    @Test func serveRefusesBeforeStartingTheServer() throws {
        let run = try CommandLineTests.medkb(["serve", "--port", "70000"], database: "/nonexistent/kb.sqlite")
        #expect(run.status != 0)
        #expect(run.error.contains("--port takes 0 to 65535, not 70000"), "\(run.error)")
        let missing = try CommandLineTests.medkb(["serve", "--port", "0"], database: "/nonexistent/kb.sqlite")
        #expect(missing.status != 0)
        #expect(missing.error.contains("no knowledge base at /nonexistent/kb.sqlite"), "\(missing.error)")
    }

    @Test func aMedkbWithoutTheServerProgramBesideItSaysWhatIsMissing() throws {
        let database = try CommandLineTests.importedCorpus()
        let folder = URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent("alone")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("medkb")
        try FileManager.default.copyItem(at: CommandLineTests.executable, to: copy)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["serve", "--port", "0", "--database", database]
        let err = Pipe()
        (process.standardOutput, process.standardError) = (FileHandle.nullDevice, err)
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.contains("the web server program is missing: medkb serve runs \(folder.appendingPathComponent("medkb-serve").path)"),
                "\(message)")
    }
}
