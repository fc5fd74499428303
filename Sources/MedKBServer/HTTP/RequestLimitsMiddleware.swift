import Hummingbird

/// Refuses, before any route reads it, a request that is larger than the server takes: a
/// target (path and query) longer than the limit, a body declared larger than an upload may
/// be, a method the site has no use for.
struct RequestLimitsMiddleware<Context: RequestContext>: RouterMiddleware {
    let configuration: ServerConfiguration

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let target = request.uri.string.utf8.count
        guard target <= configuration.targetLimit else {
            throw RequestRefusal(status: .uriTooLong, reason: "the address is \(target) bytes long; at most \(configuration.targetLimit) are taken")
        }
        // The API only answers; only the import page takes a POST.
        let methods: [HTTPRequest.Method] = request.uri.path == "/import" ? [.get, .head, .post] : [.get, .head]
        guard methods.contains(request.method) else {
            throw RequestRefusal(status: .methodNotAllowed, reason: "\(request.method.rawValue) is not a method this address answers; it takes "
                + methods.map(\.rawValue).joined(separator: ", "), allow: methods.map(\.rawValue).joined(separator: ", "))
        }
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > configuration.uploadLimit + RequestRefusal.formOverhead {
            throw RequestRefusal.tooLarge(configuration.uploadLimit)
        }
        return try await next(request, context)
    }
}

extension RequestRefusal {
    /// What a multipart form adds around its file: the boundaries and the fields' headers.
    static let formOverhead = 16 << 10

    static func tooLarge(_ limit: Int) -> RequestRefusal {
        RequestRefusal(status: .contentTooLarge, reason: "the upload is larger than \(limit >> 20) MB, the most this server takes; nothing was imported")
    }
}
