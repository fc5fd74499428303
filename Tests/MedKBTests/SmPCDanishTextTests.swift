import Foundation
import Testing
@testable import MedKB

/// Danish SmPCs as text: a transcript flattened onto one line (some section numbers lost),
/// a national SmPC with a date, "PRODUKTRESUMÉ", page furniture and each number on the
/// line above its title; and one invented medicine's Danish and English SmPC, which must
/// give the same facts.
@Suite struct SmPCDanishTextTests {
    typealias Event = SmPCGeneralityTests.Event

    @Test func aTranscriptFlattenedOntoOneLine() throws {
        let text = "1. LÆGEMIDLETS NAVN Loravex 10 mg hårde kapsler 2. KVALITATIV OG KVANTITATIV SAMMENSÆTNING "
            + "Hver hård kapsel indeholder 10 mg loravastin. Alle hjælpestoffer er anført under pkt LÆGEMIDDELFORM Hård kapsel. "
            + "Hvide, aflange kapsler. 4. KLINISKE OPLYSNINGER 4.1 Terapeutiske indikationer Loravex er indiceret til behandling "
            + "af astma hos voksne og unge. 4.2 Dosering og indgivelsesmåde Dosering Den anbefalede dosis er 10 mg to gange dagligt. "
            + "Kapslerne synkes hele med et glas vand (se pkt. 4.4 Særlige advarsler og forsigtighedsregler vedrørende brugen). "
            + "4.3 Kontraindikationer Svært nedsat leverfunktion.\n"
        let document = try DocumentReader.read(Data(text.utf8), source: "loravex.txt")
        #expect(document.kind == .smpc && document.language == "da")
        let headings = SmPCTemplate.headings(in: document.text)
        #expect(headings.compactMap(\.number) == ["1", "2", "3", "4", "4.1", "4.2", "4.3"], "\"pkt. 4.4\" is a cross-reference")
        #expect(headings.first { $0.number == "3" }?.title == "LÆGEMIDDELFORM")
        let parsed = try ParsedDocument(document)
        let facts = parsed.facts
        #expect(parsed.title == "Loravex 10 mg hårde kapsler")
        let product = try #require(facts.first { $0.type == .product })
        #expect(product.string("name") == "Loravex" && product.strings("active_substances") == ["loravastin"])
        #expect(product.string("pharmaceutical_form") == "Hård kapsel")
        let indication = try #require(facts.first { $0.type == .indication })
        #expect(indication.string("condition") == "asthma" && indication.strings("population") == ["adults", "adolescents"])
        let dosing = try #require(facts.first { $0.type == .dosing })
        #expect(dosing.string("route") == "oral" && dosing.string("interval") == "PT12H" && Dose(json: dosing["dose"]) == Dose(value: 10, unit: "mg"))
        #expect(SmPCDanishTests.values(facts, .contraindication, "condition") == ["severe hepatic impairment"])
        SmPCDanishTests.expectQuotesAtTheirOffsets(document, facts)
    }

    @Test func aNationalSmPCWithNumbersAboveTheirTitles() throws {
        let text = """
            12. marts 2021

            PRODUKTRESUMÉ

            for

            Velnazol "Nordpharma", tabletter

            0.
            D.SP.NR.
            31234

            1.
            LÆGEMIDLETS NAVN
            Velnazol "Nordpharma"

            2.
            KVALITATIV OG KVANTITATIV SAMMENSÆTNING
            Hver tablet indeholder 15 mg velnazolhydrochlorid.
            Alle hjælpestoffer er anført under pkt. 6.1.

            3.
            LÆGEMIDDELFORM
            Tabletter

            4.
            KLINISKE OPLYSNINGER
            4.1
            Terapeutiske indikationer
            dk_hum_99999_spc.doc
            Side 1 af 9
            Behandling af epilepsi hos voksne.

            4.2
            Dosering og indgivelsesmåde
            Den anbefalede dosis er 15 mg en gang daglig.
            Tabletterne indtages med et glas vand.

            """
        let document = try DocumentReader.read(Data(text.utf8), source: "velnazol.txt")
        #expect(document.kind == .smpc && document.language == "da")
        let headings = SmPCTemplate.headings(in: document.text)
        #expect(headings.compactMap(\.number) == ["1", "2", "3", "4", "4.1", "4.2"])
        #expect(headings.first { $0.number == "4.2" }?.title == "4.2 Dosering og indgivelsesmåde")
        let facts = try ParsedDocument(document).facts
        let product = try #require(facts.first { $0.type == .product })
        #expect(product.string("name") == "Velnazol \"Nordpharma\"")
        #expect(product.strings("active_substances") == ["velnazole hydrochloride"])
        #expect(SmPCDanishTests.values(facts, .indication, "condition") == ["epilepsy"])
        let dosing = try #require(facts.first { $0.type == .dosing })
        #expect(dosing.string("route") == "oral" && dosing.string("interval") == "P1D" && Dose(json: dosing["dose"]) == Dose(value: 15, unit: "mg"))
        SmPCDanishTests.expectQuotesAtTheirOffsets(document, facts)
    }

