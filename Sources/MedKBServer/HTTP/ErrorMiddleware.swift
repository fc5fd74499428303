import Hummingbird
import Logging
import MedKB

/// Turns every error into an answer the user can read: on the API a JSON object with the
/// status and the reason, elsewhere a page with the reason; never a stack trace. An error
/// the server did not expect is logged and answered 500 with what failed, in words.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let allowImport: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let refusal = Self.refusal(for: error, request: request)
            if refusal.status.code >= 500 { context.logger.error("\(request.method) \(request.uri.path): \(refusal.reason)") }
            var response = Self.response(refusal, for: request, allowImport: allowImport)
            if let allow = refusal.allow { response.headers[.allow] = allow }
            return response
        }
    }

    static func refusal(for error: any Error, request: Request) -> RequestRefusal {
        guard let error = error as? HTTPError else { return RequestRefusal(error) }
        switch error.status {
        case .notFound: return .notFound("there is no page at \(request.uri.path); the menu at the top lists the pages")
        case .contentTooLarge: return RequestRefusal(status: .contentTooLarge, reason: "the request is larger than this server takes")
        default: return RequestRefusal(status: error.status, reason: error.body ?? error.status.reasonPhrase)
        }
    }

    static func response(_ refusal: RequestRefusal, for request: Request, allowImport: Bool) -> Response {
        if request.uri.path.hasPrefix("/api/") {
            let body = JSONValue.object([("status", .number(Double(refusal.status.code))), ("error", .string(refusal.reason))])
            return PageLayout.response(body.serialized(pretty: true), type: "application/json", status: refusal.status)
        }
        let layout = PageLayout(forErrorIn: request, allowImport: allowImport)
        var body = HTMLWriter()
        body.element("h1", "\(layout.words["error"]) \(refusal.status.code): \(refusal.status.reasonPhrase)")
        body.element("p", refusal.reason, class: "error")
        body.raw("<p>" + layout.anchor(layout.words["back"], "/") + "</p>\n")
        return layout.page(title: layout.words["error"], body: body.body, status: refusal.status)
    }
}
