import ArgumentParser
import Foundation

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
}
