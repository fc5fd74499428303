import Hummingbird
import MedKB

/// `/compare?a=…&b=…`: two products fact by fact, as `medkb compare` reports them, with
/// the verdict first; each quote opens its document there. Downloadable in every format.
enum ComparePage {
    static func register(_ router: Router<MedKBServer.Context>, _ site: Site) {
        router.get("compare") { request, _ in try await page(request, site) }
    }

    static func page(_ request: Request, _ site: Site) async throws -> Response {
        let query = try site.query(request)
        let layout = try site.layout(request, query)
        let question = try CompareQuestion(query)
        let words = layout.words
        let format = try Download.format(query, among: [.html, .markdown, .json, .csv])
        var body = HTMLWriter()
        body.element("h1", words["compare"])
        body.raw(layout.form("/compare", layout.field(words["product_a"], name: "a", value: question.a)
            + layout.field(words["product_b"], name: "b", value: question.b), button: words["compare"]))
        guard let a = question.a, let b = question.b else {
            if format != nil { throw RequestRefusal.badRequest("a download of a comparison needs both products, a and b") }
            body.element("p", words["choose_two"], class: "meta")
            return layout.page(title: words["compare"], body: body.body)
        }
        let report = ComparisonReport(try await site.read { try $0.compare(a, b, documents: question.documents) })
        let language = layout.language.report
        if let format { return Download.response(report.render(format, language: language), format: format, name: "comparison-\(a)-\(b)") }
        body.raw(report.htmlBody(language: language, link: ProductPage.quoteLink(layout)))
        body.raw(Download.links(layout, "/compare", [("a", a), ("b", b), ("document_a", query.fields["document_a"]),
                                                     ("document_b", query.fields["document_b"])]))
        return layout.page(title: "\(report.comparison.a.product.name) ↔ \(report.comparison.b.product.name)", body: body.body)
    }
}
