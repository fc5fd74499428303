import ArgumentParser
import Foundation
import MedKB

extension ReportFormat: ExpressibleByArgument {}

/// How `compare` and `check` write their report.
struct ReportOptions: ParsableArguments {
    @Option(help: "Report format: text, markdown, html, json or csv.")
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var languageOption: LanguageOption

    /// The language asked for (--language, else $MEDKB_LANGUAGE); nil: the documents'.
    var language: String? { languageOption.chosen }

    /// Prints the report, or writes it whole to --output (see ``ReportFile``: a failure
    /// never leaves half a report nor touches what is not a regular file).
    func emit(_ render: (ReportFormat, String?, Bool) -> String) throws {
        let colour = output == nil && format == .text && outputIsTerminal
        let report = render(format, language, colour)
        guard let output else {
            try Output.print(report, laidOut: colour)
            return
        }
        try ReportFile.write(report.hasSuffix("\n") ? report : report + "\n", to: output)
        printError(LanguageOption.messages.format("wrote", output))
    }
}
