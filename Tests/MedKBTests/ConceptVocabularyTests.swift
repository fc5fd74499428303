import Foundation
import Testing
@testable import MedKB

/// The concept table from the real vocabularies: Danish and English wordings of conditions and
/// side effects, inflected, compounded and said the long way round, reach their concept; and
/// the committed table is what `scripts/build-concepts` builds from the sources.
@Suite struct ConceptVocabularyTests {
    struct Wording: CustomTestStringConvertible, Sendable {
        let language: String, text: String, concept: String
        var testDescription: String { "\(language): \(text) → \(concept)" }
    }

    /// `Documents/concept-wordings.tsv`: language, wording, expected concept.
    static let wordings: [Wording] = {
        guard let data = try? TestSupport.document("concept-wordings.tsv") else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t").map(String.init)
            return fields.count >= 3 ? Wording(language: fields[0], text: fields[1], concept: fields[2]) : nil
        }
    }()

    @Test func atLeast150WordingsInBothLanguages() {
        #expect(Self.wordings.count >= 150)
        #expect(Self.wordings.filter { $0.language == "da" }.count >= 60)
        #expect(Self.wordings.filter { $0.language == "en" }.count >= 60)
    }

    /// The whole wording is one match, and it is the expected concept.
    @Test(arguments: wordings)
    func wordingReachesItsConcept(_ wording: Wording) {
        let matches = Lexicon.shared.matches(.condition, in: wording.text, language: wording.language)
        #expect(matches.count == 1, "\(matches.map(\.canonical))")
        guard let match = matches.first else { return }
        #expect(match.canonical == wording.concept)
        #expect(match.range == 0..<wording.text.unicodeScalars.count, "only \(match.phrase) of it")
    }

    /// A Danish and an English wording of one condition carry the same code.
    @Test func danishAndEnglishShareTheCode() throws {
        let pairs = [("urinvejsinfektioner", "urinary tract infection"), ("svimmelhed", "dizziness"), ("hovedpine", "headache")]
        for (danish, english) in pairs {
            let da = try #require(Lexicon.shared.wholeMatch(.adverseEvent, for: danish, language: "da"))
            let en = try #require(Lexicon.shared.wholeMatch(.adverseEvent, for: english, language: "en"))
            let codes = (Lexicon.shared.code(ofCondition: da.concept), Lexicon.shared.code(ofCondition: en.concept))
            #expect(codes.0 != nil && codes.0 == codes.1, "\(danish): \(codes.0 ?? "-"), \(english): \(codes.1 ?? "-")")
        }
    }

    static var sourcesAvailable: Bool {
        ProcessInfo.processInfo.environment["CI"] != nil
            || FileManager.default.fileExists(atPath: TestSupport.shared.appendingPathComponent("terminology").path)
    }

    /// Rebuilding the table from the sources gives the committed file byte for byte.
    @Test(.enabled(if: sourcesAvailable, "../shared/terminology is not beside the repository"))
    func committedTableIsWhatTheScriptBuilds() throws {
        let (status, output) = try TestSupport.python([TestSupport.packageRoot.appendingPathComponent("scripts/build-concepts").path, "--check"])
        #expect(status == 0, "scripts/build-concepts --check:\n\(output.suffix(3000))")
    }
}
