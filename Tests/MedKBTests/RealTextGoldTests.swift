import Foundation
import Testing
@testable import MedKB

/// Real EMA texts that nobody here wrote (`../shared/real`: overviews of every template era in
/// English and Danish, Danish SmPCs), imported from their folders and scored by score.py
/// against their gold: each set at least 0.85, all together at least 0.90, every quote at its
/// offsets, every text recognised with the kind and language its gold names. On CI a missing
/// `../shared` fails rather than skips.
@Suite struct RealTextGoldTests {
    static let sets = ["en-current", "en-older", "da-overview", "da-smpc", "da-guideline"]
    static let real = TestSupport.shared.appendingPathComponent("real")
    static var available: Bool {
        FileManager.default.fileExists(atPath: real.path) || ProcessInfo.processInfo.environment["CI"] != nil
    }

    /// A base holding every text of the sets; fails the test for a text that is refused.
    static func base(of sets: [String]) throws -> KnowledgeBase {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        for set in sets {
            let folder = real.appendingPathComponent(set).appendingPathComponent("texts")
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).filter({ $0.hasSuffix(".txt") }).sorted() {
                let url = folder.appendingPathComponent(file)
                #expect(throws: Never.self, "\(set)/\(file) is refused") {
                    _ = try base.importDocument(try Data(contentsOf: url), source: url.path)
                }
            }
        }
        return base
    }

    static func gold(_ set: String) -> String { real.appendingPathComponent(set).appendingPathComponent("gold").path }

    @Test(.enabled(if: available, "../shared/real is not beside the repository"), arguments: sets)
    func eachSetScoresAtLeast085(set: String) throws {
        let (status, output) = try GoldScoreTests.score(try Self.base(of: [set]), against: [Self.gold(set)], minimumF1: 0.85)
        #expect(status == 0, "\(set), score.py:\n\(output)")
        #expect(!output.contains("gold says") && !output.contains("documents not in the export"), "\(set):\n\(output)")
    }

    @Test(.enabled(if: available, "../shared/real is not beside the repository"))
    func allSetsTogetherScoreAtLeast090() throws {
        let (status, output) = try GoldScoreTests.score(try Self.base(of: Self.sets), against: Self.sets.map(Self.gold), minimumF1: 0.90)
        #expect(status == 0, "score.py:\n\(output)")
    }
}
