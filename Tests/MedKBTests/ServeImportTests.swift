import Foundation
import Hummingbird
import HummingbirdTesting
import MedKB
import Testing

/// Uploads through `/import`: only with --allow-import, only with the form's token, within
/// the size limit, all or nothing, answered with the command line's lines.
@Suite struct ServeImportTests {
    static let boundary = "medkb-test-boundary"

    /// A multipart body with the token (unless nil) and one file.
    static func form(token: String?, fileName: String, data: Data) -> ByteBuffer {
        var body = Data()
        if let token {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(token)\r\n".utf8)
        }
        body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: text/plain\r\n\r\n".utf8)
        body += data + Data("\r\n--\(boundary)--\r\n".utf8)
        return ByteBuffer(data: body)
    }

    /// The form's token and the cookie that goes with it.
    static func token(_ client: any TestClientProtocol) async throws -> (token: String, cookie: String) {
        let page = try await Served.get(client, "/import")
        let token = try #require(page.text.firstMatch(of: /name="csrf" value="([0-9a-f.]+)"/)?.1)
        let cookie = try #require(page.headers[.setCookie]?.split(separator: ";").first)
        #expect(page.headers[.setCookie]?.contains("HttpOnly; SameSite=Strict") == true)
        return (String(token), String(cookie))
    }

    static func upload(_ client: any TestClientProtocol, cookie: String?, body: ByteBuffer) async throws -> Served.Page {
        var headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
        if let cookie { headers[.cookie] = cookie }
        let response = try await client.execute(uri: "/import", method: .post, headers: headers, body: body)
        return Served.Page(status: response.status, headers: response.headers, text: String(buffer: response.body))
    }

    static func products(_ path: String) throws -> [String] { try KnowledgeBase(path: path).products().map(\.name) }

    @Test func anUploadWithItsTokenIsImportedAndAnsweredAsTheCommandLineDoes() async throws {
        let path = try TestSupport.temporaryDatabase()
        let prolia = try Data(contentsOf: TestSupport.corpus.appendingPathComponent("prolia-epar-overview_da.txt"))
        try await Served.test(path, allowImport: true) { client in
            let (token, cookie) = try await Self.token(client)
            let page = try await Self.upload(client, cookie: cookie, body: Self.form(token: token, fileName: "C:\\Users\\a\\prolia.txt", data: prolia))
            #expect(page.status == .ok, "\(page.text)")
            #expect(page.text.contains("imported   upload:prolia.txt  (epar-overview, da, “Prolia (denosumab)”"), "\(page.text)")
            let again = try await Self.upload(client, cookie: cookie, body: Self.form(token: token, fileName: "prolia.txt", data: prolia))
            #expect(again.text.contains("unchanged  upload:prolia.txt  (already in the base as "))
            // Readers see the import at once.
            let products = try await Served.get(client, "/api/products")
            #expect(products.text.contains("\"Prolia\""))
        }
        #expect(try Self.products(path) == ["Prolia"])
    }

    @Test func aRefusedFileChangesNothingAndSaysWhy() async throws {
        let path = try TestSupport.temporaryDatabase()
        try await Served.test(path, allowImport: true) { client in
            let (token, cookie) = try await Self.token(client)
            let page = try await Self.upload(client, cookie: cookie, body: Self.form(token: token, fileName: "scan.pdf", data: Data([0x00, 0xFF, 0x10])))
            #expect(page.status == .unprocessableContent && page.text.contains("refused    upload:scan.pdf: "), "\(page.text)")
        }
        #expect(try Self.products(path).isEmpty)
    }

    @Test func anOversizedUploadIsRefusedAndTheBaseIsUnchanged() async throws {
        let path = try CommandLineTests.importedCorpus()
        let before = try Self.products(path)
        let big = Data(String(repeating: "Prolia indeholder det aktive stof denosumab. ", count: Served.uploadLimit / 40).utf8)
        try await Served.test(path, allowImport: true) { client in
            let (token, cookie) = try await Self.token(client)
            let page = try await Self.upload(client, cookie: cookie, body: Self.form(token: token, fileName: "big.txt", data: big))
            #expect(page.status == .contentTooLarge && page.text.contains("the upload is larger than 1 MB"), "\(page.status)")
        }
        #expect(try Self.products(path) == before)
    }

    @Test func anUploadWithoutTheFormsTokenIsRefused() async throws {
        let path = try TestSupport.temporaryDatabase()
        let prolia = try Data(contentsOf: TestSupport.corpus.appendingPathComponent("prolia-epar-overview_da.txt"))
        try await Served.test(path, allowImport: true) { client in
            let (token, cookie) = try await Self.token(client)
            let forged = String(token.prefix { $0 != "." }) + "." + String(repeating: "0", count: 64)
            for (cookie, token) in [(nil, token), (cookie, nil), ("medkb_csrf=\(forged)", forged), (cookie, forged)] {
                let page = try await Self.upload(client, cookie: cookie, body: Self.form(token: token, fileName: "prolia.txt", data: prolia))
                #expect(page.status == .forbidden && page.text.contains("the upload lacks the import form&#39;s token"), "\(page.status)")
            }
        }
        #expect(try Self.products(path).isEmpty)
    }

    @Test func withoutAllowImportThereIsNoFormAndAnUploadIsRefused() async throws {
        let path = try TestSupport.temporaryDatabase()
        let prolia = try Data(contentsOf: TestSupport.corpus.appendingPathComponent("prolia-epar-overview_da.txt"))
        try await Served.test(path, allowImport: false) { client in
            let form = try await Served.get(client, "/import")
            #expect(form.status == .forbidden && !form.text.contains("type=\"file\""))
            let page = try await Self.upload(client, cookie: nil, body: Self.form(token: nil, fileName: "prolia.txt", data: prolia))
            #expect(page.status == .forbidden && page.text.contains("--allow-import"))
            #expect(!(try await Served.get(client, "/")).text.contains("href=\"/import\""), "no menu entry")
        }
        #expect(try Self.products(path).isEmpty)
    }
}
