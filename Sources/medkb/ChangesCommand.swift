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
            throw ValidationError("--since takes a year, a month or a day: 2019, 2019-06 or 2019-06-01; got \(since)")
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
        if all.isEmpty {
            let count = try base.catalogues().count
            try Output.print(count < 2 ? "The base holds \(count) catalogue export\(count == 1 ? "" : "s"); changes need two. Import an older or newer export with `medkb import FILE.xlsx`."
                  : "No export dated \(since ?? "") or later has an earlier one to compare with.")
            return
        }
        if all.allSatisfy(\.isEmpty), !unfiltered.allSatisfy(\.isEmpty) {
            try Output.print("No change \(all.count == 1 ? "between the exports" : "in the \(all.count) comparisons") matches "
                + describe(filter) + "; without the filter, `medkb changes` lists them all.")
            return
        }
        let labels = ReportLabels(language: language.resolved(documents: ["en"]))
        try Output.print(all.map { ChangeReport.text($0, labels: labels) }.joined(separator: "\n\n"))
    }

    func describe(_ filter: ChangeFilter) -> String {
        [filter.substance.map { "substance \($0)" }, filter.atc.map { "ATC \($0)" },
         filter.area.map { "therapeutic area \($0)" }, filter.status.map { "status \($0)" }]
            .compactMap { $0 }.joined(separator: ", ")
    }
}
