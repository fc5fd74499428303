import ArgumentParser
import MedKB

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a guideline's recommendations against the EPARs of the products in the base.",
        discussion: """
            GUIDELINE is the guideline's document id or a unique prefix of it, the path it was imported \
            from, or words of its title. Findings are conflict, warning, info or consistent, each with \
            both quotes.
            """
    )

    @OptionGroup var db: DatabaseOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Argument(help: ArgumentHelp("The guideline: id, id prefix, source path or title words.", valueName: "guideline"))
    var guideline: [String]

    func run() throws {
        let report = CheckReport(try db.open().check(guideline: guideline.joined(separator: " ")))
        print(format == .json ? report.json.serialized(pretty: true) : report.text(colour: outputIsTerminal))
    }
}
