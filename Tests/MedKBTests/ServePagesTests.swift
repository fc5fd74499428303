import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import MedKB
import Testing

/// Every page of `medkb serve` on the corpus: what it shows, its headers, its refusals.
@Suite struct ServePagesTests {
    @Test func everyPageAnswersWithItsContentAndTheSecurityHeaders() async throws {
        let cases: [(uri: String, expected: [String])] = [
            ("/", ["<h1>Search</h1>", "name=\"q\""]),
            ("/?q=denosumab", ["<li class=\"hit\">", "<mark>denosumab</mark>", "Download"]),
            ("/products", ["<a href=\"/products/Conexxence\">Conexxence</a>", "biosimilar of Prolia (stated)", "2 products"]),
            ("/products?biosimilar=on", ["Conexxence", "1 product"]),
            ("/products/Conexxence", ["<h1>Conexxence (denosumab)</h1>", "<blockquote><a href=\"/documents/", "#quote\">",
                                      "Compare with its reference product Prolia"]),
            ("/products/denosumab", ["<h1>denosumab: 2</h1>", "<a href=\"/products/Prolia\">Prolia</a>"]),
            ("/compare", ["Choose two products to compare."]),
            ("/compare?a=Conexxence&b=Prolia", ["Kan Conexxence erstatte Prolia?", "class=\"verdict\"", "<td class=\"status same\">"]),
            ("/check", ["Osteoporose – Valg af medicinsk behandling", "<a href=\"/check/"]),
            ("/check/osteoporose", ["class=\"status conflict\"", "<h1>Tjek af vejledning: "]),
            ("/changes", ["changes need two"]),
            ("/documents", ["conexxence-epar-overview_da.txt", "<a href=\"/documents/"]),
            ("/style.css", ["mark.chosen", "table { border-collapse"]),
        ]
        try await Served.test { client in
            for (uri, expected) in cases {
                let page = try await Served.get(client, uri)
                #expect(page.status == .ok, "\(uri): \(page.text.prefix(300))")
                for text in expected { #expect(page.text.contains(text), "\(uri) lacks \(text)") }
                #expect(page.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'self'") == true, "\(uri)")
                #expect(page.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff", "\(uri)")
                if uri != "/style.css" { #expect(!page.text.contains("<style>") && !page.text.contains("<script"), "\(uri): inline style or script") }
            }
        }
    }

    @Test func aQuoteOpensItsDocumentWithTheQuoteMarkedAtItsOffsets() async throws {
        try await Served.test { client in
            let card = try await Served.get(client, "/products/Conexxence")
            let link = try #require(card.text.firstMatch(of: /href="(\/documents\/[0-9a-f]+\?start=(\d+)&amp;end=(\d+))#quote">([^<]+)<\/a>/))
            let document = try await Served.get(client, link.1.replacingOccurrences(of: "&amp;", with: "&"))
            #expect(document.status == .ok)
            let chosen = try #require(document.text.firstMatch(of: /<mark class="chosen" id="quote">([^<]*)<\/mark>/))
            #expect(String(link.4).hasPrefix(String(chosen.1.prefix(20))), "the marked text is the quote")
            #expect(document.text.contains("The quote at characters \(link.2)–\(link.3)"))
            #expect(document.text.contains("<mark title=\"indication\">"), "the other facts are marked too")
        }
    }

    @Test func aGuidelinesQuoteOnTheCheckPageOpensTheGuidelineThere() async throws {
        try await Served.test { client in
            let check = try await Served.get(client, "/check/osteoporose?lang=en")
            #expect(check.status == .ok)
            // The first quote after a "#N Guideline" line is the guideline's.
            let link = try #require(check.text.firstMatch(
                of: /Guideline<\/p>\n<blockquote><a href="(\/documents\/([0-9a-f]+)\?start=(\d+)&amp;end=(\d+)[^"#]*)#quote">([^<]+)<\/a><\/blockquote>/))
            let list = try await Served.get(client, "/api/documents")
            let documents = try #require(list.json as? [String: Any])
            let guideline = (documents["documents"] as? [[String: Any]])?.first { ($0["kind"] as? String) == "guideline" }
            #expect((guideline?["id"] as? String) == String(link.2), "the link opens the guideline")
            let document = try await Served.get(client, link.1.replacingOccurrences(of: "&amp;", with: "&"))
            let chosen = try #require(document.text.firstMatch(of: /<mark class="chosen" id="quote">([^<]*)<\/mark>/))
            #expect(String(link.5).hasPrefix(String(chosen.1.prefix(20))), "the marked text is the quote")
        }
    }

    @Test func theLanguageFollowsTheBrowserAndTheSwitchAndLinksKeepIt() async throws {
        try await Served.test { client in
            let danish = try await Served.get(client, "/products/Conexxence", headers: [.acceptLanguage: "da-DK,da;q=0.9,en;q=0.5"])
            #expect(danish.text.contains("<h2>Kilder</h2>") && danish.text.contains("<a href=\"/compare\">Sammenlign</a>"))
            let english = try await Served.get(client, "/products/Conexxence?lang=en", headers: [.acceptLanguage: "da"])
            #expect(english.text.contains("<h2>Sources</h2>") && english.text.contains("<a href=\"/compare?lang=en\">Compare</a>"))
            #expect(english.text.contains("href=\"/products/Conexxence?lang=da\" hreflang=\"da\">DA</a>"), "the switch to Danish")
            let search = try await Served.get(client, "/?q=knogle&lang=da")
            #expect(search.text.contains("<html lang=\"da\"") && search.text.contains("<input type=\"hidden\" name=\"lang\" value=\"da\" />"))
        }
    }

    @Test func searchFiltersNarrowTheHits() async throws {
        try await Served.test { client in
            let all = try await Served.get(client, "/?q=denosumab&limit=50")
            let english = try await Served.get(client, "/?q=denosumab&language=en&limit=50")
            let guideline = try await Served.get(client, "/?q=denosumab&kind=guideline&limit=50")
            let conexxence = try await Served.get(client, "/?q=denosumab&product=Conexxence&limit=50")
            func hits(_ page: Served.Page) -> Int { page.text.components(separatedBy: "<li class=\"hit\">").count - 1 }
            #expect(hits(all) > hits(english) && hits(english) > 0)
            #expect(english.text.contains("prolia-epar-summary_en.txt") && !english.text.contains("conexxence-epar-overview_da.txt"))
            #expect(hits(guideline) > 0 && !guideline.text.contains("epar-overview_da.txt</span>"))
            #expect(hits(conexxence) > 0 && !conexxence.text.contains("prolia-epar-overview_da.txt</span>"))
            // The count says "hit" for one (only the guideline speaks of jaw necrosis).
            let one = try await Served.get(client, "/?q=kaebenekrose&lang=en")
            #expect(hits(one) == 1 && one.text.contains(">1 hit</p>"))
            #expect(all.text.contains(">\(hits(all)) hits</p>"))
        }
    }

    @Test func catalogueChangesAreTablesAndEmptyAnswersSayWhyInThePagesLanguage() async throws {
        let path = try TestSupport.temporaryDatabase()
        let base = try KnowledgeBase(path: path)
        for (date, rows) in [("01/03/2024", CatalogueSyntheticTests.first), ("01/03/2025", CatalogueSyntheticTests.second)] {
            _ = try base.importCatalogue(try WorkbookBuilder.catalogue(exportDate: date, rows).data(), source: "export-\(date.suffix(4)).xlsx")
        }
        try await Served.test(path) { client in
            let english = try await Served.get(client, "/changes?lang=en")
            #expect(english.status == .ok && !english.text.contains("<pre"))
            #expect(english.text.contains("<th>Product</th><th>EMA number</th><th>Substance</th><th>Change</th>"))
            #expect(english.text.contains("<tr><td>Glucosim</td><td>EMEA/H/C/100003</td><td>semaglutide</td><td>Authorised → Withdrawn</td></tr>"))
            let danish = try await Served.get(client, "/changes?lang=da&substance=apixaban")
            #expect(danish.text.contains("<th>EMA-nummer</th>") && danish.text.contains("<td>Apixaban Halvorsen</td>"))
            #expect(!danish.text.contains("Glucosim"))
            // Nothing matches: the reason, in Danish.
            let none = try await Served.get(client, "/changes?lang=da&substance=insulin")
            #expect(none.text.contains("Ingen ændring mellem eksporterne passer på stoffet insulin"))
            // As on the products page, where no product has the side effect.
            let products = try await Served.get(client, "/products?adverse_event=hovedpine&frequency=rare&lang=da")
            #expect(products.text.contains("Intet lægemiddel i basen har bivirkningen hovedpine (headache) med hyppigheden rare i sine dokumenter."))
        }
    }

    @Test func reportsDownloadInEveryFormatAsTheCommandLineWritesThem() async throws {
        try await Served.test { client in
            for (uri, type) in [("/compare?a=Conexxence&b=Prolia&format=csv", "text/csv"), ("/compare?a=Conexxence&b=Prolia&format=markdown", "text/markdown"),
                                ("/compare?a=Conexxence&b=Prolia&format=html", "text/html"), ("/products/Conexxence?format=json", "application/json"),
                                ("/check/osteoporose?format=csv", "text/csv"), ("/?q=denosumab&format=csv", "text/csv"), ("/products?format=json", "application/json")] {
                let page = try await Served.get(client, uri)
                #expect(page.status == .ok && page.headers[.contentType]?.hasPrefix(type) == true, "\(uri)")
                #expect(page.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"") == true, "\(uri)")
            }
            let csv = try await Served.get(client, "/compare?a=Conexxence&b=Prolia&format=csv&lang=da")
            let cli = try CommandLineTests.medkb(["compare", "Conexxence", "Prolia", "--format", "csv", "--language", "da"], database: try Served.corpus.get())
            #expect(csv.text == cli.output)
            let html = try await Served.get(client, "/compare?a=Conexxence&b=Prolia&format=html")
            #expect(html.text.contains("<style>") && html.headers[.contentDisposition] == "attachment; filename=\"comparison-Conexxence-Prolia.html\"",
                    "a downloaded report stands alone, its style inline")
        }
    }

    @Test func unknownPagesAndBadInputAreRefusedWithTheReasonOnAPage() async throws {
        let cases: [(uri: String, status: Int, reason: String)] = [
            ("/nowhere", 404, "there is no page at /nowhere"),
            ("/products/Prolla", 404, "no product named &quot;Prolla&quot;; did you mean Prolia (denosumab)?"),
            ("/products?substance=denosumabb", 404, "no product with substance denosumabb"),
            ("/compare?a=Conexxence&b=Nothing", 404, "no product named &quot;Nothing&quot;"),
            ("/check/nothing-at-all", 404, "no single guideline matches"),
            ("/documents/0000", 404, "no document with id or source"),
            ("/?q=denosumab&kind=poster", 400, "kind takes one of epar-overview, guideline, smpc, catalogue-entry, not poster"),
            ("/?q=denosumab&limit=0", 400, "limit takes a whole number from 1 to 100"),
            ("/changes?since=last-week", 400, "since takes a year, a month or a day"),
            ("/?q=%FF", 400, "not valid percent-encoded UTF-8"),
            ("/?q=" + String(repeating: "a", count: 600), 400, "at most 500 are taken"),
            ("/?q=" + String(repeating: "a", count: 70_000), 414, "at most 65536 are taken"),
            ("/import", 403, "start the server with `medkb serve --allow-import`"),
            ("/?q=" + (1...41).map { "w\($0)" }.joined(separator: "+"), 400, "search takes up to 40"),
        ]
        try await Served.test { client in
            for (uri, status, reason) in cases {
                let page = try await Served.get(client, uri)
                #expect(Int(page.status.code) == status, "\(uri.prefix(80)): \(page.status)")
                #expect(page.text.contains("<p class=\"error\">") && page.text.contains(reason), "\(uri.prefix(80)): \(page.text.suffix(400))")
                #expect(page.headers[.contentType] == "text/html; charset=utf-8" && page.headers[.contentSecurityPolicy] != nil)
            }
            let documents = try await Served.get(client, "/api/documents")
            let id = try #require(((documents.json as? [String: Any])?["documents"] as? [[String: Any]])?.first?["id"] as? String)
            let outside = try await Served.get(client, "/documents/\(id)?start=5&end=999999")
            #expect(outside.status == .badRequest && outside.text.contains("start and end mark a quote"))
        }
    }

    /// Every text a user can type comes back escaped: in the fields, the headings, the error messages.
    @Test(arguments: ["q", "product", "kind", "language", "lang", "limit", "substance", "atc", "status", "reference", "adverse_event",
                      "a", "b", "since", "area", "organ_class", "frequency", "start"])
    func anHTMLInjectionInAnyFieldComesBackEscaped(field: String) async throws {
        let injection = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>"
        let encoded = injection.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let pages = ["/", "/products", "/compare", "/changes", "/products/Conexxence", "/check/osteoporose", "/documents/" + encoded]
        try await Served.test { client in
            for page in pages {
                let answer = try await Served.get(client, "\(page)?\(field)=\(encoded)&a=Conexxence&q=denosumab")
                #expect(!answer.text.contains("<script>alert") && !answer.text.contains("<img src=x"), "\(page) \(field)")
            }
            let search = try await Served.get(client, "/?q=\(encoded)")
            #expect(search.text.contains("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\""))
            let named = try await Served.get(client, "/products/\(encoded)")
            #expect(named.status == .notFound && named.text.contains("no product named &quot;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        }
    }

    @Test func aPathTraversalReachesNoFile() async throws {
        try await Served.test { client in
            for uri in ["/documents/..%2F..%2F..%2Fetc%2Fpasswd", "/documents/../../../etc/passwd", "/style.css/../../etc/passwd",
                        "/products/..%2F..%2Fmedkb.sqlite", "/api/documents/%2Fetc%2Fpasswd", "/check/..%2F..%2Fetc%2Fpasswd"] {
                let page = try await Served.get(client, uri)
                #expect(page.status == .notFound, "\(uri): \(page.status)")
                #expect(!page.text.contains("root:x:0:0") && !page.text.contains("SQLite format"), "\(uri)")
            }
        }
    }
}
