import Hummingbird
import MedKB

/// `/products`: the products the `products` filters admit, each linking to its card;
/// downloadable as JSON and CSV.
enum ProductsPage {
    static func register(_ router: Router<MedKBServer.Context>, _ site: Site) {
        router.get("products") { request, _ in try await page(request, site) }
    }

    static func page(_ request: Request, _ site: Site) async throws -> Response {
        let query = try site.query(request)
        let layout = try site.layout(request, query)
        let question = try ProductsQuestion(query)
        let words = layout.words
        var body = HTMLWriter()
        body.element("h1", words["products"])
        body.raw(form(question, layout))
        let list: ProductList
        do {
            list = try await site.read { try question.answer($0) }
        } catch let error as UnmatchedFilter {
            body.element("p", error.description, class: "error")
            return layout.page(title: words["products"], body: body.body, status: .notFound)
        }
        if let format = try Download.format(query, among: [.json, .csv]) {
            return Download.response(format == .json ? list.json.serialized(pretty: true) : list.csv, format: format, name: "products")
        }
        if let term = question.adverseEvent, list.products.isEmpty {
            body.element("p", ProductList.noneWithSideEffect(term, frequency: question.frequency, labels: ReportLabels(language: layout.language.code)), class: "meta")
        } else {
            body.raw(table(list, layout))
        }
        body.raw(Download.links(layout, "/products", fields(question), formats: [.json, .csv]))
        return layout.page(title: words["products"], body: body.body)
    }

    static func fields(_ question: ProductsQuestion) -> [(String, String?)] {
        let filter = question.filter
        return [("substance", filter.substance), ("atc", filter.atc), ("biosimilar", filter.biosimilar == true ? "on" : nil),
                ("generic", filter.generic == true ? "on" : nil), ("status", filter.status), ("reference", filter.reference),
                ("adverse_event", question.adverseEvent), ("frequency", question.frequency)]
    }

    static func form(_ question: ProductsQuestion, _ layout: PageLayout) -> String {
        let words = layout.words, filter = question.filter
        return layout.form("/products", layout.field(words["substance"], name: "substance", value: filter.substance)
            + layout.field(words["atc"], name: "atc", value: filter.atc)
            + layout.field(words["status"], name: "status", value: filter.status)
            + layout.field(words["reference"], name: "reference", value: filter.reference)
            + layout.field(words["side_effect"], name: "adverse_event", value: question.adverseEvent)
            + layout.select(words["frequency"], name: "frequency", value: question.frequency,
                            options: [("", words["any"])] + TextLayout.frequencyOrder.map { ($0, $0.replacingOccurrences(of: "_", with: " ")) })
            + layout.checkbox(words["biosimilar"], name: "biosimilar", checked: filter.biosimilar == true)
            + layout.checkbox(words["generic"], name: "generic", checked: filter.generic == true), button: words["show"])
    }

    /// The list as `medkb products` prints it, each name a link to the product's card.
    static func table(_ list: ProductList, _ layout: PageLayout) -> String {
        let labels = ReportLabels(language: layout.language.code)
        let heads = ["column_product", "column_substance", "column_status", "column_relation", "column_sources"].map { key in
            "<th>\(HTMLWriter.escape(labels[key].prefix(1) + labels[key].dropFirst().lowercased()))</th>"
        }
        var rows = ""
        for product in list.products {
            let cells = [HTMLWriter.escape(product.activeSubstances.joined(separator: ", ")), HTMLWriter.escape(product.status ?? ""),
                         HTMLWriter.escape(ProductList.relation(product, labels)), String(product.documents.count)]
            rows += "<tr><td>" + layout.anchor(product.name, ProductPage.path(product.name)) + "</td>"
                + cells.map { "<td>\($0)</td>" }.joined() + "</tr>\n"
        }
        return "<p class=\"meta\">\(HTMLWriter.escape(labels.count(list.products.count, "product_count")))</p>\n"
            + "<table>\n<thead><tr>\(heads.joined())</tr></thead>\n<tbody>\n\(rows)</tbody>\n</table>\n"
    }
}
