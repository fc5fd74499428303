import Foundation
import Testing
@testable import MedKB

/// The everyday questions of issue 13, each asked through the command as a pharmacist
/// would, on a base with the corpus, both catalogue exports and the three SmPC PDFs.
@Suite struct PharmacistQuestionsTests {
    static let base: Result<String, Error> = Result {
        let database = try TestSupport.temporaryDatabase()
        let files = ["corpus", TestSupport.catalogue2018.path, TestSupport.catalogue2026.path] + TestSupport.smpcPDFs.map(\.path)
        let run = try CommandLineTests.medkb(["import"] + files, database: database)
        guard run.status == 0 else { throw BaseError(description: run.output + run.error) }
        return database
    }

    struct BaseError: Error, CustomStringConvertible { let description: String }

    static var available: Bool {
        TestSupport.realDataAvailable(TestSupport.catalogue2018, TestSupport.catalogue2026, TestSupport.smpcPDFs[1])
    }

    static func medkb(_ arguments: String...) throws -> CommandLineTests.Run {
        try CommandLineTests.medkb(arguments, database: try base.get())
    }

    @Test(.enabled(if: available)) func aSubstanceOrAnATCCodeListsItsProducts() throws {
        let run = try Self.medkb("show", "denosumab")
        #expect(run.status == 0, "\(run.error)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("denosumab: 31 products (2 originators, 29 biosimilars)") == true, "\(lines.first ?? "")")
        // Originators first, then the biosimilars, each with its status.
        let names = lines.dropFirst(2).prefix(3).map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(names == ["Prolia", "Xgeva", "Bildyos"])
        #expect(run.output.contains("Conexxence       biosimilar  Authorised"))
        #expect(run.output.contains("`medkb show NAME`"))
        let generic = try Self.medkb("show", "enzalutamide")
        #expect(generic.output.contains("Xtandi") && generic.output.contains("originator")
            && generic.output.contains("Enzalutamide Viatris"))
        let atc = try Self.medkb("show", "M05BX04")
        #expect(atc.output.hasPrefix("ATC M05BX04: 31 products"))
        // A product's own name still opens its card.
        #expect(try Self.medkb("show", "Xgeva").output.hasPrefix("Xgeva (denosumab)"))
    }

    @Test(.enabled(if: available)) func changesNarrowBySubstanceAndTakeAYear() throws {
        let run = try Self.medkb("changes", "--since", "2019-01-01", "--substance", "denosumab")
        #expect(run.status == 0, "\(run.error)")
        let new = run.output.components(separatedBy: "\n\n").first { $0.hasPrefix("New (") } ?? ""
        #expect(new.contains("Conexxence"))
        for line in run.output.split(separator: "\n") where line.hasPrefix("     ") {
            #expect(line.contains("denosumab"), "\(line)")
        }
        #expect(run.output.contains("New applications not authorised"))
        #expect(try Self.medkb("changes", "--since", "2019", "--substance", "denosumab").output == run.output)
        #expect(try Self.medkb("changes", "--since", "2019-06", "--atc", "M05BX").output.contains("Conexxence"))
        let none = try Self.medkb("changes", "--substance", "no-such-substance")
        #expect(none.output.contains("No change between the exports matches substance no-such-substance"))
        let csv = try Self.medkb("changes", "--since", "2019", "--status", "withdrawn", "--format", "csv")
        let rows = try Self.csvRows(csv.output)
        #expect(rows.first == ["from_export", "to_export", "change", "name", "ema_product_number", "active_substances", "atc",
                               "status", "field", "old", "new"])
        #expect(rows.count > 100 && rows.dropFirst().allSatisfy { $0[7] == "Withdrawn" })
    }

    @Test(.enabled(if: available)) func productsAsCSVThatPythonReads() throws {
        let run = try Self.medkb("products", "--substance", "denosumab", "--format", "csv")
        let rows = try Self.csvRows(run.output)
        #expect(rows.first?.prefix(5) == ["name", "ema_product_number", "category", "status", "active_substances"])
        #expect(rows.count == 32)
        let conexxence = try #require(rows.first { $0[0] == "Conexxence" })
        #expect(conexxence[1] == "EMEA/H/C/006268" && conexxence[9] == "Prolia" && conexxence[10] == "Prolia")
    }

    @Test(.enabled(if: available)) func anAnnexOfTwoFormsShowsEachFactOnce() throws {
        let card = try Self.medkb("show", "Xtandi").output
        #expect(card.contains("Soft capsule, Film-coated tablet"))
        #expect(card.components(separatedBy: "• 160 mg, oral, every day").count == 2, "one dosing bullet")
        #expect(card.contains("[1, p. 3; p. 28] “Hypersensitivity to the active substance(s)"))
        #expect(card.contains("! posterior reversible encephalopathy syndrome: the text [1, p. 7; p. 32] says rare"))
        let rare = try Self.medkb("show", "Xtandi", "--frequency", "rare").output
        #expect(!rare.contains("very common (more than 1 in 10 people)"))
        let rows = try Self.csvRows(try Self.medkb("show", "Xtandi", "--format", "csv").output)
        #expect(rows.first == ProductCard.csvHeader)
        #expect(rows.dropFirst().allSatisfy { $0[0] == "Xtandi" && !$0[10].isEmpty })
    }

    @Test(.enabled(if: available)) func productsBySideEffectAcrossLanguages() throws {
        let danish = try Self.medkb("products", "--adverse-event", "hovedpine").output
        let english = try Self.medkb("products", "--adverse-event", "headache").output
        #expect(danish == english && danish.contains("Xtandi") && danish.contains("Azopt"))
        let rare = try Self.medkb("products", "--adverse-event", "osteonekrose i kæben", "--frequency", "rare").output
        #expect(rare.contains("Prolia") && rare.contains("Conexxence") && !rare.contains("Xtandi"))
    }

    @Test(.enabled(if: available)) func cardsAndDocumentsInEveryFormat() throws {
        let folder = URL(fileURLWithPath: try Self.base.get()).deletingLastPathComponent()
        let html = folder.appendingPathComponent("prolia.html").path
        let written = try Self.medkb("show", "Prolia", "--format", "html", "--output", html)
        #expect(written.status == 0 && written.error.contains("wrote \(html)"))
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("<h1>Prolia (denosumab)</h1>") && page.contains("<blockquote>"))
        let markdown = try Self.medkb("show", "Prolia", "--format", "markdown").output
        #expect(markdown.hasPrefix("# Prolia (denosumab)") && markdown.contains("## Side effects"))
        let documents = try Self.medkb("documents").output
        #expect(documents.contains("guideline") && documents.contains("Osteoporose – Valg af medicinsk behandling"))
        #expect(documents.contains("smpc") && !documents.contains("catalogue-entry"))
        let rows = try Self.csvRows(try Self.medkb("documents", "--format", "csv").output)
        #expect(rows.first == ["id", "kind", "language", "title", "source", "date", "imported"] && rows.count == 8)
        let compare = try Self.csvRows(try Self.medkb("compare", "Conexxence", "Prolia", "--format", "csv").output)
        #expect(compare.first?.count == 12 && compare.count > 20)
    }

    @Test func checkFindingsNameOnlyProductsOfTheirSubstance() throws {
        let database = try CommandLineTests.importedCorpus()
        let zoledronic = TestSupport.documents.appendingPathComponent("zoledronic-acid-generic-overview_da.txt").path
        #expect(try CommandLineTests.medkb(["import", zoledronic], database: database).status == 0)
        let check = try CommandLineTests.medkb(["check", "osteoporose", "valg", "--language", "en"], database: database).output
        let heads = check.split(separator: "\n").filter { $0.hasPrefix("CONFLICT adverse event") }
        #expect(heads.contains { $0.contains("(denosumab · Conexxence, Prolia)") })
        #expect(heads.contains { $0.contains("(zoledronic acid · Zoledronsyre Nordvig)") })
        #expect(!heads.contains { $0.contains("denosumab") && $0.contains("Zoledronsyre") }, "\(heads)")
    }

    @Test(.enabled(if: available)) func aSuggestedCorrectionIsNotAlsoAnUnnamedBiosimilar() throws {
        let check = try Self.medkb("check", "osteoporose", "valg", "--language", "en").output
        #expect(check.contains("did you mean Osvyrti (denosumab, biosimilar, Authorised)?"))
        #expect(!check.contains("unnamed biosimilar (denosumab · Osvyrti)"))
        #expect(check.contains("unnamed biosimilar (denosumab · Bildyos)"))
        let html = try Self.medkb("check", "osteoporose", "valg", "--format", "html").output
        #expect(html.contains("<colgroup>") && html.contains("<col style=\"width: 12em\" /><col /></colgroup>"))
    }

    @Test(.enabled(if: available)) func danishLabelsOnRequest() throws {
        let changes = try Self.medkb("changes", "--since", "2019", "--substance", "denosumab", "--language", "da").output
        #expect(changes.hasPrefix("Ændringer fra EMA-kataloget af 2018-12-23 til det af 2026-01-29:\n  29 nye produkter (26 godkendt, "))
        #expect(changes.contains("\nNye (26):"))
        let products = try Self.medkb("products", "--reference", "Prolia", "--language", "da").output
        #expect(products.hasPrefix("PRODUKT") && products.contains("biosimilær af Prolia (angivet og udledt)"))
        let environment = try CommandLineTests.medkb(["products", "--reference", "Prolia"], database: try Self.base.get(),
                                                     environment: ["MEDKB_LANGUAGE": "da"]).output
        #expect(environment == products)
        #expect(try Self.medkb("products", "--reference", "Prolia").output.hasPrefix("PRODUCT"))
        let search = try Self.medkb("search", "zzqqxw", "--language", "da").output
        #expect(search.contains("Intet afsnit indeholder alle ordene i “zzqqxw”."))
        #expect(try Self.medkb("search", "zzqqxw").output.contains("No section holds every word of “zzqqxw”."))
    }

    /// Parses CSV with Python's `csv` module and gives the rows back as JSON.
    static func csvRows(_ text: String) throws -> [[String]] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("medkb-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try TestSupport.python(["-c", "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='')))))", file.path])
        guard run.status == 0, case let .array(rows) = try JSONValue.parse(run.output) else { throw BaseError(description: run.output) }
        return rows.map { $0.arrayValue?.compactMap(\.stringValue) ?? [] }
    }
}
