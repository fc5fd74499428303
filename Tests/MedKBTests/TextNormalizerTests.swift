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
}
