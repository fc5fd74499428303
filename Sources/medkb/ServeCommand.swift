import ArgumentParser
import Dispatch
import MedKB
import MedKBServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the knowledge base as web pages and a JSON API, until Ctrl-C.",
        discussion: """
            Pages for search, products, product cards, comparisons, guideline checks, catalogue \
            changes and documents, in Danish or English (the browser's language, or ?lang=da); the \
            JSON API under /api (described at /api/openapi.json) answers as --format json does. \
            The server listens on loopback unless --host says otherwise, and prints its address. \
            Uploads are imported only with --allow-import.
            """
    )

    @OptionGroup var db: DatabaseOptions

    @Option(help: ArgumentHelp("The address to listen on; 0.0.0.0 opens the server to the network.", valueName: "host"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port to listen on (0: any free port).", valueName: "port"))
    var port = 8080

    @Flag(help: "Let the import page upload files into the base.")
    var allowImport = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port takes 0 to 65535, not \(port)") }
    }

    func run() throws {
        // A base is created only when the page may import into it.
        let base = try db.open(creating: allowImport)
        var configuration = ServerConfiguration(databasePath: base.path)
        (configuration.host, configuration.port, configuration.allowImport) = (host, port, allowImport)
        let application = MedKBServer.application(configuration, base: base) { address in
            try? Output.print("medkb serve: open \(address) (Ctrl-C stops)")
        }
        // The server runs until SIGINT or SIGTERM, then shuts down gracefully.
        let finished = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        Task {
            do { try await application.runService() } catch { outcome.error = error }
            finished.signal()
        }
        finished.wait()
        if let error = outcome.error { throw CommandError("the server stopped: \(readableMessage(for: error))") }
    }

    /// How the server's task ended, read once the semaphore says it has.
    final class Outcome: @unchecked Sendable {
        var error: (any Error)?
    }
}
