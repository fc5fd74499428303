import ArgumentParser
import Foundation
import MedKB

extension ReportFormat: ExpressibleByArgument {}

/// How `compare` and `check` write their report.
struct ReportOptions: ParsableArguments {
    @Option(help: "Report format: text, markdown, html or json.")
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Language of the report's labels: da or en (default: the documents' language).", valueName: "language"))
    var language: String?

    func validate() throws {
        if let language, !["da", "en"].contains(language) {
            throw ValidationError("--language takes da or en, not \(language)")
        }
    }

    /// Prints the report, or writes it whole to --output (a temporary file renamed into
    /// place, so that a failure never leaves half a report).
    func emit(_ render: (ReportFormat, String?, Bool) -> String) throws {
        let colour = output == nil && format == .text && outputIsTerminal
        let report = render(format, language, colour)
        guard let output else {
            print(report)
            return
        }
        let target = URL(fileURLWithPath: output)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data((report.hasSuffix("\n") ? report : report + "\n").utf8).write(to: temporary)
            if FileManager.default.fileExists(atPath: target.path) {
                _ = try FileManager.default.replaceItemAt(target, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: target)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CommandError("cannot write \(output): \(error.localizedDescription)")
        }
        printError("wrote \(output)")
    }
}
