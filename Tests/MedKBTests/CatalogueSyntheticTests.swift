import Foundation
import Testing
@testable import MedKB

/// Catalogue exports written for these tests, of other medicines (invented names): two
/// originators with one substance and different indications, biosimilars of each, a
/// biosimilar whose reference is not in the catalogue, a generic, a veterinary medicine.
@Suite struct CatalogueSyntheticTests {
    static let first: [[String: String]] = [
        medicine("Glucorix", "EMEA/H/C/100001", "semaglutide", "Glucorix is indicated for the treatment of adults with insufficiently controlled type 2 diabetes mellitus as an adjunct to diet and exercise.",
                 authorised: "08/02/2018"),
        medicine("Slimorix", "EMEA/H/C/100002", "semaglutide", "Prevention of cardiovascular events in adults with obesity. Treatment of heart failure with preserved ejection fraction in adults with obesity.",
                 authorised: "06/01/2022"),
        medicine("Glucosim", "EMEA/H/C/100003", "semaglutide", "Treatment of type 2 diabetes mellitus in adults.", biosimilar: true, authorised: "01/02/2024"),
        medicine("Heparinox", "EMEA/H/C/100004", "enoxaparin sodium", "Prophylaxis of venous thromboembolism in surgical patients.", biosimilar: true, authorised: "15/09/2016"),
        medicine("Apixaban Halvorsen", "EMEA/H/C/100005", "apixaban", "Prevention of stroke in adults with non-valvular atrial fibrillation.", generic: true, authorised: "20/07/2020"),
        ["Category": "Veterinary", "Name of medicine": "Canixin", "EMA product number": "EMEA/V/C/100006",
         "International non-proprietary name (INN) / common name": "lotilaner;milbemycin oxime", "Therapeutic indication": "For dogs with mixed infestations."],
    ]

    static func medicine(_ name: String, _ number: String, _ inn: String, _ indication: String, biosimilar: Bool = false,
                         generic: Bool = false, authorised: String, status: String = "Authorised", holder: String = "Testpharma A/S") -> [String: String] {
        ["Name of medicine": name, "EMA product number": number, "International non-proprietary name (INN) / common name": inn,
         "Therapeutic indication": indication, "Biosimilar": biosimilar ? "Yes" : "No", "Generic or hybrid": generic ? "Yes" : "No",
         "Marketing authorisation date": authorised, "Medicine status": status, "Marketing authorisation developer / applicant / holder": holder]
    }

    /// A year later: Glucosim withdrawn, Slimorix under another holder, Apixaban Halvorsen
    /// no longer listed, a biosimilar of Slimorix added.
    static var second: [[String: String]] {
        var rows = first.filter { $0["Name of medicine"] != "Apixaban Halvorsen" }
        rows[2]["Medicine status"] = "Withdrawn"
        rows[1]["Marketing authorisation developer / applicant / holder"] = "Otherpharma GmbH"
        rows.append(medicine("Cardiosim", "EMEA/H/C/100007", "semaglutide", "Prevention of cardiovascular events in adults with obesity.",
                             biosimilar: true, authorised: "02/05/2025"))
        return rows
    }

    static func base(_ exports: [(String, [[String: String]])]) throws -> (KnowledgeBase, [CatalogueImportOutcome]) {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        let outcomes = try exports.map { date, rows in
            try base.importCatalogue(try WorkbookBuilder.catalogue(exportDate: date, rows).data(), source: "export-\(date.suffix(4)).xlsx")
        }
        return (base, outcomes)
    }

