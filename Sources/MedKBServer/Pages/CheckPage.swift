import Hummingbird
import MedKB

/// `/check`: the base's guidelines to choose from; `/check/{id}`: one guideline's
/// recommendations against the EPARs, as `medkb check` reports them. Downloadable in every format.
enum CheckPage {
    static func register(_ router: Router<MedKBServer.Context>, _ site: Site) {
        router.get("check") { request, _ in try await choice(request, site) }
        router.get("check/:id") { request, context in try await page(request, context, site) }
    }

    static func path(_ id: String) -> String { "/check/" + FormFields.encode(id) }

    static func choice(_ request: Request, _ site: Site) async throws -> Response {
        let query = try site.query(request)
        let layout = try site.layout(request, query)
        let guidelines = try await site.read { try $0.documents(ofKind: .guideline) }
        var body = HTMLWriter()
        body.element("h1", layout.words["check"])
        body.element("p", layout.words[guidelines.isEmpty ? "no_guidelines" : "choose_guideline"], class: "meta")
        body.raw("<ul>\n")
        for guideline in guidelines {
            body.raw("<li>" + layout.anchor(guideline.title ?? guideline.source, path(String(guideline.id.prefix(12))))
                + " <span class=\"ref\">\(HTMLWriter.escape(guideline.source)) · \(guideline.language)</span></li>\n")
        }
        body.raw("</ul>\n")
        return layout.page(title: layout.words["check"], body: body.body)
    }

    static func page(_ request: Request, _ context: MedKBServer.Context, _ site: Site) async throws -> Response {
        let query = try site.query(request)
        let layout = try site.layout(request, query)
        let id = try pathValue(context, "id", limit: site.configuration.valueLimit)
        let format = try Download.format(query, among: [.html, .markdown, .json, .csv])
        let report = CheckReport(try await site.read { try $0.check(guideline: id) })
        let language = layout.language.report
        let title = report.check.guideline.title ?? report.check.guideline.source
        if let format { return Download.response(report.render(format, language: language), format: format, name: "check-\(title)") }
        let guideline = report.check.guideline.id
        let body = report.htmlBody(language: language, link: ProductPage.quoteLink(layout), guidelineLink: { evidence in
            DocumentPage.path(guideline, layout, start: evidence.start, end: evidence.end) + "#quote"
        }) + Download.links(layout, path(id), [])
        return layout.page(title: title, body: body)
    }
}
