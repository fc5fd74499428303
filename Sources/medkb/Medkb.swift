import ArgumentParser
import Foundation
import MedKB

@main
struct Medkb: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "medkb",
        abstract: "A knowledge base of medicine documents: EPAR overviews and treatment guidelines, read into facts with their quotes.",
        discussion: """
            Import the documents you have, then ask: which products are known, what does a product's \
            information say (each fact with the sentence it was read from), where is a word mentioned. \
            The database is ./medkb.sqlite unless --database or MEDKB_DATABASE names another.
            """,
        version: MedKBVersion.string,
        subcommands: [ImportCommand.self, ProductsCommand.self, ShowCommand.self, SearchCommand.self, DocumentsCommand.self, ExportCommand.self,
                      CompareCommand.self, CheckCommand.self, ChangesCommand.self, BackupCommand.self, ServeCommand.self]
    )

    /// Runs the command as ArgumentParser would, but every error message in words
    /// (a database error without its SQL) and with its control characters escaped.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let labels = LanguageOption.messages
            if let unknown = UnknownCommand(arguments: Array(CommandLine.arguments.dropFirst()), commands: configuration.subcommands) {
                printError("\(labels["error"]): \(unknown.message(labels))")
                Foundation.exit(ExitCode.validationFailure.rawValue)
            }
            let message = (error as? LocalisedMessage)?.message(labels) ?? readableMessage(for: error)
            let shown = message == "\(error)" ? error : CommandError(message)
            let code = exitCode(for: shown)
            var text = fullMessage(for: shown)
            // ArgumentParser's own frame ("Error: "), in the messages' language.
            if labels.language != "en", text.hasPrefix("Error: ") { text = labels["error"] + ": " + text.dropFirst("Error: ".count) }
            if !text.isEmpty {
                if code == .success {
                    _ = Output.send(Data((text + "\n").utf8), to: STDOUT_FILENO)
                } else {
                    printError(text)
                }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
