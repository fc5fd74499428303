import Foundation
import Testing
@testable import MedKB

/// The real EMA exports in `../shared/data`: the corpus, then the 2018 export, then the
/// 2026 one, imported once into one base the tests read.
@Suite struct CatalogueImportTests {
    struct Imported: @unchecked Sendable {
        let base: KnowledgeBase
        let first: CatalogueImportOutcome
        let second: CatalogueImportOutcome
    }

    static let imported: Result<Imported, Error> = Result {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        for file in try FileManager.default.contentsOfDirectory(atPath: TestSupport.corpus.path).sorted() where file.hasSuffix(".txt") {
            _ = try base.importDocument(try Data(contentsOf: TestSupport.corpus.appendingPathComponent(file)), source: file)
        }
        let first = try base.importCatalogue(try Data(contentsOf: TestSupport.catalogue2018), source: "2018.xlsx")
        let second = try base.importCatalogue(try Data(contentsOf: TestSupport.catalogue2026), source: "2026.xlsx")
        return Imported(base: base, first: first, second: second)
    }

    static var available: Bool { TestSupport.realDataAvailable(TestSupport.catalogue2018, TestSupport.catalogue2026) }

    @Test(.enabled(if: available)) func bothExportsImportWithTheirRowCounts() throws {
        let imported = try Self.imported.get()
        guard case let .imported(old) = imported.first, case let .imported(new) = imported.second else {
            Issue.record("an export did not import"); return
        }
        #expect((old.rows, old.human, old.veterinary, old.exportDate) == (1562, 1334, 228, "2018-12-23"))
        #expect((new.rows, new.human, new.veterinary, new.exportDate) == (2650, 2271, 379, "2026-01-29"))
        // Every row is a product of its own: 2,650 EMA product numbers in 2026.
        let numbered = try imported.base.products().filter { $0.emaProductNumber != nil }
        #expect(numbered.count == 2650)
        #expect(numbered.filter { $0.category == "veterinary" }.count == 379)
    }

    @Test(.enabled(if: available)) func reimportingAnExportChangesNothing() throws {
        let base = try Self.imported.get().base
        let before = try KnowledgeBaseTests.snapshot(base)
        guard case .unchanged = try base.importCatalogue(try Data(contentsOf: TestSupport.catalogue2026), source: "again.xlsx") else {
            Issue.record("the same export imported twice"); return
        }
        #expect(try KnowledgeBaseTests.snapshot(base) == before)
    }

    @Test(.enabled(if: available)) func denosumabBiosimilarsAreLinkedByTheirIndications() throws {
        let base = try Self.imported.get().base
        let biosimilars = try base.products(ProductFilter(substance: "denosumab", biosimilar: true))
        #expect(biosimilars.count >= 25)
        var osteoporosis = 0, metastases = 0
        for product in biosimilars {
            let indications = try base.facts(about: product).filter { $0.document.kind == "catalogue-entry" }
                .compactMap { $0.fact.string("condition") }
            if indications.contains("osteoporosis") || indications.contains("bone loss") {
                osteoporosis += 1
                #expect(product.inferredReference == "Prolia", "\(product.name): \(product.inferenceBasis ?? "")")
            } else {
                metastases += 1
                #expect(indications.contains("skeletal related events"), "\(product.name): \(indications)")
                #expect(product.inferredReference == "Xgeva", "\(product.name): \(product.inferenceBasis ?? "")")
            }
        }
        #expect(osteoporosis >= 12 && metastases >= 12)
        // The text of the cell says so too, independently of the facts.
        let obodence = try base.product(named: "Obodence"), xbryk = try base.product(named: "Xbryk")
        #expect(obodence.inferredReference == "Prolia" && xbryk.inferredReference == "Xgeva")
        let ofProlia = try base.products(ProductFilter(status: "authorised", reference: "Prolia"))
        #expect(ofProlia.contains { $0.name == "Conexxence" } && !ofProlia.contains { $0.name == "Xbryk" })
    }

    /// The reference medicines the EPARs of these biosimilars name (nil: a reference
    /// authorised only nationally, which the catalogue does not list).
    static let referencesFromTheEPARs: [String: String?] = [
        "adalimumab": "Humira", "aflibercept": "Eylea", "bevacizumab": "Avastin", "etanercept": "Enbrel",
        "infliximab": "Remicade", "insulin glargine": "Lantus", "pegfilgrastim": "Neulasta",
        "ranibizumab": "Lucentis", "rituximab": "MabThera", "teriparatide": "Forsteo", "trastuzumab": "Herceptin",
        "ustekinumab": "Stelara", "tocilizumab": "RoActemra", "eculizumab": "Soliris", "natalizumab": "Tysabri",
        "filgrastim": nil, "epoetin alfa": nil, "enoxaparin sodium": nil,
    ]

