import Foundation
import Hummingbird
import MedKB

/// The JSON API: the same shapes as the command line's `--format json` (medkb-search/1,
/// medkb-products/1, …), described by the OpenAPI document at `/api/openapi.json`. Errors
/// are `{"status": 404, "error": "…"}` (`ErrorMiddleware`).
enum APIRoutes {
    static func register(_ router: Router<MedKBServer.Context>, _ site: Site) {
        let api = router.group("api")
        api.get("openapi.json") { _, _ in PageLayout.response(openAPI, type: "application/json") }
        api.get("search") { request, _ in
            let question = try SearchQuestion(try site.query(request))
            guard question.text != nil else { throw RequestRefusal.badRequest("q (the words to search for) is required") }
            return try await json(site) { try question.answer($0, labels: "en")!.json }
        }
        api.get("products") { request, _ in
            let question = try ProductsQuestion(try site.query(request))
            return try await json(site) { try question.answer($0).json }
        }
        api.get("products/:name") { request, context in
            let query = try site.query(request)
            let name = try pathValue(context, "name", limit: site.configuration.valueLimit)
            let frequency = try query.choice("frequency", among: TextLayout.frequencyOrder), organClass = try query.text("organ_class")
            return try await json(site) { base in
                switch try base.subject(named: name) {
                case let .product(product): return try base.card(for: product, frequency: frequency, organClass: organClass).json
                case let .substance(substance, products): return SubstanceProducts(subject: substance, products: products).json
                case let .atc(code, products): return SubstanceProducts(subject: "ATC \(code)", products: products).json
                }
            }
        }
        api.get("compare") { request, _ in
            let question = try CompareQuestion(try site.query(request))
            guard let a = question.a, let b = question.b else { throw RequestRefusal.badRequest("a and b (the two products) are required") }
            return try await json(site) { ComparisonReport(try $0.compare(a, b, documents: question.documents)).json }
        }
        api.get("check/:id") { request, context in
            _ = try site.query(request)
            let id = try pathValue(context, "id", limit: site.configuration.valueLimit)
            return try await json(site) { CheckReport(try $0.check(guideline: id)).json }
        }
        api.get("changes") { request, _ in
            let question = try ChangesQuestion(try site.query(request))
            return try await json(site) { try question.answer($0).json }
        }
        api.get("documents") { request, _ in
            _ = try site.query(request)
            return try await json(site) { base in
                DocumentList(try base.documents().filter { $0.kind != DocumentKind.catalogueEntry.rawValue }).json
            }
        }
        api.get("documents/:id") { request, context in
            _ = try site.query(request)
            let id = try pathValue(context, "id", limit: site.configuration.valueLimit)
            // As `medkb export --document ID --with-text`: the text the facts' offsets point into.
            return try await json(site) { base in try base.export(documents: [try base.document(matching: id).id], withText: true) }
        }
    }

    static func json(_ site: Site, _ answer: @escaping @Sendable (KnowledgeBase) throws -> JSONValue) async throws -> Response {
        PageLayout.response(try await site.read(answer).serialized(pretty: true), type: "application/json")
    }

    /// The OpenAPI 3.1 document, kept in the repository beside the routes.
    static let openAPI: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("openapi.json is missing from the build")
        }
        return text
    }()
}
