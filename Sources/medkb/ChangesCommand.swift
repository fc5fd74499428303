import ArgumentParser
import Foundation
import MedKB

struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "Show what changed in the EMA medicines catalogue between the exports imported.",
        discussion: """
            Each export dated on or after DATE is compared with the export before it: new products, \
            status changes (withdrawn, refused, suspended, ...), changed fields and products no longer listed. \
            New authorised medicines are listed apart from applications that were withdrawn or refused. \
            Filters combine: `medkb changes --since 2019 --substance denosumab` lists what changed \
            for the denosumab products since the first export of 2019.
            """
    )

    @OptionGroup var db: DatabaseOptions

    @OptionGroup var language: LanguageOption

    @Option(help: ArgumentHelp("The first export date to report: YYYY, YYYY-MM or YYYY-MM-DD (default: every export).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only products with this active substance (English INN).", valueName: "inn"))
    var substance: String?

    @Option(help: ArgumentHelp("Only products whose ATC code starts so (L04AB).", valueName: "code"))
    var atc: String?

    @Option(help: ArgumentHelp("Only products whose therapeutic area names this (osteoporosis, neoplasms).", valueName: "area"))
    var area: String?

    @Option(help: ArgumentHelp("Only products with this status in the newer export (authorised, withdrawn, refused, ...).", valueName: "status"))
    var status: String?

    @Option(help: "Output format: text, json or csv.")
    var format: OutputFormat = .text

    func validate() throws {
        if let since, !ChangeFilter.isDate(since) {
            throw ValidationError(LanguageOption.messages.format("since_takes", since))
        }
    }

    func run() throws {
        let base = try db.open()
        // "2019" and "2019-06" compare with export dates as their first day does.
        let changes = try base.changes(since: since, filter: ChangeFilter(substance: substance, atc: atc, area: area, status: status))
        switch format {
        case .json: try Output.print(changes.json.serialized(pretty: true))
        case .csv: try Output.print(changes.csv)
        case .text: try Output.print(changes.text(labels: ReportLabels(language: language.resolved(documents: ["en"]))))
        }
    }
}