    @Test(.enabled(if: available)) func everyBiosimilarGetsTheReferenceItsEPARNames() throws {
        let base = try Self.imported.get().base
        for (substance, expected) in Self.referencesFromTheEPARs {
            let biosimilars = try base.products(ProductFilter(substance: substance, biosimilar: true))
                .filter { $0.activeSubstances == [substance] }
            #expect(!biosimilars.isEmpty, "no biosimilar of \(substance)")
            for product in biosimilars {
                #expect(product.inferredReference == expected, "\(product.name) (\(substance)): \(product.inferenceBasis ?? "")")
                if expected == nil {
                    #expect(product.inferenceBasis?.contains("not in the catalogue") == true, "\(product.name)")
                }
            }
        }
    }

    @Test(.enabled(if: available)) func conexxenceIsOneProductWithBothSources() throws {
        let base = try Self.imported.get().base
        let conexxence = try base.product(named: "Conexxence")
        #expect(conexxence.emaProductNumber == "EMEA/H/C/006268")
        #expect(conexxence.biosimilar == true && conexxence.authorisationDate == "2025-07-18")
        #expect(conexxence.referenceProduct == "Prolia" && conexxence.inferredReference == "Prolia")
        #expect(!conexxence.referencesDisagree)
        let kinds = try base.documents(withIds: conexxence.documents).map(\.kind).sorted()
        #expect(kinds == ["catalogue-entry", "epar-overview"])
        // The EPAR's Prolia and the catalogue's are one product too.
        let prolia = try base.product(named: "Prolia")
        #expect(prolia.emaProductNumber == "EMEA/H/C/001120")
        #expect(try base.documents(withIds: prolia.documents).filter { $0.kind == "epar-overview" }.count == 2)
        #expect(try base.products().filter { $0.name == "Prolia" }.count == 1)
    }

    @Test(.enabled(if: available)) func theGuidelinesOzvyrtiGetsOsvyrti() throws {
        let base = try Self.imported.get().base
        let check = try base.check(guideline: "osteoporose")
        let unknown = try #require(check.findings.first { $0.topic == "unknown_product" })
        #expect(unknown.product == "Ozvyrti")
        #expect(unknown.message.contains("did you mean Osvyrti (denosumab, biosimilar, Authorised)?"))
        #expect(throws: QueryError.unknownProduct("Ozvyrti", suggestions: ["Osvyrti (denosumab, biosimilar, Authorised)"], baseIsEmpty: false)) {
            try base.product(named: "Ozvyrti")
        }
        let suggestions = try base.nameSuggestions(for: "Ozvyrti", onlyCapitalised: false)
        #expect(suggestions.first?.names.first == "Osvyrti (denosumab, biosimilar, Authorised)")
    }

    /// Checked by hand in the two sheets: Conexxence is not in 2018; Aerivio Spiromax was
    /// authorised in 2018 and is withdrawn in 2026 (4 October 2019); Aclasta's holder went
    /// from Novartis Europharm Limited to Sandoz Pharmaceuticals d.d.; Enurev Breezhaler's
    /// 2018 number carries trailing spaces and is still the same product.
    @Test(.enabled(if: available)) func changesFrom2018To2026() throws {
        let imported = try Self.imported.get()
        guard case let .imported(new) = imported.second, let changes = new.changes else {
            Issue.record("no changes reported"); return
        }
        #expect(changes.fromExport == "2018-12-23" && changes.toExport == "2026-01-29")
        #expect(changes.added.count == 1088)
        #expect(changes.removed.isEmpty)
        #expect(changes.added.contains { $0.name == "Conexxence" && $0.emaProductNumber == "EMEA/H/C/006268" })
        #expect(changes.statusChanges.contains {
            $0.product.name == "Aerivio Spiromax" && $0.old == "Authorised" && $0.new == "Withdrawn"
        })
        #expect(changes.fieldChanges.contains {
            $0.product.name == "Aclasta" && $0.field == "holder" && $0.old == "Novartis Europharm Limited"
                && $0.new == "Sandoz Pharmaceuticals d.d."
        })
        #expect(!changes.added.contains { $0.name == "Enurev Breezhaler" })
        #expect(try imported.base.changes(since: "2019-01-01") == [changes])
        #expect(try imported.base.changes(since: "2026-01-30").isEmpty)
        let text = ChangeReport.text(changes, limit: 3)
        #expect(text.contains("1,088 new products (767 authorised, 321 applications not authorised), 185 status changes (139 withdrawn"))
        #expect(text.contains("New applications not authorised — withdrawn, refused or awaiting a decision (321):"))
    }
}
