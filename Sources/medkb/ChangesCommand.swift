import ArgumentParser
import Foundation
import MedKB

struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "Show what changed in the EMA medicines catalogue between the exports imported.",
        discussion: """
            Each export dated on or after DATE is compared with the export before it: new products, \
            status changes (withdrawn, refused, suspended, ...), changed fields and products no longer listed.
            """
    )

    @OptionGroup var db: DatabaseOptions

    @Option(help: ArgumentHelp("The first export date to report, as YYYY-MM-DD (default: every export).", valueName: "date"))
    var since: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if let since, since.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) == nil {
            throw ValidationError("--since takes a date as YYYY-MM-DD, such as 2019-01-01; got \(since)")
        }
    }

    func run() throws {
        let base = try db.open()
        let all = try base.changes(since: since ?? "")
        if format == .json {
            try Output.print(ChangeReport.json(all).serialized(pretty: true))
            return
        }
        if all.isEmpty {
            let count = try base.catalogues().count
            try Output.print(count < 2 ? "The base holds \(count) catalogue export\(count == 1 ? "" : "s"); changes need two. Import an older or newer export with `medkb import FILE.xlsx`."
                  : "No export dated \(since ?? "") or later has an earlier one to compare with.")
            return
        }
        try Output.print(all.map { ChangeReport.text($0) }.joined(separator: "\n\n"))
    }
}
