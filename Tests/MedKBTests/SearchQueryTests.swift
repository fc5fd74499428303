import Testing
@testable import MedKB

/// How a query becomes terms: the vocabulary's other terms of a concept, in the other
/// language too, stop words left out, each term bounded.
@Suite struct SearchQueryTests {
    static func query(_ text: String) throws -> SearchQuery { try SearchQuery(text, vocabulary: .shared) }

    /// A word of one language finds the other's term of its concept, both ways, and a
    /// phrase of several words is one term.
    @Test(arguments: [
        ("hovedpine", "headache", "headache"), ("headache", "headache", "hovedpine"),
        ("kvalme", "nausea", "nausea"), ("nausea", "nausea", "kvalme"),
        ("svimmelhed", "dizziness", "dizziness"), ("udslæt", "rash", "rash"), ("træthed", "fatigue", "fatigue"),
        ("mavesmerter", "abdominal pain", "abdominal pain"),
        ("osteonekrose i kæben", "osteonecrosis of the jaw", "osteonecrosis of the jaw"),
        ("smerter på injektionsstedet", "injection site pain", "injection site pain"),
        ("under huden", "subcutaneous", "subcutaneous"), ("alendronat", "alendronic acid", "alendronic acid"),
    ])
    func aTermFindsTheOtherTermsOfItsConcept(text: String, concept: String, other: String) throws {
        let terms = try Self.query(text).terms
        #expect(terms.count == 1, "\(terms)")
        #expect(terms.first?.concepts.contains(concept) == true, "\(terms)")
        #expect(terms.first?.conceptTerms.map(\.text).contains(other) == true, "\(terms)")
    }

    @Test func inflectedWordsAreTermsToo() throws {
        // Danish definite and English plural forms of "hovedpine" and "nausea"'s concepts.
        #expect(try Self.query("hovedpinen").terms.first?.concepts == ["headache"])
        #expect(try Self.query("headaches").terms.first?.conceptTerms.map(\.text).contains("hovedpine") == true)
    }

    @Test func wordsNoConceptHasStayAsTyped() throws {
        let query = try Self.query("Conexxence referencelægemidlet")
        #expect(query.terms.map(\.words) == [["conexxence"], ["referencelægemidlet"]])
        #expect(!query.isWidened)
        #expect(query.pattern == "\"conexxence\"* AND \"referencelægemidlet\"*")
    }

    /// Stop words are neither required nor highlighted, unless the query has nothing else.
    @Test func stopWordsAreLeftOut() throws {
        let jaw = try Self.query("osteonekrose i kæben")
        #expect(jaw.terms.first?.words == ["osteonekrose", "kæben"])
        #expect(jaw.terms.first?.typed == ["osteonekrose", "i", "kæben"])
        #expect(!jaw.highlighted.contains { $0.words == ["i"] })
        let english = try Self.query("the risk of fractures in women")
        #expect(english.terms.flatMap(\.words) == ["risk", "fractures", "women"])
        // A word that is a function word in one language only is searched: Danish "to", English "men".
        #expect(try Self.query("to men").terms.flatMap(\.words) == ["to", "men"])
        #expect(try Self.query("og i").terms.flatMap(\.words) == ["og", "i"])
    }

    /// The typed words, or any other term of the concept: the typed words need no
    /// alternative that holds them anyway.
    @Test func aTermIsItsWordsOrAnAlternative() throws {
        let jaw = try Self.query("osteonekrose i kæben")
        let pattern = try #require(jaw.pattern)
        #expect(pattern.hasPrefix("((\"osteonekrose\"* AND \"kæben\"*) OR "))
        #expect(pattern.contains("\"osteonecrosis of the jaw\"*"))
        #expect(!pattern.contains("\"osteonekrose i kæben\""))
        // "headache"* finds "headaches": the lay plural is not asked for again.
        #expect(try Self.query("hovedpine").terms.first?.conceptTerms.map(\.text) == ["headache"])
    }

    /// A concept of many wordings (micrognathia has 25) keeps its shortest.
    @Test func aConceptOfManyTermsIsBounded() throws {
        let terms = try #require(try Self.query("mikrognati").terms.first?.conceptTerms)
        #expect(terms.count == SearchQuery.conceptTermLimit)
        #expect(terms.first?.text == "micrognathia")
        #expect(terms.allSatisfy { $0.words.count <= 3 })
    }

    @Test func aSubstanceAsksForItsProducts() throws {
        var asked: [String] = []
        let query = SearchQuery("bivirkninger alendronat", vocabulary: .shared) { substance in
            asked.append(substance)
            return (substance == "alendronic acid" ? ["Fosamax", "Alendronic Acid Accord"] : [], false)
        }
        #expect(asked.contains("alendronic acid"))
        // A product named after the substance is found by the substance's own terms.
        #expect(query.terms.last?.products == ["Fosamax"])
        #expect(query.terms.last?.pattern.contains("\"fosamax\"") == true)
    }
}
