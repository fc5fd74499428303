import Foundation
import Testing
@testable import MedKB

/// Each test document under Documents/ has `<name>.expected.json`: its kind, language,
/// product and the complete list of facts it states. Extraction must find every expected
/// fact and nothing else, and every quote must be the text at its offsets.
@Suite struct ExpectedFactsTests {
    static let documents = [
        "apixaban-generic-overview_en",
        "adalimumab-biosimilar-overview_da",
        "trastuzumab-biosimilar-summary_en",
        "brinzolamide-generic-summary_da",
        "fluticasone-salmeterol-generic-overview_en",
        "zoledronic-acid-generic-overview_da",
        "type2-diabetes-guideline_da",
        "web-overview-noheadings_en",
        "older-summary_en",
        "older-summary_da",
        "combination-overview_en",
        "vaccine-overview_da",
        "hybrid-overview_en",
        // Guidelines of other conditions and layouts: running text, a bullet list, a table flattened to tab-separated lines.
        "pneumonia-guideline_da",
        "gout-guideline_da",
        "asthma-guideline_da",
        "atrial-fibrillation-guideline_en",
        "rheumatoid-arthritis-guideline_da",
        "prostate-cancer-guideline_da",
    ]

    @Test(arguments: documents)
    func extractsExactlyTheExpectedFacts(name: String) throws {
        let expected = try JSONValue.parse(String(decoding: try TestSupport.document(name + ".expected.json"), as: UTF8.self))
        let (document, facts) = try TestSupport.facts(of: try TestSupport.document(name + ".txt"), source: name)
        #expect(document.kind.rawValue == expected["kind"]?.stringValue)
        #expect(document.language == expected["language"]?.stringValue)

        var unmatched = facts
        for want in expected["facts"]?.arrayValue ?? [] {
            if let index = unmatched.firstIndex(where: { Self.matches(want, $0) }) {
                unmatched.remove(at: index)
            } else {
                Issue.record("\(name): missing \(want.serialized())\n  candidates: \(facts.filter { $0.type.rawValue == want["type"]?.stringValue }.map { JSONValue.object($0.fields).serialized() })")
            }
        }
        for extra in unmatched {
            Issue.record("\(name): unexpected \(extra.type.rawValue) \(JSONValue.object(extra.fields).serialized())")
        }
        for fact in facts {
            #expect(document.text.slice(fact.evidence.start..<fact.evidence.end) == fact.evidence.quote)
            #expect(!fact.evidence.quote.isEmpty)
        }
        if let product = expected["product"]?.stringValue {
            #expect(facts.allSatisfy { $0.product == product })
        }
    }

    /// Every field the expectation names has the expected value; string lists compare as sets.
    static func matches(_ want: JSONValue, _ fact: Fact) -> Bool {
        guard case let .object(pairs) = want, want["type"]?.stringValue == fact.type.rawValue else { return false }
        for (key, value) in pairs where key != "type" {
            let got = fact[key] ?? .null
            if let wanted = value.arrayValue, wanted.allSatisfy({ $0.stringValue != nil }), let have = got.arrayValue {
                if Set(wanted.compactMap(\.stringValue)) != Set(have.compactMap(\.stringValue)) || wanted.count != have.count { return false }
            } else if got != value {
                return false
            }
        }
        return true
    }
}
