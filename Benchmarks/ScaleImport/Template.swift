import Foundation

/// One overview the generated documents are copied from, cut at its product's name.
///
/// The text is stored as the pieces between the occurrences of the name, so that writing a
/// document is a concatenation however many are written.
struct Template {
    /// The file's name without `.txt`: "prolia-epar-overview_da".
    let name: String
    /// The product the overview is about, as it names it: "Apixaban Halvorsen".
    let product: String
    /// The text between the occurrences of the product's name; one more than `capitals`.
    let pieces: [String]
    /// Each occurrence's case: true where the text writes the name in capitals.
    let capitals: [Bool]

    /// The template's text with `replacement` for its product's name.
    func render(_ replacement: String) -> String {
        var text = pieces[0]
        for (index, capital) in capitals.enumerated() {
            text += capital ? replacement.uppercased() : replacement
            text += pieces[index + 1]
        }
        return text
    }
}

extension Template {
    /// The corpus overviews have no `.expected.json`; the product each is about.
    static let corpusProducts = [
        ("prolia-epar-overview_da", "Prolia"),
        ("prolia-epar-summary_en", "Prolia"),
        ("conexxence-epar-overview_da", "Conexxence"),
    ]
    /// A guideline names no product of its own: only overviews are templates.
    static func isGuideline(_ expected: URL) -> Bool {
        guard let data = try? Data(contentsOf: expected),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return false }
        return object["kind"] as? String == "guideline"
    }

    /// The test documents' overviews, by name, then the corpus's.
    static func load(root: URL) throws -> [Template] {
        let documents = root.appendingPathComponent("Tests/MedKBTests/Documents")
        var sources: [(name: String, product: String, url: URL)] = []
        let names = try FileManager.default.contentsOfDirectory(atPath: documents.path)
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
        for name in names {
            let expected = documents.appendingPathComponent("\(name).expected.json")
            if isGuideline(expected) { continue }
            sources.append((name, try productName(in: expected), documents.appendingPathComponent("\(name).txt")))
        }
        for (name, product) in corpusProducts {
            sources.append((name, product, root.appendingPathComponent("corpus/\(name).txt")))
        }
        return try sources.map { source in
            let text = try String(contentsOf: source.url, encoding: .utf8)
            let template = Template(name: source.name, product: source.product, text: text)
            // Without the name every copy would be the same bytes, which medkb imports once.
            guard !template.capitals.isEmpty else {
                throw BenchmarkError("\(source.url.path) never names its product \(source.product)")
            }
            return template
        }
    }

    /// The name of the one fact of type "product" in an `.expected.json`.
    static func productName(in url: URL) throws -> String {
        struct Expected: Decodable {
            struct Fact: Decodable { let type: String?; let name: String? }
            let facts: [Fact]
        }
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: url))
        guard let name = expected.facts.first(where: { $0.type == "product" })?.name else {
            throw BenchmarkError("\(url.path) has no fact of type \"product\" with a name")
        }
        return name
    }

    /// Cuts `text` at each whole-word occurrence of `product` (as written or in capitals).
    ///
    /// The words of a name of several may be split by any white space, a line break
    /// included; a name followed by a genitive "s" ("Conexxences") counts as an occurrence
    /// and keeps its "s". Other names, such as a reference medicine's, are left as they are.
    init(name: String, product: String, text: String) {
        let characters = Array(text)
        let written = product.split(separator: " ").map(Array.init)
        let inCapitals = product.uppercased().split(separator: " ").map(Array.init)
        var pieces: [String] = [], capitals: [Bool] = []
        var pieceStart = 0, position = 0
        while position < characters.count {
            guard position == 0 || !Self.isWordCharacter(characters[position - 1]) else { position += 1; continue }
            var found: (end: Int, capital: Bool)?
            if let end = Self.match(written, in: characters, at: position) {
                found = (end, false)
            } else if inCapitals != written, let end = Self.match(inCapitals, in: characters, at: position) {
                found = (end, true)
            }
            guard let (end, capital) = found else { position += 1; continue }
            pieces.append(String(characters[pieceStart..<position]))
            capitals.append(capital)
            pieceStart = end
            position = end
        }
        pieces.append(String(characters[pieceStart...]))
        self.init(name: name, product: product, pieces: pieces, capitals: capitals)
    }

    /// Where a match of `words` starting at `start` ends, if one does.
    private static func match(_ words: [[Character]], in characters: [Character], at start: Int) -> Int? {
        var position = start
        for (index, word) in words.enumerated() {
            if index > 0 {
                let spaceStart = position
                while position < characters.count, characters[position].isWhitespace { position += 1 }
                guard position > spaceStart else { return nil }
            }
            guard position + word.count <= characters.count, Array(characters[position..<position + word.count]) == word else { return nil }
            position += word.count
        }
        if position == characters.count || !isWordCharacter(characters[position]) { return position }
        let genitive = characters[position] == "s"
            && (position + 1 == characters.count || !isWordCharacter(characters[position + 1]))
        return genitive ? position : nil
    }

    private static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }
}
