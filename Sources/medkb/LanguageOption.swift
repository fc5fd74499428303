import ArgumentParser
import Foundation
import MedKB

/// `--language da|en` of the commands that print labels; default $MEDKB_LANGUAGE, else
/// the language the command's documents are in.
struct LanguageOption: ParsableArguments {
    @Option(help: ArgumentHelp("Language of labels and messages: da or en (default: $MEDKB_LANGUAGE, else the documents' language).",
                               valueName: "language"))
    var language: String?

    func validate() throws {
        if let chosen, !["da", "en"].contains(chosen) {
            throw ValidationError("--language (or MEDKB_LANGUAGE) takes da or en, not \(chosen)")
        }
    }

    /// The language asked for, if any.
    var chosen: String? { language ?? ProcessInfo.processInfo.environment["MEDKB_LANGUAGE"].flatMap { $0.isEmpty ? nil : $0 } }

    /// The language asked for, else `documents`' (the first), else English.
    func resolved(documents: [String]) -> String { chosen ?? documents.first ?? "en" }

    /// The labels of the commands' messages and errors: `--language` as the command line
    /// gives it, else $MEDKB_LANGUAGE, else English. Read from the arguments themselves, so
    /// that an error thrown while they are checked, or by an option group that has no
    /// language of its own (the database's), is worded as asked too.
    static let messages: ReportLabels = {
        let arguments = CommandLine.arguments.dropFirst().prefix { $0 != "--" }
        var asked: String?
        for (index, argument) in zip(arguments.indices, arguments) {
            if argument == "--language", arguments.indices.contains(index + 1) { asked = arguments[index + 1] }
            if argument.hasPrefix("--language=") { asked = String(argument.dropFirst("--language=".count)) }
        }
        return ReportLabels(language: asked ?? ProcessInfo.processInfo.environment["MEDKB_LANGUAGE"] ?? "en")
    }()
}
