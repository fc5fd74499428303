import Foundation
import Testing
@testable import MedKB

@Suite struct GuidelineCheckTests {
    static func corpusCheck() throws -> GuidelineCheck {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        for file in try FileManager.default.contentsOfDirectory(atPath: TestSupport.corpus.path).filter({ $0.hasSuffix(".txt") }).sorted() {
            _ = try base.importDocument(try Data(contentsOf: TestSupport.corpus.appendingPathComponent(file)), source: "corpus/" + file)
        }
        #expect(try base.guideline(matching: "corpus/osteoporosis-gp-guideline_da.txt").title == "Osteoporose – Valg af medicinsk behandling")
        return try base.check(guideline: "osteoporose valg")
    }

    static func find(_ check: GuidelineCheck, _ severity: CheckFinding.Severity, _ topic: String) -> [CheckFinding] {
        check.findings.filter { $0.severity == severity && $0.topic == topic }
    }

    @Test func osteoporosisGuidelineAgainstTheDenosumabEPARs() throws {
        let check = try Self.corpusCheck()
        for topic in ["dose", "route", "interval"] {
            #expect(Self.find(check, .consistent, topic).contains { $0.substance == "denosumab" }, "\(topic)")
            #expect(!check.findings.contains { $0.topic == topic && $0.severity == .conflict }, "\(topic)")
        }
        let maximum = Self.find(check, .info, "max_interval")
        #expect(!maximum.isEmpty && maximum.allSatisfy { $0.message.contains("7 months") && $0.message.contains("every 6 months") })

        let conflicts = Self.find(check, .conflict, "adverse_event")
        #expect(conflicts.map { $0.message.components(separatedBy: ":").first! }.sorted() == ["atypical femoral fracture", "osteonecrosis of the jaw"])
        #expect(conflicts.allSatisfy { $0.message.contains("very rare") && $0.guideline?.quote.contains("meget sjældne") == true && $0.epar != nil })

        let unnamed = Self.find(check, .info, "unnamed_biosimilar")
        #expect(unnamed.map(\.product) == ["Conexxence"])

        let unknown = Self.find(check, .warning, "unknown_product").first { $0.substance == "denosumab" }
        #expect(unknown?.product == "Izamby, Junod, Obodence, Ozvyrti, Ponlimsi, Zadenvi")

        let unchecked = Self.find(check, .info, "no_epar")
        #expect(unchecked.count == 1 && unchecked.first?.message.contains("zoledronic acid") == true)
        #expect(unchecked.first?.message.contains("denosumab") == false)

        let covered = Self.find(check, .consistent, "contraindication")
        #expect(covered.count == 1 && covered.first?.epar?.fact.string("condition") == "hypocalcaemia")
        #expect(covered.first?.guideline?.quote == "Tjek, at der Ikke er hypocalcæmi.")
    }

    @Test func findingsAreOrderedBySeverityAndTheJSONFollowsTheShape() throws {
        let check = try Self.corpusCheck()
        let order = check.findings.map { CheckFinding.Severity.allCases.firstIndex(of: $0.severity)! }
        #expect(order == order.sorted())
        let json = try JSONValue.parse(CheckReport(check).json.serialized())
        #expect(json["schema"]?.stringValue == "medkb-check/1")
        #expect(json["guideline"]?["title"]?.stringValue == "Osteoporose – Valg af medicinsk behandling")
        for finding in json["findings"]?.arrayValue ?? [] {
            for key in ["severity", "topic", "substance", "product", "message", "guideline", "epar"] { #expect(finding[key] != nil, "\(key)") }
        }
        #expect(CheckReport(check).text().split(separator: "\n").allSatisfy { $0.count <= 100 })
    }

    @Test func aGuidelineThatDisagreesIsReportedAsConflict() throws {
        // The osteoporosis flowchart with the denosumab interval and dose changed.
        let original = String(decoding: try Data(contentsOf: TestSupport.corpus.appendingPathComponent("osteoporosis-gp-guideline_da.txt")), as: UTF8.self)
        let changed = original.replacingOccurrences(of: "60 mg s.c. hver 6. måned", with: "120 mg s.c. hver 3. måned")
        #expect(changed != original)
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        _ = try base.importDocument(Data(changed.utf8), source: "changed.txt")
        _ = try base.importDocument(try Data(contentsOf: TestSupport.corpus.appendingPathComponent("prolia-epar-overview_da.txt")), source: "p.txt")
        let check = try base.check(guideline: "changed.txt")
        let conflicts = check.findings.filter { $0.severity == .conflict && ["dose", "route", "interval"].contains($0.topic) }.map(\.topic)
        #expect(Set(conflicts) == ["dose", "interval"])
        #expect(check.findings.contains { $0.topic == "route" && $0.severity == .consistent })
    }
}

/// `check` on a guideline written for a substance whose SmPC is in ../shared/data/smpc, with a
/// planted dose and interval that the SmPC does not give.
@Suite struct GuidelineCheckAgainstSmPCTests {
    @Test(.enabled(if: TestSupport.realDataAvailable(TestSupport.smpcPDFs[1])))
    func reportsThePlantedDoseAndIntervalAndNothingElse() throws {
        let database = try TestSupport.temporaryDatabase()
        let guideline = TestSupport.documents.appendingPathComponent("prostate-cancer-guideline_da.txt").path
        let imported = try CommandLineTests.medkb(["import", TestSupport.smpcPDFs[1].path, guideline], database: database)
        #expect(imported.status == 0, "\(imported.output)\(imported.error)")
        let run = try CommandLineTests.medkb(["check", "prostatakræft", "--format", "json"], database: database)
        #expect(run.status == 0, "\(run.error)")
        let findings = try JSONValue.parse(run.output)["findings"]?.arrayValue ?? []
        let departures = findings.filter { $0["severity"]?.stringValue != "consistent" }
            .map { "\($0["severity"]?.stringValue ?? "")|\($0["topic"]?.stringValue ?? "")|\($0["product"]?.stringValue ?? "")" }
        #expect(departures.sorted() == ["conflict|dose|Xtandi", "conflict|interval|Xtandi"])
        #expect(findings.contains { $0["topic"]?.stringValue == "route" && $0["severity"]?.stringValue == "consistent" })
    }
}
