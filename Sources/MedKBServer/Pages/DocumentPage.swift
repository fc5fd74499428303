import Hummingbird
import MedKB

/// `/documents`: the base's documents; `/documents/{id}`: one document's normalised text
/// with every fact's quote marked, and the quote `start`–`end` (scalar offsets, as in the
/// facts) marked apart and scrolled to (`#quote`).
enum DocumentPage {
    static func register(_ router: Router<MedKBServer.Context>, _ site: Site) {
        router.get("documents") { request, _ in try await list(request, site) }
        router.get("documents/:id") { request, context in try await page(request, context, site) }
    }

    static func path(_ id: String, _ layout: PageLayout, start: Int? = nil, end: Int? = nil) -> String {
        layout.link("/documents/" + FormFields.encode(id), [("start", start.map(String.init)), ("end", end.map(String.init))])
    }

    static func list(_ request: Request, _ site: Site) async throws -> Response {
        let query = try site.query(request)
        let layout = try site.layout(request, query)
        let documents = try await site.read { base in try base.documents().filter { $0.kind != DocumentKind.catalogueEntry.rawValue } }
        var body = HTMLWriter()
        body.element("h1", layout.words["documents"])
        body.raw("<table>\n<thead><tr>" + ["title", "kind", "language", "source", "date"].map { "<th>\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n")
        for document in documents {
            body.raw("<tr><td><a href=\"\(HTMLWriter.escape(path(document.id, layout)))\">\(HTMLWriter.escape(document.title ?? document.source))</a></td>"
                + [document.kind, document.language, document.source, document.statedDate ?? ""].map { "<td>\(HTMLWriter.escape($0))</td>" }.joined()
                + "</tr>\n")
        }
        body.raw("</tbody>\n</table>\n")
        return layout.page(title: layout.words["documents"], body: body.body)
    }

    static func page(_ request: Request, _ context: MedKBServer.Context, _ site: Site) async throws -> Response {
        let query = try site.query(request)
        let layout = try site.layout(request, query)
        let id = try pathValue(context, "id", limit: site.configuration.valueLimit)
        let start = try query.text("start").map { try offset($0, "start") }, end = try query.text("end").map { try offset($0, "end") }
        let (document, facts) = try await site.read { base in
            let document = try base.document(matching: id)
            return (document, try base.facts(inDocument: document.id))
        }
        let text = Array(document.text.unicodeScalars)
        var chosen: Range<Int>?
        if start != nil || end != nil {
            guard let start, let end, start < end, end <= text.count else {
                throw RequestRefusal.badRequest("start and end mark a quote: 0 ≤ start < end ≤ \(text.count), the document's length")
            }
            chosen = start..<end
        }
        var body = HTMLWriter()
        body.element("h1", document.title ?? document.source)
        body.element("p", "\(document.source) · \(document.kind) · \(document.language)\(document.statedDate.map { " · \($0)" } ?? "") · id \(document.id.prefix(12))", class: "meta")
        if let chosen {
            let page = facts.first { $0.evidence.start == chosen.lowerBound }?.evidence.page
            body.element("p", layout.words.format("quote_at", String(chosen.lowerBound), String(chosen.upperBound))
                + (page.map { ", " + layout.words.format("page", String($0)) } ?? ""), class: "verdict")
        }
        body.element("p", layout.words.format("facts_marked", String(facts.count)), class: "meta")
        body.raw("<pre class=\"document\">" + marked(text, facts: facts, chosen: chosen) + "</pre>\n")
        return layout.page(title: document.title ?? document.source, body: body.body)
    }

    static func offset(_ text: String, _ name: String) throws -> Int {
        guard let value = Int(text), value >= 0 else { throw RequestRefusal.badRequest("\(name) takes a character offset (0 or more), not \(text.prefix(40))") }
        return value
    }

    /// The text escaped, the facts' quotes in `<mark>` (their types as its title), the chosen quote in `<mark class="chosen" id="quote">`.
    static func marked(_ text: [Unicode.Scalar], facts: [Fact], chosen: Range<Int>?) -> String {
        let kept = facts.filter { $0.evidence.start < $0.evidence.end && $0.evidence.end <= text.count }
        var bounds = Set([0, text.count] + kept.flatMap { [$0.evidence.start, $0.evidence.end] })
        if let chosen { bounds.formUnion([chosen.lowerBound, chosen.upperBound]) }
        let points = bounds.sorted()
        var out = "", quoteMarked = false
        for (from, to) in zip(points, points.dropFirst()) where from < to {
            let piece = HTMLWriter.escape(String(String.UnicodeScalarView(text[from..<to])))
            let types = unique(kept.filter { $0.evidence.start <= from && to <= $0.evidence.end }.map(\.type.rawValue))
            if let chosen, chosen.lowerBound <= from, to <= chosen.upperBound {
                out += "<mark class=\"chosen\"\(quoteMarked ? "" : " id=\"quote\"")>\(piece)</mark>"
                quoteMarked = true
            } else if !types.isEmpty {
                out += "<mark title=\"\(HTMLWriter.escape(types.joined(separator: ", ")))\">\(piece)</mark>"
            } else {
                out += piece
            }
        }
        return out
    }

    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
