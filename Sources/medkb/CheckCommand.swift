import ArgumentParser
import MedKB

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a guideline's recommendations against the EPARs of the products in the base.",
        discussion: """
            GUIDELINE is the guideline's document id or a unique prefix of it, the path it was imported \
            from, or words of its title, of its file name, or of an organisation its text names (its \
            publisher or the society whose guidance it builds on: `medkb check DSAM`). Findings are \
            conflict, warning, info or consistent, each with both quotes.
            """
    )

    @OptionGroup var db: DatabaseOptions

    @OptionGroup var report: ReportOptions

    @Argument(help: ArgumentHelp("The guideline: id, id prefix, source path, or words of its title, file name or organisation.", valueName: "guideline"))
    var guideline: [String]

    func run() throws {
        let check = try db.open().check(guideline: guideline.joined(separator: " "))
        try report.emit { format, language, colour in CheckReport(check).render(format, language: language, colour: colour) }
    }
}