    @Test func biosimilarsGetTheReferenceWhoseIndicationsTheyShare() throws {
        let (base, _) = try Self.base([("01/03/2024", Self.first), ("01/03/2025", Self.second)])
        let glucosim = try base.product(named: "Glucosim")
        #expect(glucosim.inferredReference == "Glucorix")
        #expect(glucosim.inferenceBasis?.contains("shares the indications type 2 diabetes mellitus") == true)
        #expect(try base.product(named: "Cardiosim").inferredReference == "Slimorix")
        let heparinox = try base.product(named: "Heparinox")
        #expect(heparinox.inferredReference == nil)
        #expect(heparinox.inferenceBasis?.hasPrefix("not inferred: no medicine with enoxaparin sodium") == true)
        #expect(try base.product(named: "Apixaban Halvorsen").inferredReference == nil)
        #expect(try base.products(ProductFilter(reference: "Glucorix")).map(\.name) == ["Glucosim"])
        #expect(try base.products(ProductFilter(generic: true)).map(\.name) == ["Apixaban Halvorsen"])
        #expect(try base.products(ProductFilter(substance: "milbemycin oxime")).map(\.category) == ["veterinary"])
        #expect(try base.products(ProductFilter(status: "withdrawn")).map(\.name) == ["Glucosim"])
    }

    @Test func indicationFactsPointIntoTheRowText() throws {
        let (base, _) = try Self.base([("01/03/2024", Self.first)])
        let facts = try base.facts(about: try base.product(named: "Apixaban Halvorsen"))
        let stroke = try #require(facts.first)
        #expect(stroke.fact.type == .indication && stroke.fact.string("condition") == "stroke")
        #expect(stroke.fact.strings("population") == ["adults"])
        #expect(stroke.fact.evidence.section == "Therapeutic indication")
        let text = Array(stroke.document.text.unicodeScalars)
        let quoted = String(String.UnicodeScalarView(text[stroke.fact.evidence.start..<stroke.fact.evidence.end]))
        #expect(quoted == stroke.fact.evidence.quote)
        #expect(quoted == "Prevention of stroke in adults with non-valvular atrial fibrillation.")
        #expect(stroke.document.kind == "catalogue-entry" && stroke.document.statedDate == "2024-03-01")
        let glucorix = try base.facts(about: try base.product(named: "Glucorix")).compactMap { $0.fact.string("condition") }
        #expect(glucorix == ["type 2 diabetes mellitus"])
    }

    @Test func rowTextIsSearchable() throws {
        let (base, _) = try Self.base([("01/03/2024", Self.first)])
        let page = try base.searchPage("atrial fibrillation")
        // Only Apixaban Halvorsen's row speaks of atrial fibrillation.
        #expect(page.hits.count == 1)
        #expect(page.hits.first?.source.hasPrefix("export-2024.xlsx") == true)
        #expect(page.hits.first?.snippet.contains("non-valvular") == true)
    }

