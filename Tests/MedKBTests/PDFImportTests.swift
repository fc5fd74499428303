import Foundation
import Testing
@testable import MedKB

/// PDF input: a PDF of a text document gives that document's facts with pages in their
/// evidence; PDFs that cannot be read are refused with their reason and change nothing.
@Suite struct PDFImportTests {
    /// What a fact says, whatever its offsets: the quote with its line breaks as spaces.
    static func meaning(_ fact: Fact) -> String {
        let quote = fact.evidence.quote.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        return "\(fact.type.rawValue) \(fact.product ?? "-") \(JSONValue.object(fact.fields).serialized()) [\(fact.evidence.section ?? "-")] \(quote)"
    }

    @Test func theConexxenceOverviewAsPDFGivesTheSameFactsAsTheTextFile() throws {
        let textData = try Data(contentsOf: TestSupport.corpus.appendingPathComponent("conexxence-epar-overview_da.txt"))
        let pdfData = PDFWriter.render(text: String(decoding: textData, as: UTF8.self))
        let (textDocument, textFacts) = try TestSupport.facts(of: textData, source: "conexxence.txt")
        let (pdfDocument, pdfFacts) = try TestSupport.facts(of: pdfData, source: "conexxence.pdf")
        #expect(pdfDocument.kind == .eparOverview && pdfDocument.language == textDocument.language)
        #expect(textFacts.count >= 15)
        #expect(pdfFacts.map(Self.meaning) == textFacts.map(Self.meaning))

        // Stored, every fact of the PDF cites the page its quote starts on.
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        _ = try base.importDocument(pdfData, source: "conexxence.pdf")
        let stored = try base.facts(inDocument: pdfDocument.id)
        #expect(stored.count == pdfFacts.count)
        #expect(stored.allSatisfy { ($0.evidence.page ?? 0) >= 1 })
        #expect(Set(stored.compactMap(\.evidence.page)).count >= 2, "the overview runs over more than one page")
        let pages = try base.database.read { db in try DocumentPageRecord.fetchAll(db) }
        #expect(pages.map(\.page) == Array(1...pages.count))
        for fact in stored {
            let page = try #require(pages.first { $0.page == fact.evidence.page })
            #expect(page.start <= fact.evidence.start && fact.evidence.start < page.end)
        }
    }

    enum BadPDF: String, CaseIterable, CustomTestStringConvertible {
        case encrypted, truncated, zeroPages, imageOnly, textRenamed
        var testDescription: String { rawValue }

        var data: Data {
            get throws {
                switch self {
                case .encrypted:
                    return try TestSupport.document("encrypted.pdf")
                case .truncated:
                    let whole = PDFWriter.render(text: "A page of text.\n\nAnother paragraph of text.")
                    return whole.prefix(whole.count / 2)
                case .zeroPages:
                    return PDFImportTests.pdfWithoutPages()
                case .imageOnly:
                    let writer = PDFWriter()
                    writer.pictureOnlyPage()
                    writer.numberPages = false
                    return writer.finish()
                case .textRenamed:
                    return Data("Hvad er Conexxence, og hvad anvendes det til?\nEt lægemiddel.\n".utf8)
                }
            }
        }

        var reason: String {
            switch self {
            case .encrypted: return PDFError.encrypted.description
            case .truncated: return PDFError.truncated.description
            case .zeroPages: return PDFError.noPages.description
            case .imageOnly: return PDFError.noText(pages: 1).description
            case .textRenamed: return PDFError.notPDF.description
            }
        }
    }

    @Test(arguments: BadPDF.allCases)
    func badPDFsAreRefusedAndChangeNothing(_ bad: BadPDF) throws {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        _ = try base.importDocument(try Data(contentsOf: TestSupport.corpus.appendingPathComponent("prolia-epar-summary_en.txt")),
                                    source: "prolia.txt")
        let before = try KnowledgeBaseTests.snapshot(base)
        do {
            _ = try base.importDocument(try bad.data, source: "bad/\(bad.rawValue).pdf")
            Issue.record("\(bad.rawValue) was imported")
        } catch {
            #expect("\(error)" == bad.reason)
        }
        #expect(try KnowledgeBaseTests.snapshot(base) == before)
    }

    @Test func theCommandLineNamesARefusedPDFWithItsReason() throws {
        let database = try TestSupport.temporaryDatabase()
        let file = URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent("locked.pdf")
        try TestSupport.document("encrypted.pdf").write(to: file)
        let run = try CommandLineTests.medkb(["import", file.path], database: database)
        #expect(run.status == 1)
        #expect(run.error.contains("refused    \(file.path): \(PDFError.encrypted.description)"), "\(run.error)")
    }

    /// A well-formed PDF whose page tree is empty, with a correct cross-reference table.
    static func pdfWithoutPages() -> Data {
        let objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { out += String(format: "%010d 00000 n \n", offset) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(out.utf8)
    }
}
