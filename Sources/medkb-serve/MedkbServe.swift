import ArgumentParser
import Dispatch
import Foundation
import MedKB
import MedKBServer
import ServeOptions

/// The web server behind `medkb serve`, which checks the options, opens (or creates) the base
/// and then runs this program in its own process. It is a program of its own so that the
/// server's libraries (Hummingbird, NIO) are not loaded, relocated and searched for type
/// conformances at the start of every other medkb command.
@main
struct MedkbServe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "medkb-serve",
        abstract: "The web server of `medkb serve`; run it as `medkb serve`, which checks its options first.",
        version: MedKBVersion.string
    )

    @Option(help: ArgumentHelp("The knowledge base file.", valueName: "path"))
    var database: String

    @OptionGroup var server: ServeOptions

    /// Arguments as ArgumentParser reports them; the server's own failures as medkb words
    /// them (`Fejl:` with MEDKB_LANGUAGE=da, control characters escaped).
    static func main() {
        var command: MedkbServe
        do { command = try parseAsRoot() as! MedkbServe } catch { exit(withError: error) }
        do {
            try command.run()
        } catch {
            let labels = ReportLabels(language: ProcessInfo.processInfo.environment["MEDKB_LANGUAGE"] ?? "en")
            let line = TerminalText.escaped("\(labels["error"]): \((error as? LocalisedMessage)?.message(labels) ?? readableMessage(for: error))") + "\n"
            _ = Data(line.utf8).withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            Foundation.exit(1)
        }
    }

    func run() throws {
        let base = try KnowledgeBase(path: database, readOnly: !server.allowImport)
        var configuration = ServerConfiguration(databasePath: base.path)
        (configuration.host, configuration.port, configuration.allowImport) = (server.host, server.port, server.allowImport)
        let application = MedKBServer.application(configuration, base: base) { address in
            // Unbuffered, since whoever started the server waits for this line; a closed or
            // full output is no reason to stop serving, as it was not for `medkb serve`.
            let line = Data("medkb serve: open \(address) (Ctrl-C stops)\n".utf8)
            _ = line.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        }
        // The server runs until SIGINT or SIGTERM, then shuts down gracefully.
        let finished = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        Task {
            do { try await application.runService() } catch { outcome.error = error }
            finished.signal()
        }
        finished.wait()
        if let error = outcome.error { throw ServerStopped(message: "the server stopped: \(readableMessage(for: error))") }
    }

    /// How the server's task ended, read once the semaphore says it has.
    final class Outcome: @unchecked Sendable {
        var error: (any Error)?
    }

    /// Reported as it is, without the usage text.
    struct ServerStopped: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
