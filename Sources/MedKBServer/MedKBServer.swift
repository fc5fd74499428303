import Dispatch
import Hummingbird
import Logging
import MedKB
import NIOCore

/// `medkb serve`: the knowledge base as web pages and a JSON API, on Hummingbird.
///
/// ```swift
/// let base = try KnowledgeBase(path: "medkb.sqlite")
/// let app = MedKBServer.application(ServerConfiguration(databasePath: base.path), base: base) { print("open \($0)") }
/// try await app.runService()  // until SIGINT or SIGTERM, then a graceful shutdown
/// ```
public enum MedKBServer {
    public typealias Context = BasicRequestContext

    /// The server over `base`; `onReady` hears the address it listens at (`http://127.0.0.1:8080/`).
    public static func application(_ configuration: ServerConfiguration, base: KnowledgeBase,
                                   onReady: @escaping @Sendable (String) -> Void = { _ in }) -> some ApplicationProtocol {
        // The vocabularies load while the server starts, not during the first search.
        ConceptTerms.readInBackground()
        DispatchQueue.global(qos: .utility).async { _ = Lexicon.shared }
        var logger = Logger(label: "medkb.serve")
        logger.logLevel = .warning
        return Application(
            router: router(Site(base: base, configuration: configuration)),
            // An idle connection is closed, so that slow clients cannot hold the server's connections.
            server: .http1(configuration: .init(idleTimeout: .seconds(30))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
                onReady("http://\(host):\(port)/")
            },
            logger: logger
        )
    }

    /// Every route, behind the middleware that limits, explains errors and sets the security headers.
    static func router(_ site: Site) -> Router<Context> {
        let router = Router(context: Context.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorMiddleware(allowImport: site.configuration.allowImport))
        router.add(middleware: RequestLimitsMiddleware(configuration: site.configuration))
        router.get("style.css") { _, _ in
            PageLayout.response(HTMLWriter.css, type: "text/css; charset=utf-8", headers: [.cacheControl: "max-age=3600"])
        }
        SearchPage.register(router, site)
        ProductsPage.register(router, site)
        ProductPage.register(router, site)
        ComparePage.register(router, site)
        CheckPage.register(router, site)
        ChangesPage.register(router, site)
        DocumentPage.register(router, site)
        ImportPage.register(router, site)
        APIRoutes.register(router, site)
        return router
    }
}
