import Foundation
import Testing
@testable import MedKB

/// The words a pattern's matches must hold, looked for before ICU runs the pattern: they
/// must never rule out a text the pattern matches.
@Suite struct RequiredLiteralsTests {
    static let cases: [(String, [String]?)] = [
        ("\\d+ mg", [" mg"]),
        ("[a-z]+ing", ["ing"]),
        ("colou?r", ["colo"]),
        ("(?i)side effects?", ["side effect"]),
        ("\\b(?:anvendes|bruges) til", ["anvendes", "bruges"]),
        ("(?:every|hver) (\\d+) days?", [" day"]),
        ("\\bused (?:to|for)\\b", ["used "]),
        ("(?:abc)?defg", ["defg"]),
        ("(?:abc){2}def", ["abc"]),
        ("x{0,3}abc", ["abc"]),
        ("(?=abcd)efg", ["efg"]),
        ("(?<!abcd)efg", ["efg"]),
        ("(?<name>.+?) og hvad", [" og hvad"]),
        ("[]abc]xyz", ["xyz"]),
        ("[[a-z]&&[^q]]xyz", ["xyz"]),
        ("\\p{L}+ mg/ml", [" mg/ml"]),
        ("\\x41\\u00E6bcd", ["bcd"]),
        ("referencelægemidde", ["referencel"]),
        ("What (?:is|are) the risks?", [" the risk"]),
        ("\\.\\.\\.", ["..."]),
        // Nothing every match must hold, or nothing worth looking for: always run.
        ("a|bc", nil),
        ("(?:abc|)def", ["def"]),
        ("(?:abc|)de", nil),
        ("\\d+", nil),
        ("", nil),
        // Not read: free spacing, quoting, comments.
        ("(?x) abc def", nil),
        ("\\Qabc\\E", nil),
        ("(?#note)abc", nil),
    ]

    @Test(arguments: cases)
    func wordsOfAPattern(source: String, expected: [String]?) {
        #expect(RequiredLiterals(source: source)?.words.map { String(decoding: $0, as: UTF8.self) } == expected)
    }

    /// Random texts made of the patterns' own words in any case, other words and the letters
    /// that case-fold to ASCII: a text ruled out is one ICU finds no match in.
    @Test func neverRulesOutAMatch() throws {
        let sources = Self.cases.map(\.0).filter { !$0.isEmpty && !$0.contains("(?x") && !$0.contains("\\Q") && !$0.contains("(?#") } + [
            "(?:ajourført|opdateret|updated)\\s+(?:i|in)?\\s*(\\d{1,2})[-./](\\d{4})",
            "\\b(?:is|are) (?:a|an) (?:[\\p{L}-]+ ){0,3}(?:medicine|vaccine)s?\\b",
            "class|strasse|kilo|fish",
        ]
        let pieces = ["mg", " mg", "ing", "colour", "color", "side effect", "anvendes", "til", " til", "every 2 days",
                      "used to", "defg", "abcabc", "efg", "og hvad", "xyz", "ml", " mg/ml", "Æbcd", "referencelægemiddel",
                      "what is the risk", "...", "updated in 03/2020", "is a medicine", "ß", "K", "ﬁ", "ſ", "İ", "ı",
                      "clas", "stra", "e", "ilo", "sh", " ", "\n", "7", "x", "de", "abc", "WHAT ", "USED ", "Colo"]
        var generator = SeededGenerator(state: 12)
        var ruledOut = 0
        for source in sources {
            for options: NSRegularExpression.Options in [[], [.caseInsensitive]] {
                let pattern = try Pattern(source, options: options)
                guard let literals = pattern.literals else { continue }
                for _ in 0..<400 {
                    var text = ""
                    let count = Int(generator.next() % 8) + 1
                    for _ in 0..<count {
                        let piece = pieces[Int(generator.next() % UInt64(pieces.count))]
                        text += generator.next() % 2 == 0 ? piece.uppercased() : piece
                    }
                    guard !literals.mayMatch(text[...]) else { continue }
                    ruledOut += 1
                    let found = pattern.expression.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count))
                    #expect(found == nil, "\(source) matches \(text.debugDescription) but its words ruled it out")
                }
            }
        }
        #expect(ruledOut > 1_000)
    }

    /// Every document the tests and the corpus hold (and the real texts, where they are),
    /// parsed with each ruled-out text matched all the same: no pattern of the parsers
    /// matches a text its words ruled out, and the facts are those of a parse without the check.
    @Test func parsersLoseNoMatch() throws {
        var urls = try FileManager.default.contentsOfDirectory(at: TestSupport.documents, includingPropertiesForKeys: nil)
        urls += try FileManager.default.contentsOfDirectory(at: TestSupport.corpus, includingPropertiesForKeys: nil)
        let real = TestSupport.shared.appendingPathComponent("real")
        if let found = FileManager.default.enumerator(at: real, includingPropertiesForKeys: nil) {
            urls += found.compactMap { $0 as? URL }
        }
        let texts = urls.filter { $0.pathExtension == "txt" }
        #expect(texts.count >= 20)
        let audit = RequiredLiterals.Audit()
        var parsed = 0
        for url in texts {
            let data = try Data(contentsOf: url)
            guard let document = try? DocumentReader.read(data, source: url.path),
                  let facts = try? ParsedDocument(document).facts else { continue }
            let audited = try RequiredLiterals.$audit.withValue(audit) {
                try ParsedDocument(DocumentReader.read(data, source: url.path)).facts
            }
            #expect(audited == facts, "\(url.lastPathComponent): the facts differ when ruled-out texts are matched")
            parsed += 1
        }
        #expect(parsed >= 20)
        #expect(audit.ruledOutCount > 5_000)
        for (pattern, text) in audit.wronglyRuledOut.prefix(5) {
            Issue.record("\(pattern) matches \(text.prefix(200).debugDescription) but its words ruled it out")
        }
    }

    /// The letters `foldsToASCII` knows are all those whose case mappings hold an ASCII letter.
    @Test func knowsEveryLetterThatFoldsToASCII() {
        func hasASCIILetter(_ text: String) -> Bool { text.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic } }
        var missing: [String] = [], wrong: [String] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            let mapped = [properties.lowercaseMapping, properties.uppercaseMapping, properties.titlecaseMapping,
                          properties.uppercaseMapping.lowercased(), properties.lowercaseMapping.uppercased()]
            let known = RequiredLiterals.foldingToASCII.contains(value)
            if mapped.contains(where: hasASCIILetter), !known { missing.append(String(format: "U+%04X", value)) }
            let bytes = Array(String(scalar).utf8)
            let recognised = bytes.withUnsafeBufferPointer { RequiredLiterals.foldsToASCII($0, at: 0) }
            if recognised != known { wrong.append(String(format: "U+%04X", value)) }
        }
        #expect(missing.isEmpty, "case-fold to ASCII but are not known: \(missing)")
        #expect(wrong.isEmpty, "recognised otherwise than listed: \(wrong)")
    }
}
