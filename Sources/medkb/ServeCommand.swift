import ArgumentParser
import Foundation
import MedKB
import ServeOptions

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

    @OptionGroup var server: ServeOptions

    func run() throws {
        // A base is created only when the page may import into it; a missing one is refused here.
        let base = try db.open(creating: server.allowImport)
        try ServerProgram.replaceProcess(arguments: ["--database=\(base.path)"] + server.arguments)
    }
}

/// `medkb-serve`, the server program built and installed beside `medkb`: `medkb serve` becomes
/// it (same process, so Ctrl-C and SIGTERM reach the server) once the options are checked.
enum ServerProgram {
    static let name = "medkb-serve"

    /// The program beside this one's executable.
    static var path: String {
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return executable.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// Runs the server in this process; returns only by throwing, when it cannot be started.
    static func replaceProcess(arguments: [String]) throws -> Never {
        let program = path
        guard FileManager.default.isExecutableFile(atPath: program) else {
            throw CommandError("the web server program is missing: medkb serve runs \(program), which is built and installed with medkb (swift build -c release builds both)")
        }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        execv(program, argv)
        throw CommandError("could not start the web server program \(program): \(String(cString: strerror(errno)))")
    }
}
