import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import MedKB
import Testing

/// The JSON API answers as the command line's `--format json` does, and its errors are JSON.
@Suite struct ServeAPITests {
    @Test func everyRouteGivesTheCommandLinesJSON() async throws {
        let documents = try #require(Served.commandJSON(["documents", "--format", "json"]) as? [String: Any])
        let guideline = try #require((documents["documents"] as? [[String: Any]])?.first { $0["kind"] as? String == "guideline" }?["id"] as? String)
        let cases: [(uri: String, command: [String])] = [
            ("/api/products", ["products", "--format", "json"]),
            ("/api/products?substance=denosumab&biosimilar=true", ["products", "--substance", "denosumab", "--biosimilar", "--format", "json"]),
            ("/api/products?adverse_event=hovedpine", ["products", "--adverse-event", "hovedpine", "--format", "json"]),
            ("/api/products/Conexxence", ["show", "Conexxence", "--format", "json"]),
            ("/api/products/Prolia?frequency=rare", ["show", "Prolia", "--frequency", "rare", "--format", "json"]),
            ("/api/products/denosumab", ["show", "denosumab", "--format", "json"]),
            ("/api/compare?a=Conexxence&b=Prolia", ["compare", "Conexxence", "Prolia", "--format", "json"]),
            ("/api/check/\(guideline.prefix(12))", ["check", String(guideline.prefix(12)), "--format", "json"]),
            ("/api/changes?since=2019", ["changes", "--since", "2019", "--format", "json"]),
            ("/api/documents", ["documents", "--format", "json"]),
            ("/api/documents/\(guideline.prefix(12))", ["export", "--document", String(guideline.prefix(12)), "--with-text"]),
        ]
        try await Served.test { client in
            for (uri, command) in cases {
                let page = try await Served.get(client, uri)
                #expect(page.status == .ok && page.headers[.contentType] == "application/json", "\(uri): \(page.text.prefix(200))")
                let expected = try Served.commandJSON(command)
                #expect(expected != nil && (page.json as? NSObject) == expected, "\(uri) differs from medkb \(command.joined(separator: " "))")
            }
            // Search: the same hits and terms (the rank is a float and compares as written).
            let search = try await Served.get(client, "/api/search?q=denosumab&limit=5")
            #expect((search.json as? NSObject) == (try Served.commandJSON(["search", "denosumab", "--limit", "5", "--format", "json"])))
        }
    }

    @Test func theOpenAPIDocumentIsServedAndNamesEveryRoute() async throws {
        try await Served.test { client in
            let page = try await Served.get(client, "/api/openapi.json")
            let document = try #require(page.json as? [String: Any])
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = Set(((document["paths"] as? [String: Any]) ?? [:]).keys)
            #expect(paths == ["/api/search", "/api/products", "/api/products/{name}", "/api/compare", "/api/check/{id}", "/api/changes",
                              "/api/documents", "/api/documents/{id}", "/api/openapi.json"])
            let committed = try Data(contentsOf: TestSupport.packageRoot.appendingPathComponent("Sources/MedKBServer/Resources/openapi.json"))
            #expect(Data(page.text.utf8) == committed, "the served document is the repository's")
        }
    }

    @Test func errorsAreJSONWithTheStatusAndTheReason() async throws {
        let cases: [(uri: String, method: HTTPRequest.Method, status: Int, reason: String)] = [
            ("/api/search", .get, 400, "q (the words to search for) is required"),
            ("/api/search?q=x&limit=500", .get, 400, "limit takes a whole number from 1 to 100"),
            ("/api/products/Prolla", .get, 404, "did you mean Prolia (denosumab)?"),
            ("/api/products?frequency=rare", .get, 400, "frequency goes with adverse_event"),
            ("/api/compare?a=Conexxence", .get, 400, "a and b (the two products) are required"),
            ("/api/check/nothing", .get, 404, "no single guideline matches \"nothing\""),
            ("/api/documents/abc", .get, 404, "no document with id or source \"abc\""),
            ("/api/nothing", .get, 404, "there is no page at /api/nothing"),
            ("/api/products", .post, 405, "POST is not a method this address answers"),
            ("/api/search", .delete, 405, "it takes GET, HEAD"),
        ]
        try await Served.test { client in
            for (uri, method, status, reason) in cases {
                let response = try await client.execute(uri: uri, method: method)
                let body = try #require(try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any], "\(uri)")
                #expect(Int(response.status.code) == status && body["status"] as? Int == status, "\(uri): \(response.status)")
                #expect((body["error"] as? String)?.contains(reason) == true, "\(uri): \(body)")
                #expect(response.headers[.contentType] == "application/json")
                if status == 405 { #expect(response.headers[.allow] == "GET, HEAD") }
            }
        }
    }
}
