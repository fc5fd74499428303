import Foundation
import Testing
@testable import MedKB

@Suite struct ProductComparisonTests {
    static func base(_ files: [(String, Data)]) throws -> KnowledgeBase {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        for (source, data) in files { _ = try base.importDocument(data, source: source) }
        return base
    }

    static func corpusBase() throws -> KnowledgeBase {
        try base(["conexxence-epar-overview_da.txt", "prolia-epar-overview_da.txt", "prolia-epar-summary_en.txt"].map {
            ("corpus/" + $0, try Data(contentsOf: TestSupport.corpus.appendingPathComponent($0)))
        })
    }

    static func statuses(_ comparison: ProductComparison) -> [String: String] {
        Dictionary(comparison.rows.map { ("\($0.aspect)|\($0.key)", $0.status.rawValue) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func biosimilarAgainstItsReferenceInTheSameLanguage() throws {
        let comparison = try Self.corpusBase().compare("Conexxence", "Prolia")
        #expect(comparison.relation == "Conexxence is declared a biosimilar of Prolia")
        #expect(comparison.b.documents.map(\.source) == ["corpus/prolia-epar-overview_da.txt"], "the newest Prolia document")
        let status = Self.statuses(comparison)
        #expect(status["active_substance|denosumab"] == "same")
        // Prolia's overview declares nothing of its biosimilars: not "same" against an empty side.
        #expect(status["relation|reference_product"] == "not_stated_b")
        #expect(comparison.rows.filter { $0.aspect == "indication" }.map(\.status) == [.same, .same, .same])
        #expect(status["route|route"] == "same" && status["interval|interval"] == "same")
        #expect(status["dose|dose"] == "not_stated_a")
        #expect(status["contraindication|hypocalcaemia"] == "same")
        let events = comparison.rows.filter { $0.aspect == "adverse_event" }
        #expect(events.count == 9 && events.allSatisfy { $0.status == .same })
        #expect(events.first { $0.key == "osteonecrosis of the jaw" }?.a?.text == "rare")
    }

    @Test func acrossLanguagesOnlyTheMissingIndicationDiffers() throws {
        let comparison = try Self.corpusBase().compare("Conexxence", "Prolia", documents: ["corpus/prolia-epar-summary_en.txt"])
        #expect(comparison.b.documents.first?.language == "en")
        let notSame = comparison.rows.filter { $0.status != .same && $0.aspect != "study_result" }
        #expect(notSame.map { "\($0.aspect)|\($0.key)|\($0.status.rawValue)" } == [
            "relation|reference_product|not_stated_b",
            "indication|bone loss (long-term glucocorticoid therapy)|only_a",
            "dose|dose|not_stated_a",
        ])
    }

    /// A copy of a test document with four planted differences must show exactly those four.
    @Test func findsPlantedDifferencesAndNothingElse() throws {
        let original = String(decoding: try TestSupport.document("zoledronic-acid-generic-overview_da.txt"), as: UTF8.self)
        var planted = original.replacingOccurrences(of: "Zoledronsyre Nordvig", with: "Zoledronsyre Vestby")
        let plants = [
            ("i en vene én gang om året", "i en vene hver 2. år"),                                   // interval
            ("personer) er feber.", "personer) er feber og hovedpine."),                              // headache moves
            ("influenzalignende symptomer, hovedpine, kvalme", "influenzalignende symptomer, kvalme"),
            ("hypokalcæmi eller svært nedsat", "hypokalcæmi, aktiv blødning eller svært nedsat"),     // extra contraindication
            ("Det anvendes også til\nbehandling af Pagets knoglesygdom hos voksne.", ""),              // missing indication
        ]
        for (from, to) in plants {
            #expect(planted.contains(from), "plant \(from)")
            planted = planted.replacingOccurrences(of: from, with: to)
        }
        let base = try Self.base([("original.txt", Data(original.utf8)), ("planted.txt", Data(planted.utf8))])
        let comparison = try base.compare("Zoledronsyre Nordvig", "Zoledronsyre Vestby")
        let differences = comparison.rows.filter { $0.status != .same }.map { "\($0.aspect)|\($0.key)|\($0.status.rawValue)" }
        #expect(differences.sorted() == [
            "adverse_event|headache|differs",
            "contraindication|active bleeding|only_b",
            "indication|paget's disease of bone|only_a",
            "interval|interval|differs",
        ])
        #expect(comparison.rows.first { $0.aspect == "interval" }.map { [$0.a?.text, $0.b?.text] } == ["P1Y", "P2Y"])
        #expect(comparison.relation == nil)
        #expect(comparison.rows.first { $0.aspect == "relation" }?.status == .same, "both generics of Aclasta")
    }

    @Test func reportsFitAHundredColumnsAndFollowTheJSONShape() throws {
        let report = ComparisonReport(try Self.corpusBase().compare("Conexxence", "Prolia"))
        let text = report.text()
        #expect(text.hasPrefix("Can Conexxence replace Prolia?\nConexxence is declared a biosimilar of Prolia.\n"))
        // Each row is quoted by the sentence that states it, not by the product fact's reference sentence.
        #expect(text.contains("A #1 (EPAR overview): “Conexxence indeholder det aktive stof denosumab"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 100 })
        #expect(text.contains("A #13 (EPAR overview): “Conexxence må ikke anvendes hos personer med hypokalcæmi.”"))
        let json = try JSONValue.parse(report.json.serialized(pretty: true))
        #expect(json["schema"]?.stringValue == "medkb-compare/1")
        #expect(json["a"]?["product"]?.stringValue == "Conexxence")
        let row = json["rows"]?.arrayValue?.first { $0["aspect"]?.stringValue == "dose" }
        #expect(row?["status"]?.stringValue == "not_stated_a" && row?["evidence_a"] == .null)
        #expect(row?["evidence_b"]?["quote"]?.stringValue?.contains("60 mg") == true)
        #expect(json["summary"]?["same"]?.doubleValue ?? 0 >= 20)
    }
}
