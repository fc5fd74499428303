import Foundation
import Hummingbird
import MedKB

/// `/import`: with `--allow-import`, a form to upload one file (text, PDF or an EMA catalogue
/// workbook), imported as `medkb import` imports it, all or nothing, and answered with the
/// command line's lines. The upload must carry the form's CSRF token and stay within the
/// size limit; the file's name is only a label (`upload:NAME`), never a path.
enum ImportPage {
    static func register(_ router: Router<MedKBServer.Context>, _ site: Site) {
        router.get("import") { request, _ in try form(request, site) }
        router.post("import") { request, _ in try await upload(request, site) }
    }

    static func refusedWhenOff(_ site: Site, _ layout: PageLayout) throws {
        guard site.configuration.allowImport else { throw RequestRefusal(status: .forbidden, reason: layout.words["import_off"]) }
    }

    static func form(_ request: Request, _ site: Site) throws -> Response {
        let query = try site.query(request)
        let layout = try site.layout(request, query)
        try refusedWhenOff(site, layout)
        let token = site.csrf.make()
        let words = layout.words
        var body = HTMLWriter()
        body.element("h1", words["import"])
        body.raw("<form class=\"query\" method=\"post\" action=\"\(HTMLWriter.escape(layout.link("/import")))\" enctype=\"multipart/form-data\">\n"
            + "<input type=\"hidden\" name=\"\(CSRFToken.field)\" value=\"\(token)\" />\n"
            + "<label>\(HTMLWriter.escape(words["file"])) <input type=\"file\" name=\"file\" accept=\".txt,.text,.pdf,.xlsx\" /></label>\n"
            + "<button type=\"submit\">\(HTMLWriter.escape(words["import"]))</button></form>\n")
        body.element("p", words.format("upload_limit", String(site.configuration.uploadLimit >> 20)), class: "meta")
        var response = layout.page(title: words["import"], body: body.body)
        response.headers[.setCookie] = "\(CSRFToken.cookie)=\(token); Path=/import; HttpOnly; SameSite=Strict"
        response.headers[.cacheControl] = "no-store"
        return response
    }

    static func upload(_ request: Request, _ site: Site) async throws -> Response {
        let query = try site.query(request)
        let layout = try site.layout(request, query)
        try refusedWhenOff(site, layout)
        let limit = site.configuration.uploadLimit
        guard let boundary = MultipartForm.boundary(of: request.headers[.contentType]) else {
            throw RequestRefusal.badRequest("an upload is sent as multipart/form-data, from the import page's form")
        }
        let collected: ByteBuffer
        do {
            collected = try await request.body.collect(upTo: limit + RequestRefusal.formOverhead)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw RequestRefusal.tooLarge(limit)
        }
        let form = try MultipartForm(Data(buffer: collected), boundary: boundary)
        guard site.csrf.accepts(form: form[CSRFToken.field].map { String(decoding: $0.data, as: UTF8.self) },
                                cookie: request.cookies[CSRFToken.cookie]?.value) else {
            throw RequestRefusal(status: .forbidden, reason: "the upload lacks the import form's token; open the import page again and send the file from it")
        }
        guard let file = form["file"], let fileName = file.fileName, !file.data.isEmpty else {
            throw RequestRefusal.badRequest("the upload holds no file; choose a text, PDF or .xlsx file")
        }
        guard file.data.count <= limit else { throw RequestRefusal.tooLarge(limit) }
        let source = "upload:" + label(fileName)
        let data = file.data
        let workbook = source.lowercased().hasSuffix(".xlsx") || CatalogueReader.looksLikeWorkbook(data.prefix(4))
        // The import runs whole, however long it takes: it commits all or nothing.
        var lines: [String], status = HTTPResponse.Status.ok
        do {
            lines = try await site.work.run(limited: false) { [base = site.base] in
                workbook ? ImportLines.catalogue(try base.importCatalogue(data, source: source), source: source)
                    : [ImportLines.document(try base.importDocument(data, source: source), source: source)]
            }
        } catch {
            (lines, status) = ([ImportLines.refused(source, error)], .unprocessableContent)
        }
        var body = HTMLWriter()
        body.element("h1", layout.words["import_result"])
        body.element("pre", lines.joined(separator: "\n"), class: status == .ok ? "report" : "report error")
        body.raw("<p>" + layout.anchor(layout.words["import"], "/import") + "</p>\n")
        return layout.page(title: layout.words["import_result"], body: body.body, status: status)
    }

    /// The file's own name, without any folder a browser sent and without control characters.
    static func label(_ fileName: String) -> String {
        let base = fileName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(base.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }.map(Character.init))
        return clean.isEmpty ? "file" : String(clean.prefix(200))
    }
}
