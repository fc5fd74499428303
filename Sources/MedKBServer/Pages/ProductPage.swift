import Hummingbird
import MedKB

/// `/products/{name}`: a product's card as `medkb show` gives it, each quote a link to its
/// document's text at that place; a substance or an ATC code lists its products instead.
/// The card is downloadable as HTML, Markdown, JSON and CSV.
enum ProductPage {
    static func register(_ router: Router<MedKBServer.Context>, _ site: Site) {
        router.get("products/:name") { request, context in try await page(request, context, site) }
    }

    static func path(_ name: String) -> String { "/products/" + FormFields.encode(name) }

    /// The card's quote links: the document view at the quote's offsets, scrolled to it.
    static func quoteLink(_ layout: PageLayout) -> HTMLWriter.QuoteLink {
        { sourced in
            let evidence = sourced.fact.evidence
            return DocumentPage.path(sourced.document.id, layout, start: evidence.start, end: evidence.end) + "#quote"
        }
    }

    static func page(_ request: Request, _ context: MedKBServer.Context, _ site: Site) async throws -> Response {
        let query = try site.query(request)
        let layout = try site.layout(request, query)
        let name = try pathValue(context, "name", limit: site.configuration.valueLimit)
        let frequency = try query.choice("frequency", among: TextLayout.frequencyOrder)
        let organClass = try query.text("organ_class")
        let format = try Download.format(query, among: [.html, .markdown, .json, .csv])
        let subject = try await site.read { base -> Subject in
            switch try base.subject(named: name) {
            case let .product(product): return .card(try base.card(for: product, frequency: frequency, organClass: organClass))
            case let .substance(substance, products): return .list(SubstanceProducts(subject: substance, products: products))
            case let .atc(code, products): return .list(SubstanceProducts(subject: "ATC \(code)", products: products))
            }
        }
        switch subject {
        case let .list(list):
            if let format, [.json, .csv].contains(format) {
                return Download.response(format == .json ? list.json.serialized(pretty: true) : list.csv, format: format, name: list.subject)
            }
            return layout.page(title: list.subject, body: listBody(list, asked: name, layout))
        case let .card(card):
            let language = layout.language.report ?? card.documentLanguages[0]
            if let format { return Download.response(card.render(format, language: language), format: format, name: card.product.name) }
            var body = card.htmlBody(language: language, link: quoteLink(layout))
            let fields: [(String, String?)] = [("frequency", frequency), ("organ_class", organClass)]
            body += Download.links(layout, path(card.product.name), fields)
            if let reference = card.product.reference {
                body = "<p>" + layout.anchor(layout.words.format("compare_with_reference", reference), "/compare",
                                              [("a", card.product.name), ("b", reference)]) + "</p>\n" + body
            }
            return layout.page(title: card.product.name, body: body)
        }
    }

    enum Subject: Sendable {
        case card(ProductCard)
        case list(SubstanceProducts)
    }

    /// The products of a substance or ATC code, each a link to its card.
    static func listBody(_ list: SubstanceProducts, asked name: String, _ layout: PageLayout) -> String {
        var body = HTMLWriter()
        body.element("h1", "\(list.subject): \(list.products.count)")
        let heads = SubstanceProducts.header.map { "<th>\(HTMLWriter.escape($0))</th>" }.joined()
        var rows = ""
        for row in list.rows(ReportLabels(language: layout.language.code)) {
            rows += "<tr><td>" + layout.anchor(row[0], path(row[0])) + "</td>" + row.dropFirst().map { "<td>\(HTMLWriter.escape($0))</td>" }.joined() + "</tr>\n"
        }
        body.raw("<table>\n<thead><tr>\(heads)</tr></thead>\n<tbody>\n\(rows)</tbody>\n</table>\n")
        body.raw(Download.links(layout, path(name), [], formats: [.json, .csv]))
        return body.body
    }
}

/// A value of the request's path (`/products/{name}`), percent-decoded and checked against the length limit.
func pathValue(_ context: MedKBServer.Context, _ name: String, limit: Int) throws -> String {
    guard let raw = context.parameters.get(name) else { throw RequestRefusal.badRequest("the address lacks its \(name)") }
    guard let value = raw.removingPercentEncoding, !value.isEmpty else {
        throw RequestRefusal.badRequest("the \(name) in the address is not valid percent-encoded UTF-8")
    }
    guard value.unicodeScalars.count <= limit else {
        throw RequestRefusal.badRequest("the \(name) is \(value.unicodeScalars.count) characters long; at most \(limit) are taken")
    }
    return value
}
