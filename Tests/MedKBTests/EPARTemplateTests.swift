import Foundation
import Testing
@testable import MedKB

@Suite struct EPARTemplateTests {
    /// The lead word read on the bytes is the one read Character by Character.
    @Test func theLeadWordIsTheLettersTheLineStartsWith() throws {
        func byCharacters(_ line: String) -> String { line.prefix { $0.isLetter }.lowercased() }
        var lines = ["Hvad er Prolia?", "WHAT IS IT USED FOR?", "Øvrig information om X", "Andre oplysninger", "Hvad\u{301} er",
                     "a\u{300}b", "1. What", "", " What", "Étude", "Hvordan-virker", "ABC\u{0}", "x\u{1F600}"]
        let pieces = ["a", "Z", "æ", "Ø", "é", "e\u{301}", "1", " ", "?", "-", "\u{301}", "ß", "日", "\t"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            lines.append((0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: TestSupport.packageRoot.appendingPathComponent("corpus").path) where name.hasSuffix(".txt") {
            let text = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("corpus/\(name)"), encoding: .utf8)
            lines += text.components(separatedBy: "\n")
        }
        for line in lines {
            #expect(EPARTemplate.leadWord(of: line) == byCharacters(line), "\(line.debugDescription)")
        }
        #expect(EPARTemplate.match("Hvad er Prolia, og hvad anvendes det til?", language: "da")?.role == .whatUsedFor)
        #expect(EPARTemplate.match("What is Prolia used for?", language: "en")?.name == "Prolia")
    }
}
