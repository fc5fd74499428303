/// One search of the benchmark: its words, and what kind of search it stands for.
struct Query {
    enum Kind: String {
        case product = "product name"
        case misspelled = "misspelled name"
        case word = "word"
        case phrase = "two words"
        case nothing = "no hit"
    }

    let kind: Kind
    let words: [String]
}

/// The benchmark's 100 searches, the same for the same templates and document count.
enum QuerySet {
    /// How many of each kind: names of generated products, misspellings of them, words of
    /// the templates (six letters or more), two adjacent words, names no document holds.
    static let mix: [(Query.Kind, Int)] = [(.product, 30), (.misspelled, 10), (.word, 40), (.phrase, 15), (.nothing, 5)]

    /// How many queries of `kind` the set holds.
    static func count(of kind: Query.Kind) -> Int { mix.first { $0.0 == kind }?.1 ?? 0 }

    static func make(templates: [Template], generator: DocumentGenerator, documents: Int) -> [Query] {
        let pieces = templates.flatMap(\.pieces)
        let longWords = unique(pieces.flatMap { $0.split { !$0.isLetter } }.filter { $0.count >= 6 }.map { [String($0)] })
        let pairs = unique(pieces.flatMap(wordRuns).flatMap { run in zip(run, run.dropFirst()).map { [$0, $1] } }
            .filter { $0.allSatisfy { $0.count >= 4 } })
        var queries: [Query] = []
        for (kind, count) in mix {
            for k in 0..<count {
                let words: [String]
                switch kind {
                case .product:
                    words = [generator.product(of: k * documents / count)]
                case .misspelled:
                    // Another stretch of the documents than the correct names, so the two sets differ.
                    words = [misspell(generator.product(of: (k * documents / count + documents / (2 * count)) % documents), k)]
                case .word:
                    words = longWords[k * longWords.count / count]
                case .phrase:
                    words = pairs[k * pairs.count / count]
                case .nothing:
                    // Names beyond the last document are in none of them.
                    words = [generator.product(of: documents + k)]
                }
                queries.append(Query(kind: kind, words: words))
            }
        }
        return queries
    }

    /// The runs of words in a piece of a template with nothing between them but white space:
    /// "the active substance apixaban, and" gives ["the", "active", "substance"] and ["and"].
    static func wordRuns(_ piece: String) -> [[String]] {
        piece.split(whereSeparator: \.isWhitespace).split { !$0.allSatisfy(\.isLetter) }.map { $0.map(String.init) }
    }

    /// Each query once, ignoring case, in a fixed order.
    static func unique(_ queries: [[String]]) -> [[String]] {
        var seen = Set<String>()
        return queries.filter { seen.insert($0.joined(separator: " ").lowercased()).inserted }
            .sorted { $0.joined(separator: " ").lowercased() < $1.joined(separator: " ").lowercased() }
    }

    /// A typing slip: two letters swapped or one left out, by turns.
    static func misspell(_ name: String, _ k: Int) -> String {
        var letters = Array(name)
        if k.isMultiple(of: 2) {
            letters.swapAt(3, 4)
        } else {
            letters.remove(at: 5)
        }
        return String(letters)
    }
}
