import Foundation
import Testing
@testable import MedKB

/// The same comparison the README and the before-stop hook run: the bundled corpus,
/// imported and exported, scored by `../shared/tools/score.py` against `../shared/gold`.
/// On CI (where `CI` is set) a missing `../shared` fails the test instead of skipping it.
@Suite struct GoldScoreTests {
    static let scorer = TestSupport.shared.appendingPathComponent("tools/score.py")
    static var available: Bool {
        FileManager.default.fileExists(atPath: scorer.path) || ProcessInfo.processInfo.environment["CI"] != nil
    }

    @Test(.enabled(if: available, "../shared is not beside the repository"))
    func corpusScoresAtLeast095AgainstTheGold() throws {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        let files = try FileManager.default.contentsOfDirectory(atPath: TestSupport.corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        for file in files {
            _ = try base.importDocument(try Data(contentsOf: TestSupport.corpus.appendingPathComponent(file)), source: "corpus/" + file)
        }
        let gold = TestSupport.shared.appendingPathComponent("gold")
        let goldFiles = ["000_47b6a0a4d80a75d0.json", "003_ab7b2d8c54c1e732.json", "prolia-overview_da.json", "prolia-summary_en.json"]
            .map { gold.appendingPathComponent($0).path }
        let (status, output) = try Self.score(base, against: goldFiles)
        #expect(status == 0, "score.py:\n\(output)")
        #expect(output.contains("evidence: ") && !output.contains("documents not in the export"), "\(output)")
        #expect(!output.contains("gold says"), "a document's kind or language is wrong:\n\(output)")
    }

    /// Exports the base with its text and runs score.py with `--min-f1` (0.95 unless said) on it.
    static func score(_ base: KnowledgeBase, against goldFiles: [String], minimumF1: Double = 0.95) throws -> (status: Int32, output: String) {
        let exportFile = URL(fileURLWithPath: base.path).deletingLastPathComponent().appendingPathComponent("export.json")
        try base.export(withText: true).serialized(pretty: true).write(to: exportFile, atomically: true, encoding: .utf8)
        return try TestSupport.python([scorer.path, "--export", exportFile.path, "--min-f1", String(minimumF1), "--gold"] + goldFiles)
    }
}
