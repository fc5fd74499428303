import Foundation
import Hummingbird
import HummingbirdTesting
import MedKB
@testable import MedKBServer
import Testing

/// The server over a base, driven through Hummingbird's test client (no socket).
enum Served {
    /// The corpus imported once, for the tests that only read.
    static let corpus: Result<String, any Error> = Result { try CommandLineTests.importedCorpus() }

    /// An upload limit small enough to exceed in a test.
    static let uploadLimit = 1 << 20

    /// Runs `body` against a server over the base at `path` (default: the corpus).
    static func test(_ path: String? = nil, allowImport: Bool = false,
                     _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let path = try path ?? corpus.get()
        var configuration = ServerConfiguration(databasePath: path)
        configuration.allowImport = allowImport
        configuration.uploadLimit = uploadLimit
        let app = MedKBServer.application(configuration, base: try KnowledgeBase(path: path))
        try await app.test(.router) { client in try await body(client) }
    }

    /// GET `uri`: the status, the headers and the body as text.
    static func get(_ client: any TestClientProtocol, _ uri: String, headers: HTTPFields = [:]) async throws -> Page {
        let response = try await client.execute(uri: uri, method: .get, headers: headers)
        return Page(status: response.status, headers: response.headers, text: String(buffer: response.body))
    }

    struct Page: Sendable {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let text: String

        var json: Any? { try? JSONSerialization.jsonObject(with: Data(text.utf8)) }
    }

    /// What `medkb ARGUMENTS` prints on the corpus, parsed as JSON.
    static func commandJSON(_ arguments: [String]) throws -> NSObject? {
        let run = try CommandLineTests.medkb(arguments, database: try corpus.get())
        #expect(run.status == 0, "\(arguments): \(run.error)")
        return try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? NSObject
    }
}