    /// Naming a product by its number or its whole name is looked up through the indexes
    /// (`product(numberedOrNamed:)`); the answer must be the one the whole list gives.
    @Test func aProductIsNamedByItsNumberItsNameOrTheOnlyNameStartingSo() throws {
        let withdrawnNamesake = Self.medicine("Glucorix", "EMEA/H/C/100000", "semaglutide", "Treatment of type 2 diabetes mellitus.",
                                              authorised: "01/01/2012", status: "Withdrawn")
        let (base, _) = try Self.base([("01/03/2024", [withdrawnNamesake] + Self.first)])
        let all = try base.products()
        func listed(_ number: String) -> ProductSummary? { all.first { $0.emaProductNumber == number } }
        // Two products share the name: the authorised one, whatever the case typed.
        #expect(try base.product(named: "gLUCORIX") == listed("EMEA/H/C/100001"))
        #expect(try base.product(named: "emea/h/c/100000") == listed("EMEA/H/C/100000"))
        // A biosimilar's summary with its inferred reference and its documents, as listed.
        let glucosim = try base.product(named: "Glucosim")
        #expect(glucosim == listed("EMEA/H/C/100003"))
        #expect(glucosim.inferredReference == "Glucorix" && !glucosim.documents.isEmpty)
        #expect(try base.product(named: "apixaban h").name == "Apixaban Halvorsen")
        #expect(throws: QueryError.ambiguousProduct("Gluco", candidates: ["Glucorix", "Glucorix", "Glucosim"])) {
            try base.product(named: "Gluco")
        }
        // The names close to an unknown one, from the trigram index: those the whole list gives.
        let close = NameSuggester(all).suggestions(for: "Glucorox").map(\.label)
        #expect(close.first?.hasPrefix("Glucorix") == true)
        #expect(throws: QueryError.unknownProduct("Glucorox", suggestions: close, baseIsEmpty: false)) {
            try base.product(named: "Glucorox")
        }
    }

    @Test func aNewerExportReportsWhatChanged() throws {
        let (_, outcomes) = try Self.base([("01/03/2024", Self.first), ("01/03/2025", Self.second)])
        guard case let .imported(result) = outcomes[1], let changes = result.changes else {
            Issue.record("no changes"); return
        }
        #expect(changes.added.map(\.name) == ["Cardiosim"])
        #expect(changes.removed.map(\.name) == ["Apixaban Halvorsen"])
        #expect(changes.statusChanges.map { "\($0.product.name): \($0.old!) → \($0.new!)" } == ["Glucosim: Authorised → Withdrawn"])
        #expect(changes.fieldChanges.map { "\($0.product.name) \($0.field): \($0.old!) → \($0.new!)" }
            == ["Slimorix holder: Testpharma A/S → Otherpharma GmbH"])
        #expect(ChangeReport.text(changes).contains("1 new product, 1 status change (1 withdrawn), 1 changed field in 1 product, 1 product no longer listed"))
    }

    @Test func anOlderExportImportedLaterDoesNotOverwriteNewerValues() throws {
        let (base, outcomes) = try Self.base([("01/03/2025", Self.second), ("01/03/2024", Self.first)])
        #expect(try base.product(named: "Glucosim").status == "Withdrawn")
        #expect(try base.product(named: "Apixaban Halvorsen").status == "Authorised")
        // Changes are between exports in date order, whichever came in first.
        guard case let .imported(older) = outcomes[1] else { Issue.record("not imported"); return }
        #expect(older.changes == nil)
        #expect(try base.changes(since: "2025-01-01").first?.added.map(\.name) == ["Cardiosim"])
    }

    @Test func aDocumentAboutTheProductJoinsItsCatalogueRow() throws {
        let (base, _) = try Self.base([("01/03/2024", Self.first)])
        let overview = try TestSupport.document("apixaban-generic-overview_en.txt")
        guard case let .imported(id, _, _, _, _, _) = try base.importDocument(overview, source: "overview.txt") else {
            Issue.record("not imported"); return
        }
        let products = try base.products().filter { $0.name == "Apixaban Halvorsen" }
        #expect(products.count == 1)
        #expect(products.first?.emaProductNumber == "EMEA/H/C/100005")
        #expect(products.first?.documents.contains(id) == true)
        #expect(products.first?.documents.count == 2)
    }

    @Test func refusedWorkbooksLeaveTheBaseUnchanged() throws {
        let (base, _) = try Self.base([("01/03/2024", Self.first)])
        let before = try KnowledgeBaseTests.snapshot(base)
        let good = try WorkbookBuilder.catalogue(exportDate: "01/03/2025", Self.second).data()
        #expect(throws: WorkbookError.self) { try base.importCatalogue(good.prefix(good.count - 100), source: "cut.xlsx") }
        let otherHeader = try WorkbookBuilder(rows: [["01/01/2026"], ["Name", "Price"], ["Glucorix", "12"]]).data()
        #expect(throws: CatalogueError.self) { try base.importCatalogue(otherHeader, source: "prices.xlsx") }
        let hostile = #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]><worksheet><sheetData/></worksheet>"#
        #expect(throws: WorkbookError.self) {
            try base.importCatalogue(try WorkbookBuilder(rows: [], sheetXML: hostile).data(), source: "xxe.xlsx")
        }
        #expect(try KnowledgeBaseTests.snapshot(base) == before)
    }
}
