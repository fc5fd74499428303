import ArgumentParser
import Foundation
import MedKB

/// The database every command works on.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The knowledge base file (default: $MEDKB_DATABASE, else ./medkb.sqlite).", valueName: "path"))
    var database: String?

    var path: String { database ?? ProcessInfo.processInfo.environment["MEDKB_DATABASE"] ?? "medkb.sqlite" }

    /// Opens the base: read-only for a query command, which refuses to create an empty one by
    /// mistake; for writing when `creating`.
    func open(creating: Bool = false) throws -> KnowledgeBase {
        if !creating, !FileManager.default.fileExists(atPath: path) {
            throw ValidationError(LanguageOption.messages.format("no_base", path))
        }
        return try KnowledgeBase(path: path, readOnly: !creating)
    }
}

/// How query commands print.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
}

/// The terminal's width in columns, else 100.
func terminalWidth() -> Int {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 100 }
    return Int(size.ws_col)
}

/// Whether standard output is a terminal (for colour and highlighting).
var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

/// A failure to report to the user as it is, without the usage text.
struct CommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
