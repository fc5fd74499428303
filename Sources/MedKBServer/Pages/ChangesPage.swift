import Hummingbird
import MedKB

/// `/changes`: what changed in the EMA catalogue between the exports imported, with the
/// `changes` filters, as the command line prints it; downloadable as JSON and CSV.
enum ChangesPage {
    static func register(_ router: Router<MedKBServer.Context>, _ site: Site) {
        router.get("changes") { request, _ in try await page(request, site) }
    }

    static func page(_ request: Request, _ site: Site) async throws -> Response {
        let query = try site.query(request)
        let layout = try site.layout(request, query)
        let question = try ChangesQuestion(query)
        let words = layout.words
        let changes = try await site.read { try question.answer($0) }
        if let format = try Download.format(query, among: [.json, .csv]) {
            return Download.response(format == .json ? changes.json.serialized(pretty: true) : changes.csv, format: format, name: "changes")
        }
        let filter = question.filter
        var body = HTMLWriter()
        body.element("h1", words["changes"])
        body.raw(layout.form("/changes", layout.field(words["since"], name: "since", value: question.since)
            + layout.field(words["substance"], name: "substance", value: filter.substance)
            + layout.field(words["atc"], name: "atc", value: filter.atc)
            + layout.field(words["area"], name: "area", value: filter.area)
            + layout.field(words["status"], name: "status", value: filter.status), button: words["show"]))
        body.raw(changes.html(labels: ReportLabels(language: layout.language.code)))
        body.raw(Download.links(layout, "/changes", [("since", question.since), ("substance", filter.substance), ("atc", filter.atc),
                                                     ("area", filter.area), ("status", filter.status)], formats: [.json, .csv]))
        return layout.page(title: words["changes"], body: body.body)
    }
}