    // MARK: one medicine in both languages

    static func smpc(_ language: String) -> Data {
        let danish = language == "da"
        let sections: [(String, String)] = danish ? [
            ("1. LÆGEMIDLETS NAVN", "Quintera 50 mg tabletter"),
            ("2. KVALITATIV OG KVANTITATIV SAMMENSÆTNING", "Hver tablet indeholder 50 mg quinterolid."),
            ("3. LÆGEMIDDELFORM", "Tablet."),
            ("4. KLINISKE OPLYSNINGER", ""),
            ("4.1 Terapeutiske indikationer", "Quintera er indiceret til behandling af reumatoid artritis hos voksne."),
            ("4.2 Dosering og indgivelsesmåde", "Den anbefalede dosis er 50 mg én gang ugentligt.\n\nAdministration\n\nTil oral anvendelse."),
            ("4.3 Kontraindikationer", "Overfølsomhed over for det aktive stof eller over for et eller flere af hjælpestofferne anført i pkt. 6.1.\nGraviditet."),
            ("4.8 Bivirkninger", """
                Nervesystemet
                Meget almindelig: hovedpine
                Almindelig: svimmelhed
                Mave-tarm-kanalen
                Almindelig: kvalme, forstoppelse
                Ikke almindelig: mundtørhed
                Hud og subkutane væv
                Sjælden: angioødem
                """),
            ("4.9 Overdosering", "Der er ikke indberettet tilfælde af overdosering."),
        ] : [
            ("1. NAME OF THE MEDICINAL PRODUCT", "Quintera 50 mg tablets"),
            ("2. QUALITATIVE AND QUANTITATIVE COMPOSITION", "Each tablet contains 50 mg of quinterolide."),
            ("3. PHARMACEUTICAL FORM", "Tablet."),
            ("4. CLINICAL PARTICULARS", ""),
            ("4.1 Therapeutic indications", "Quintera is indicated for the treatment of rheumatoid arthritis in adults."),
            ("4.2 Posology and method of administration", "The recommended dose is 50 mg once weekly.\n\nMethod of administration\n\nFor oral use."),
            ("4.3 Contraindications", "Hypersensitivity to the active substance or to any of the excipients listed in section 6.1.\nPregnancy."),
            ("4.8 Undesirable effects", """
                Nervous system disorders
                Very common: headache
                Common: dizziness
                Gastrointestinal disorders
                Common: nausea, constipation
                Uncommon: dry mouth
                Skin and subcutaneous tissue disorders
                Rare: angioedema
                """),
            ("4.9 Overdose", "No case of overdose has been reported."),
        ]
        return Data(sections.map { $0.1.isEmpty ? $0.0 : $0.0 + "\n\n" + $0.1 }.joined(separator: "\n\n").utf8)
    }

    @Test func theDanishAndTheEnglishSmPCGiveTheSameFacts() throws {
        let (danishDocument, danish) = try TestSupport.facts(of: Self.smpc("da"), source: "quintera_da.txt")
        let (englishDocument, english) = try TestSupport.facts(of: Self.smpc("en"), source: "quintera_en.txt")
        #expect(danishDocument.language == "da" && englishDocument.language == "en")
        #expect(SmPCGeneralityTests.events(danish) == SmPCGeneralityTests.events(english))
        #expect(SmPCGeneralityTests.events(danish) == [
            Event(term: "headache", frequency: "very_common", organClass: "nervous system disorders"),
            Event(term: "dizziness", frequency: "common", organClass: "nervous system disorders"),
            Event(term: "nausea", frequency: "common", organClass: "gastrointestinal disorders"),
            Event(term: "constipation", frequency: "common", organClass: "gastrointestinal disorders"),
            Event(term: "dry mouth", frequency: "uncommon", organClass: "gastrointestinal disorders"),
            Event(term: "angioedema", frequency: "rare", organClass: "skin and subcutaneous tissue disorders"),
        ])
        for facts in [danish, english] {
            let dosing = try #require(facts.first { $0.type == .dosing })
            #expect(dosing.string("route") == "oral" && dosing.string("interval") == "P1W" && Dose(json: dosing["dose"]) == Dose(value: 50, unit: "mg"))
            #expect(SmPCDanishTests.values(facts, .indication, "condition") == ["rheumatoid arthritis"])
            #expect(SmPCDanishTests.values(facts, .contraindication, "condition") == ["hypersensitivity", "pregnancy"])
            #expect(facts.first { $0.type == .product }?.strings("active_substances") == ["quinterolide"])
        }
    }
}
