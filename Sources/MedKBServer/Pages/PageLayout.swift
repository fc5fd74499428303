import Hummingbird
import MedKB

/// What every page has around its content: the menu, the language switch, the stylesheet
/// the HTML reports use. Every string that comes from a request or the base is escaped
/// (`HTMLWriter.escape`); links are built with `FormFields.link`, so their values are encoded.
struct PageLayout: Sendable {
    let language: PageLanguage
    let words: PageWords
    /// The path and fields of the request, for the language switch.
    let path: String
    let fields: FormFields
    let allowImport: Bool

    init(request: Request, query: QueryValues, allowImport: Bool) throws {
        language = try PageLanguage(request, query: query)
        words = PageWords(language.code)
        path = request.uri.path
        fields = query.fields
        self.allowImport = allowImport
    }

    /// The layout of an error page: the request's fields as far as they can be read.
    init(forErrorIn request: Request, allowImport: Bool) {
        fields = (try? FormFields(request.uri.query)) ?? FormFields()
        let lang = fields["lang"].flatMap { PageLanguage.codes.contains($0) ? $0 : nil }
        language = PageLanguage(code: lang ?? PageLanguage.accepted(request.headers[.acceptLanguage]), asked: lang != nil)
        words = PageWords(language.code)
        path = request.uri.path
        self.allowImport = allowImport
    }

    static let stylesheet = "/style.css"

    /// A link within the site, carrying the language when it was asked for.
    func link(_ path: String, _ fields: [(String, String?)] = []) -> String {
        FormFields.link(path, fields + [("lang", language.linkValue)])
    }

    /// `<a href="…">text</a>`, both escaped.
    func anchor(_ text: String, _ path: String, _ fields: [(String, String?)] = []) -> String {
        "<a href=\"\(HTMLWriter.escape(link(path, fields)))\">\(HTMLWriter.escape(text))</a>"
    }

    var menu: String {
        var items = [("search", "/"), ("products", "/products"), ("compare", "/compare"), ("check", "/check"),
                     ("changes", "/changes"), ("documents", "/documents")]
        if allowImport { items.append(("import", "/import")) }
        // The switch keeps the page and its fields, in the other language.
        let kept = fields.pairs.filter { $0.name != "lang" }.map { ($0.name, Optional($0.value)) }
        let switches = PageLanguage.codes.map { code in
            code == language.code ? "<strong>\(code.uppercased())</strong>"
                : "<a href=\"\(HTMLWriter.escape(FormFields.link(path, kept + [("lang", code)])))\" hreflang=\"\(code)\">\(code.uppercased())</a>"
        }
        return "<nav><span class=\"brand\">medkb</span>" + items.map { anchor(words[$0.0], $0.1) }.joined(separator: " ")
            + "<span class=\"language\">" + switches.joined(separator: " · ") + "</span></nav>\n"
    }

    /// The page: the menu, then `body` (markup already escaped).
    func page(title: String, body: String, status: HTTPResponse.Status = .ok) -> Response {
        var writer = HTMLWriter()
        writer.raw(menu)
        writer.raw(body)
        return Self.response(writer.page(title: title + " — medkb", language: language.code, stylesheet: Self.stylesheet),
                             type: "text/html; charset=utf-8", status: status)
    }

    static func response(_ text: String, type: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = type
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    // MARK: Form parts

    /// A labelled text field holding `value`.
    func field(_ label: String, name: String, value: String?, list: String? = nil) -> String {
        "<label>\(HTMLWriter.escape(label)) <input type=\"text\" name=\"\(name)\" value=\"\(HTMLWriter.escape(value ?? ""))\""
            + (list.map { " list=\"\($0)\"" } ?? "") + " /></label>\n"
    }

    /// A labelled choice among `options` (value, label), the first meaning any.
    func select(_ label: String, name: String, value: String?, options: [(String, String)]) -> String {
        "<label>\(HTMLWriter.escape(label)) <select name=\"\(name)\">"
            + options.map { option in
                "<option value=\"\(HTMLWriter.escape(option.0))\"\(option.0 == (value ?? "") ? " selected=\"selected\"" : "")>\(HTMLWriter.escape(option.1))</option>"
            }.joined() + "</select></label>\n"
    }

    /// A labelled checkbox.
    func checkbox(_ label: String, name: String, checked: Bool) -> String {
        "<label><input type=\"checkbox\" name=\"\(name)\"\(checked ? " checked=\"checked\"" : "") /> \(HTMLWriter.escape(label))</label>\n"
    }

    /// A GET form to `action` around `fields`, with the language kept.
    func form(_ action: String, _ fields: String, button: String) -> String {
        "<form class=\"query\" method=\"get\" action=\"\(HTMLWriter.escape(action))\">\n" + fields
            + (language.asked ? "<input type=\"hidden\" name=\"lang\" value=\"\(language.code)\" />\n" : "")
            + "<button type=\"submit\">\(HTMLWriter.escape(button))</button></form>\n"
    }

    /// A `<datalist>` of product names, so that a product field suggests the base's names.
    static func datalist(_ id: String, _ names: [String]) -> String {
        "<datalist id=\"\(id)\">" + names.map { "<option value=\"\(HTMLWriter.escape($0))\"></option>" }.joined() + "</datalist>\n"
    }
}
