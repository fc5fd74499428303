import Testing
@testable import MedKB

@Suite struct TextNormalizerTests {
    @Test(arguments: [
        ("influenzalignen-\nde symptomer", "influenzalignende symptomer"),
        ("calcium- og D-\nvitamintilskud", "calcium- og D-vitamintilskud"),
        ("får calcium-\nog D-vitamin", "får calcium- og D-vitamin"),
        ("mejeri-\nprodukter.", "mejeriprodukter."),
        ("  spaces \t and\ttabs  ", "spaces and tabs"),
        ("line one\r\nline two", "line one\nline two"),
        ("para one\n\n\n\npara two", "para one\n\npara two"),
        ("text\nhttps://www.example.org/footer\nmore", "text\nmore"),
        ("see ema.europa.eu/medicines", "see ema.europa.eu/medicines"),
        ("Body text.\n A\npr\n\nil \n20\n\n25\n v\n\ner\n. 3\n", "Body text.\nApril 2025 ver. 3"),
        ("Cafe\u{301}", "Café"),
    ])
    func normalizes(raw: String, expected: String) {
        #expect(TextNormalizer.normalize(raw).string == expected)
    }

    @Test func everyScalarMapsBackToItsOrigin() {
        let raw = "  Hypo-\nkalcæmi og D-\nvitamin\n\nhttps://x.y/z\nSlut."
        let text = TextNormalizer.normalize(raw)
        let rawScalars = Array(raw.unicodeScalars)
        for (scalar, origin) in zip(text.scalars, text.origins) where scalar != "\n" && scalar != " " {
            #expect(rawScalars[origin] == scalar)
        }
        #expect(text.string == "Hypokalcæmi og D-vitamin\n\nSlut.")
    }

    /// Lines of spaces, tabs, no-break and thin spaces, letters, line ends, BOMs and soft hyphens.
    static func randomText(_ generator: inout SystemRandomNumberGenerator) -> String {
        let pieces: [String] = [" ", "  ", "\t", "\u{A0}", "\u{2009}", "\u{202F}", "a", "bc", "æ", "-", "\n", "\r\n", "\r", "\u{FEFF}", "\u{AD}", "\u{2028}", "\u{0C}"]
        return (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    /// A line `isTrimmed` passes through is one the scalar-by-scalar trim leaves as it is.
    @Test func aLineLeftAsItIsIsOneTheTrimWouldLeave() {
        var generator = SystemRandomNumberGenerator()
        var passed = 0
        for _ in 0..<5_000 {
            for line in TextNormalizer.splitLines(Array(Self.randomText(&generator).unicodeScalars)) {
                for keepingCells in [false, true] {
                    let slow = TextNormalizer.trimmedScalarByScalar(line, keepingCells: keepingCells)
                    let fast = TextNormalizer.trimmed(line, keepingCells: keepingCells)
                    #expect(fast.scalars == slow.scalars && fast.origins == slow.origins, "\(line.scalars)")
                    if TextNormalizer.isTrimmed(line.scalars) { passed += 1 }
                }
            }
        }
        #expect(passed > 1_000)
    }

    /// Lines as a scalar-by-scalar reading cuts them: ends, origins, BOMs and soft hyphens dropped.
    @Test func linesAreCutAsAReadingScalarByScalarCutsThem() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let scalars = Array(Self.randomText(&generator).unicodeScalars)
            var expected: [(scalars: [Unicode.Scalar], origins: [Int])] = [([], [])]
            var index = 0
            while index < scalars.count {
                let scalar = scalars[index]
                if ["\r", "\n", "\u{2028}", "\u{0C}"].contains(scalar) {
                    expected.append(([], []))
                    if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                } else if scalar != "\u{FEFF}", scalar != "\u{AD}" {
                    expected[expected.count - 1].scalars.append(scalar)
                    expected[expected.count - 1].origins.append(index)
                }
                index += 1
            }
            let lines = TextNormalizer.splitLines(scalars)
            #expect(lines.map(\.scalars) == expected.map(\.scalars) && lines.map(\.origins) == expected.map(\.origins), "\(scalars)")
        }
    }
}
