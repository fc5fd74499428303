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
        if let since, since.wholeMatch(of: /\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?/) == nil {
            throw ValidationError(LanguageOption.messages.format("since_takes", since))
        }
    }

    func run() throws {
        let base = try db.open()
        let filter = ChangeFilter(substance: substance, atc: atc, area: area, status: status)
        // "2019" and "2019-06" compare with export dates as their first day does.
        let unfiltered = try base.changes(since: since ?? "")
        let all = unfiltered.map { $0.filtered(filter) }
        if format == .json {
            try Output.print(ChangeReport.json(all).serialized(pretty: true))
            return
        }
        if format == .csv {
            try Output.print(ChangeReport.csv(all))
            return
        }
        let labels = ReportLabels(language: language.resolved(documents: ["en"]))
        if all.isEmpty {
            let count = try base.catalogues().count
            try Output.print(count < 2 ? labels.format("changes_need_two", labels.count(count, "catalogue_export"))
                  : labels.format("no_export_since", since ?? ""))
            return
        }
        if all.allSatisfy(\.isEmpty), !unfiltered.allSatisfy(\.isEmpty) {
            try Output.print(all.count == 1 ? labels.format("no_change_matches", describe(filter, labels))
                             : labels.format("no_change_matches_in", describe(filter, labels), String(all.count)))
            return
        }
        try Output.print(all.map { ChangeReport.text($0, labels: labels) }.joined(separator: "\n\n"))
    }

    func describe(_ filter: ChangeFilter, _ labels: ReportLabels) -> String {
        [filter.substance.map { labels.format("criterion_substance", $0) }, filter.atc.map { labels.format("criterion_atc_prefix", $0) },
         filter.area.map { labels.format("criterion_area", $0) }, filter.status.map { labels.format("criterion_status", $0) }]
            .compactMap { $0 }.joined(separator: ", ")
    }
}
