import ArgumentParser
import MedKB

/// A first argument that names no command ("imprt"), refused with the commands closest to it:
/// ArgumentParser suggests options, not subcommands ("Unexpected argument 'imprt'").
struct UnknownCommand: Error, LocalisedMessage {
    let name: String
    let suggestions: [String]

    /// Nil when the first argument is an option or a command (then the error is ArgumentParser's own).
    init?(arguments: [String], commands: [any ParsableCommand.Type]) {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = ["help"] + commands.flatMap { [$0.configuration.commandName].compactMap { $0 } + $0.configuration.aliases }
        guard !names.contains(first) else { return nil }
        name = first
        suggestions = NameSuggester.closest(to: first, among: names)
    }

    func message(_ labels: ReportLabels) -> String {
        let hint = suggestions.isEmpty ? labels["help_lists_commands"]
            : labels.format("did_you_mean", suggestions.map { "`medkb \($0)`" }.joined(separator: " \(labels["or"]) "))
        return labels.format("not_a_command", name, hint)
    }
}
