import CLibXML2
import Foundation
import Testing
@testable import MedKB

@Suite struct ReportTests {
    /// Parses text as XML with libxml2 (no network); nil when it is not well-formed.
    static func wellFormed(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), "report.html", "UTF-8", Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
            }
        }
        defer { xmlFreeDoc(document) }
        return document != nil
    }

    static func reports() throws -> (ComparisonReport, CheckReport) {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        for file in try FileManager.default.contentsOfDirectory(atPath: TestSupport.corpus.path).filter({ $0.hasSuffix(".txt") }).sorted() {
            _ = try base.importDocument(try Data(contentsOf: TestSupport.corpus.appendingPathComponent(file)), source: "corpus/" + file)
        }
        return (ComparisonReport(try base.compare("Conexxence", "Prolia")), CheckReport(try base.check(guideline: "osteoporose")))
    }

    @Test func theCheckerRejectsBrokenMarkup() {
        #expect(Self.wellFormed("<html><body><p>ok</p></body></html>"))
        #expect(!Self.wellFormed("<html><body><p>not closed</body></html>"))
        #expect(!Self.wellFormed("<p>a & b</p>"))
    }

    @Test func htmlReportsAreWellFormedSelfContainedAndQuoteTheirSources() throws {
        let (comparison, check) = try Self.reports()
        for html in [comparison.render(.html), check.render(.html)] {
            #expect(Self.wellFormed(html))
            #expect(html.hasPrefix("<!DOCTYPE html>"))
            #expect(!html.lowercased().contains("<script"))
            #expect(!html.contains("src=") && !html.contains("href=") && !html.contains("@import"))
            #expect(html.contains("<style>") && html.contains("@page { size: A4"))
        }
        let page = comparison.render(.html, language: "en")
        #expect(page.contains("<p class=\"verdict\">Conexxence is declared a biosimilar of Prolia.</p>"))
        #expect(page.contains("<td class=\"status not_stated_a\">not stated for Conexxence</td>"))
        #expect(page.contains("<blockquote>Conexxence må ikke anvendes hos personer med hypokalcæmi.</blockquote>"))
        #expect(check.render(.html).contains("<td class=\"status conflict\">konflikt</td>"), "labels in the guideline's language")
    }

    @Test func markdownTablesHaveOneRowPerLine() throws {
        let (comparison, check) = try Self.reports()
        let markdown = comparison.render(.markdown, language: "en")
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") }
        #expect(rows.count == comparison.comparison.rows.count + 1)
        #expect(rows.allSatisfy { $0.filter { $0 == "|" }.count - $0.components(separatedBy: "\\|").count + 1 == 7 })
        #expect(markdown.contains("| 9 | dose | dose | — | 60 mg | not stated for Conexxence |"))
        #expect(check.render(.markdown, language: "en").contains("| conflict | adverse event |"))
    }

    @Test func labelsFollowTheRequestedLanguage() throws {
        let (comparison, _) = try Self.reports()
        #expect(comparison.render(.markdown).hasPrefix("# Sammenligning: Conexxence ↔ Prolia"))
        #expect(comparison.render(.markdown, language: "en").hasPrefix("# Comparison: Conexxence ↔ Prolia"))
    }
}
