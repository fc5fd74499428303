import Foundation
import GRDB
import Testing
@testable import MedKB

/// Search whose cost does not grow with the base: name suggestions from the trigram table,
/// a bounded number of ranked sections, snippets made for the hits shown.
@Suite struct SearchAtScaleTests {
    /// Invented names from a few syllables, so that many share their pieces (the hard case for trigrams).
    static func inventedName(_ random: inout SeededGenerator) -> String {
        let syllables = ["ka", "lo", "mi", "ne", "ra", "su", "ti", "vo", "ze", "bu", "x", "an", "ol"]
        let count = 2 + Int(random.next() % 3)
        return (0..<count).map { _ in syllables[Int(random.next() % UInt64(syllables.count))] }.joined().capitalized
    }

    static func typo(_ name: String, _ random: inout SeededGenerator) -> String {
        var letters = Array(name)
        let at = 1 + Int(random.next() % UInt64(max(1, letters.count - 2)))
        switch random.next() % 4 {
        case 0: letters.remove(at: at)
        case 1: letters.insert("e", at: at)
        case 2: letters[at] = letters[at] == "o" ? "u" : "o"
        default: if at + 1 < letters.count { letters.swapAt(at, at + 1) }
        }
        return String(letters)
    }

    @Test func suggestionsFromTheTrigramTableAreThoseOfComparingWithEveryName() throws {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        var random = SeededGenerator(state: 7)
        var names = Set<String>()
        while names.count < 600 { names.insert(Self.inventedName(&random)) }
        try base.database.write { db in
            for name in names.sorted() {
                var product = ProductRecord(name: name)
                try product.insert(db)
            }
            // A renamed product keeps its trigrams up to date (the update trigger).
            try db.execute(sql: "UPDATE product SET name = 'Osvyrti', name_key = 'osvyrti' WHERE id = 1")
        }
        let everyName = NameSuggester(try base.products())
        var compared = 0
        for name in names.sorted().prefix(150) + ["Osvyrti"] {
            let word = Self.typo(name, &random)
            // Search suggests names for words of four letters or more.
            guard word.count >= 4 else { continue }
            let indexed = try base.nameSuggestions(for: word, onlyCapitalised: false).first?.names ?? []
            let known = try base.database.read { db in try ProductIdentity.isKnown(key: ProductIdentity.nameKey(word), in: db) }
            let scanned = known ? [] : everyName.suggestions(for: word).map(\.label)
            #expect(indexed == scanned, "\(word)")
            if !scanned.isEmpty { compared += 1 }
        }
        #expect(compared > 100, "too few misspellings had a suggestion to compare: \(compared)")
        #expect(try base.nameSuggestions(for: "Ozvyrti", onlyCapitalised: false).first?.names.first == "Osvyrti")
    }

    @Test func aProductWhoseIdIsPastTheCountingArrayIsStillSuggested() throws {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        try base.database.write { db in
            for name in ["Osvyrti", "Ozvyrtal", "Prolia"] {
                var product = ProductRecord(name: name)
                try product.insert(db)
            }
            // Postings are counted in an array as long as the largest id, up to 2^22; an id past
            // that (here the largest, so the array stops at 2^22) is counted apart.
            var far = ProductRecord(name: "Osvyrtix")
            far.id = (1 << 23) + 1
            try far.insert(db)
        }
        let names = try base.nameSuggestions(for: "Osvyrtis", onlyCapitalised: false).first?.names ?? []
        #expect(names.contains { $0.hasPrefix("Osvyrtix") } && names.contains { $0.hasPrefix("Osvyrti") })
    }

    /// Sections stored as they are, without parsing: `count` of them hold `word`.
    static func base(withSections count: Int, holding word: String) throws -> KnowledgeBase {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        try base.database.write { db in
            for document in 0..<(count / 10 + 1) {
                let id = String(format: "%064d", document)
                try DocumentRecord(id: id, source: "d\(document).txt", kind: "epar-overview", language: "en", title: "D\(document)",
                                   text: "", statedDate: nil, importedAt: "2026-12-01T00:00:00Z").insert(db)
                for ordinal in 0..<10 where document * 10 + ordinal < count {
                    let text = "Section \(ordinal) of document \(document) says \(word) once and rare\(document) too."
                    var section = SectionRecord(id: nil, documentId: id, ordinal: ordinal, heading: nil, start: 0, end: 0, text: text)
                    try section.insert(db)
                }
            }
            try KnowledgeBase.indexSections(after: 0, in: db)
        }
        return base
    }

    @Test func aWordInMoreSectionsThanAreRankedSaysSo() throws {
        let base = try Self.base(withSections: KnowledgeBase.rankedAtMost + 500, holding: "common")
        let page = try base.searchPage("common", limit: 20)
        #expect(page.hits.count == 20)
        #expect(page.rankedAmong == KnowledgeBase.rankedAtMost)
        // Ranked among the last imported: the newest documents.
        #expect(page.hits.allSatisfy { Int($0.source.dropFirst().prefix { $0.isNumber })! >= 50 })
        let rare = try base.searchPage("rare249", limit: 20)
        #expect(rare.rankedAmong == nil && rare.hits.count == 10)
        let view = SearchResults(query: "common", hits: page.hits, rankedAmong: page.rankedAmong)
        #expect(view.text(highlight: .plain).contains("More than 2,000 sections hold these words"))
        #expect(view.json.serialized().contains("\"ranked_among\":2000"))
    }

    @Test func snippetsMarkTheWordsAsTheIndexFoldsThem() {
        let text = "Hvis du får smerter i kæben eller løse tænder, skal du kontakte din tandlæge straks, da det kan være tegn på osteonekrose i kæbeknoglen, som er en sjælden bivirkning."
        let snippet = SearchSnippet.make(text, words: ["kaeben", "TAND"])
        #expect(snippet.contains("\u{1}kæben\u{2}") && snippet.contains("\u{1}tandlæge\u{2}"))
        // A word the query only starts matches; one it does not start does not.
        #expect(snippet.contains("\u{1}kæbeknoglen\u{2}") == false)
        #expect(SearchSnippet.make(text, words: ["osteo"]).hasPrefix("…"))
        #expect(SearchSnippet.make(text, words: ["hvis"]).hasSuffix("…"))
        #expect(SearchSnippet.make("Kort tekst.", words: ["kort"]) == "\u{1}Kort\u{2} tekst.")
    }
}
