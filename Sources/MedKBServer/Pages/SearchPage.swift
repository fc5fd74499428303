import Hummingbird
import MedKB

/// `/`: the search form and its ranked hits, the matching words marked, filtered by kind,
/// language and product; downloadable as JSON and CSV.
enum SearchPage {
    static func register(_ router: Router<MedKBServer.Context>, _ site: Site) {
        router.get("/") { request, _ in try await page(request, site) }
        router.get("search") { request, _ in try await page(request, site) }
    }

    static func page(_ request: Request, _ site: Site) async throws -> Response {
        let query = try site.query(request)
        let layout = try site.layout(request, query)
        let question = try SearchQuestion(query)
        let words = layout.words
        let results = try await site.read { try question.answer($0, labels: layout.language.code) }
        let fields: [(String, String?)] = [("q", question.text), ("kind", question.kind), ("language", question.language),
                                           ("product", question.product), ("limit", question.limit == 20 ? nil : String(question.limit))]
        if let format = try Download.format(query, among: [.json, .csv]), let results {
            return Download.response(format == .json ? results.json.serialized(pretty: true) : results.csv, format: format,
                                     name: "search-" + (question.text ?? ""))
        }
        var body = HTMLWriter()
        body.element("h1", words["search"])
        let any = [("", words["any"])]
        body.raw(layout.form("/", layout.field(words["words"], name: "q", value: question.text)
            + layout.select(words["kind"], name: "kind", value: question.kind, options: any + DocumentKind.allCases.map { ($0.rawValue, $0.rawValue) })
            + layout.select(words["language"], name: "language", value: question.language, options: any + [("da", "dansk"), ("en", "English")])
            + layout.field(words["product"], name: "product", value: question.product), button: words["search"]))
        if let results {
            let notes = results.notes
            for line in notes.before { body.element("p", line, class: "meta") }
            body.element("p", results.hits.isEmpty ? words["no_hits"]
                         : results.hits.count == 1 ? words["one_hit"] : words.format("hits", String(results.hits.count)), class: "meta")
            body.raw("<ol>\n")
            for hit in results.hits { body.raw(item(hit, layout)) }
            body.raw("</ol>\n")
            for line in notes.after { body.element("p", line, class: "meta") }
            if !results.hits.isEmpty { body.raw(Download.links(layout, "/", fields, formats: [.json, .csv])) }
        }
        return layout.page(title: question.text.map { "\(words["search"]): \($0)" } ?? words["search"], body: body.body)
    }

    /// One hit: where it stands (a link to the document), its source, its snippet with the matches marked.
    static func item(_ hit: SearchHit, _ layout: PageLayout) -> String {
        let place = [hit.title, hit.heading].compactMap { $0 }.joined(separator: " — ")
        return "<li class=\"hit\">" + layout.anchor(place.isEmpty ? hit.source : place, "/documents/" + FormFields.encode(hit.documentId))
            + " <span class=\"ref\">\(HTMLWriter.escape(hit.source))</span>"
            + "<p class=\"snippet\">\(marked(hit.snippet))</p></li>\n"
    }

    /// The snippet escaped, its matches (between `SearchHit.markStart` and `markEnd`) in `<mark>`.
    static func marked(_ snippet: String) -> String {
        SearchHit.replacingMarks(in: HTMLWriter.escape(snippet), open: "<mark>", close: "</mark>")
    }
}
