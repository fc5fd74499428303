import Foundation
import Testing
@testable import MedKB

/// The real product-information PDFs of `../shared/data/smpc`, imported as `medkb import`
/// does and scored by score.py against `../shared/gold/smpc` (micro F1 at least 0.95, every
/// quote at its offsets); on CI a missing file fails.
@Suite(.serialized) struct SmPCGoldTests {
    static let available = TestSupport.realDataAvailable(TestSupport.smpcPDFs[0], TestSupport.smpcPDFs[1], TestSupport.smpcPDFs[2])
        && GoldScoreTests.available

    static let importedBase: Result<KnowledgeBase, Error> = Result {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        for url in TestSupport.smpcPDFs {
            _ = try base.importDocument(try Data(contentsOf: url), source: url.path)
        }
        return base
    }

    @Test(.enabled(if: available, "the SmPC PDFs are not in ../shared/data/smpc"))
    func theSmPCsScoreAtLeast095AgainstTheGold() throws {
        let base = try Self.importedBase.get()
        let gold = TestSupport.shared.appendingPathComponent("gold/smpc")
        let (status, output) = try GoldScoreTests.score(base, against: [
            gold.appendingPathComponent("azopt-smpc_en.json").path, gold.appendingPathComponent("xtandi-smpc_en.json").path,
        ])
        #expect(status == 0, "score.py:\n\(output)")
        #expect(!output.contains("documents not in the export") && !output.contains("gold says"), "\(output)")
    }

    @Test(.enabled(if: available, "the SmPC PDFs are not in ../shared/data/smpc"))
    func everySmPCFactCitesItsPageAndTheThreeImport() throws {
        let base = try Self.importedBase.get()
        let documents = try base.documents(ofKind: .smpc)
        #expect(documents.count == 3)
        for document in documents {
            let facts = try base.facts(inDocument: document.id)
            #expect(facts.contains { $0.type == .adverseEvent }, "\(document.source)")
            #expect(facts.allSatisfy { ($0.evidence.page ?? 0) >= 1 }, "\(document.source)")
        }
        // Azopt's table: frequency groups inside each organ class; an organ class wrapped
        // over two lines; the table runs over a page break (page 6 to 7).
        let azopt = try #require(documents.first { $0.source.contains("azopt") })
        let events = try base.facts(inDocument: azopt.id).filter { $0.type == .adverseEvent }
        let chloride = try #require(events.first { $0.string("term") == "blood chloride increased" })
        #expect(chloride.string("frequency") == "uncommon" && chloride.string("system_organ_class") == "blood and lymphatic system disorders")
        #expect(chloride.evidence.page == 6)
        let dysgeusia = try #require(events.first { $0.string("term") == "dysgeusia" && $0.string("system_organ_class") != nil })
        #expect(dysgeusia.string("frequency") == "common" && dysgeusia.evidence.page == 7)
    }
}
