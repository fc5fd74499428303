import Foundation
import Testing
@testable import MedKB

/// `medkb search` as a pharmacist runs it, on the corpus, the three SmPC PDFs (English) and
/// two Danish overviews of the test documents: by concept across languages, by substance
/// through its products, past a typing slip, without stop words.
@Suite(.enabled(if: TestSupport.realDataAvailable(TestSupport.smpcPDFs[0], TestSupport.smpcPDFs[1], TestSupport.smpcPDFs[2])))
struct SearchCommandLineTests {
    static let danishOverviews = ["adalimumab-biosimilar-overview_da.txt", "older-summary_da.txt"]

    /// Imported once for the suite's tests, which only read it.
    static let database: String = {
        do {
            let database = try TestSupport.temporaryDatabase()
            let files = ["corpus"] + TestSupport.smpcPDFs.map(\.path)
                + danishOverviews.map { TestSupport.documents.appendingPathComponent($0).path }
            let run = try CommandLineTests.medkb(["import"] + files, database: database)
            precondition(run.status == 0, "\(run.output)\(run.error)")
            return database
        } catch {
            preconditionFailure("\(error)")
        }
    }()

    struct Hit {
        let title: String
        let section: String
        let snippet: String
    }

    static func search(_ words: [String]) throws -> (text: String, hits: [Hit], json: JSONValue) {
        let text = try CommandLineTests.medkb(["search", "--limit", "50"] + words, database: database)
        #expect(text.status == 0, "\(text.error)")
        let json = try JSONValue.parse(try CommandLineTests.medkb(["search", "--limit", "50", "--format", "json"] + words, database: database).output)
        let hits = (json["hits"]?.arrayValue ?? []).map { hit in
            Hit(title: hit["title"]?.stringValue ?? "", section: hit["section"]?.stringValue ?? "", snippet: hit["snippet"]?.stringValue ?? "")
        }
        return (text.output, hits, json)
    }

    /// The Done-when: the SmPCs' "headache" for the Danish word.
    @Test func aDanishWordFindsTheEnglishTermOfItsConcept() throws {
        let (text, hits, _) = try Self.search(["hovedpine"])
        #expect(text.hasPrefix("Searched “hovedpine” also as headache (the concept headache).\n\n1. "))
        for product in ["Xtandi", "AZOPT"] {
            #expect(hits.contains { $0.title.hasPrefix(product) && $0.section == "4.8 Undesirable effects" && $0.snippet.contains("«headache»") },
                    "\(product)")
        }
        #expect(hits.contains { $0.snippet.contains("«hovedpine»") })
    }

    /// Other words than the issue's, both ways: an English word finds the Danish overview.
    @Test(arguments: [("kvalme", "«nausea»"), ("nausea", "«kvalme»"), ("svimmelhed", "«dizziness»"), ("headache", "«hovedpine»"),
                      ("udslæt", "«rash»"), ("alopecia", "«hårtab»"), ("træthed", "«fatigue»")])
    func otherWordsFindTheirConceptInTheOtherLanguage(word: String, marked: String) throws {
        let (text, hits, json) = try Self.search([word])
        #expect(hits.contains { $0.snippet.contains(marked) }, "\(word): \(text)")
        #expect(json["terms"]?.arrayValue?.first?["concept_terms"]?.arrayValue?.isEmpty == false)
    }

    /// The risk sections of Prolia and Conexxence say "Prolia" and "Conexxence", not "denosumab".
    @Test func aSubstanceFindsTheSectionsOfItsProducts() throws {
        let (text, hits, json) = try Self.search(["bivirkninger", "denosumab"])
        #expect(text.contains("Searched “denosumab” also as Prolia, Conexxence (products that contain denosumab)."))
        for product in ["Prolia", "Conexxence"] {
            #expect(hits.contains { $0.section == "Hvilke risici er der forbundet med \(product)?" }, "\(product)")
        }
        #expect(json["terms"]?.arrayValue?.last?["products"] == .strings(["Prolia", "Conexxence"]))
        // Xtandi's indications name Xtandi only; enzalutamide finds them through the product.
        let indications = try Self.search(["enzalutamide", "indicated"]).hits
        #expect(indications.contains { $0.title.hasPrefix("Xtandi") && $0.section == "4.1 Therapeutic indications" && !$0.snippet.contains("enzalutamide") })
    }

    /// A word that no section holds is replaced by the closest that finds something, and the
    /// output says so; one that nothing is close to is reported as before.
    @Test(arguments: [("hovdpine", "hovedpine", "«headache»"), ("knoglebrudd", "knoglebrud", "«knoglebrud»"),
                      ("dizzyness", "dizziness", "«dizziness»"), ("overfølsomhd", "overfølsomhed", "«overfølsomhed»")])
    func aTypingSlipIsSearchedAsTheClosestWord(typed: String, searched: String, marked: String) throws {
        let (text, hits, json) = try Self.search([typed])
        #expect(text.hasPrefix("No section holds “\(typed)”; searched for “\(searched)” instead.\n"), "\(text)")
        #expect(hits.contains { $0.snippet.contains(marked) }, "\(text)")
        #expect(json["corrections"] == .array([.object([("typed", .string(typed)), ("searched", .string(searched))])]))
    }

    @Test func aWordCloseToNothingStaysUnanswered() throws {
        let (text, hits, json) = try Self.search(["bivirkninger", "zqxvjkw"])
        #expect(hits.isEmpty)
        #expect(text.contains("No section holds every word of “bivirkninger zqxvjkw”."))
        #expect(!text.contains("searched for"))
        #expect(json["corrections"] == .array([]))
    }

    /// "i" and "of the" neither drive the search nor mark «indlægssedlen».
    @Test func stopWordsAreNotHighlighted() throws {
        let (text, hits, _) = try Self.search(["osteonekrose", "i", "kæben"])
        #expect(text.contains("«osteonekrose» i «kæben»"))
        #expect(!text.contains("«i»") && !text.contains("«indlægssedlen»"))
        let english = try Self.search(["osteonecrosis", "of", "the", "jaw"])
        #expect(english.hits.contains { $0.snippet.contains("«osteonecrosis» of the «jaw»") })
        #expect(!english.text.contains("«of»") && !english.text.contains("«the»"))
        // The Danish overviews are found through the concept's Danish term, marked as one phrase.
        #expect(english.hits.contains { $0.snippet.contains("«osteonekrose i kæben»") })
        #expect(hits.count >= 4)
    }
}
