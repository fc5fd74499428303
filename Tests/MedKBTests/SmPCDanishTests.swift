import Foundation
import Testing
@testable import MedKB

/// The SmPC parser on Danish product information (produktresumé) written for these tests,
/// for invented medicines: the two 4.8 table layouts as PDF (cairo, read back through
/// poppler), a transcript flattened onto one line, and a national SmPC whose numbers stand
/// on the line above their titles.
@Suite struct SmPCDanishTests {
    typealias Event = SmPCGeneralityTests.Event

    static func values(_ facts: [Fact], _ type: FactType, _ field: String) -> [String] {
        facts.filter { $0.type == type }.compactMap { $0.string(field) }
    }

    static func expectQuotesAtTheirOffsets(_ document: ReadDocument, _ facts: [Fact]) {
        for fact in facts {
            #expect(document.text.slice(fact.evidence.start..<fact.evidence.end) == fact.evidence.quote)
        }
    }

    /// Sections 1-4.3 of a Danish SmPC as PDF lines, numbers and titles a tab apart.
    static func writeClinicalParticulars(_ pdf: PDFWriter, name: String, composition: String, form: String,
                                         indications: [String], posology: [String], method: String, contraindications: [String]) {
        let left = PDFWriter.margin, tab = PDFWriter.margin + 40
        pdf.row([(left + 150, "BILAG I")]); pdf.y += pdf.lineHeight
        pdf.row([(left + 120, "PRODUKTRESUMÉ")]); pdf.y += pdf.lineHeight
        pdf.row([(left, "1."), (tab, "LÆGEMIDLETS NAVN")]); pdf.paragraph(name)
        pdf.row([(left, "2."), (tab, "KVALITATIV OG KVANTITATIV SAMMENSÆTNING")]); pdf.paragraph(composition)
        pdf.row([(left, "3."), (tab, "LÆGEMIDDELFORM")]); pdf.paragraph(form)
        pdf.row([(left, "4."), (tab, "KLINISKE OPLYSNINGER")]); pdf.y += pdf.lineHeight
        pdf.row([(left, "4.1"), (tab, "Terapeutiske indikationer")]); pdf.y += pdf.lineHeight
        for line in indications { pdf.row(line.hasPrefix("• ") ? [(left, "•"), (tab, String(line.dropFirst(2)))] : [(left, line)]) }
        pdf.y += pdf.lineHeight
        pdf.row([(left, "4.2"), (tab, "Dosering og indgivelsesmåde")]); pdf.y += pdf.lineHeight
        for paragraph in posology { pdf.paragraph(paragraph) }
        pdf.row([(left, "Administration")]); pdf.paragraph(method)
        pdf.row([(left, "4.3"), (tab, "Kontraindikationer")]); pdf.y += pdf.lineHeight
        for line in contraindications { pdf.row([(left, "•"), (tab, line)]) }
        pdf.y += pdf.lineHeight
        pdf.newPage()
    }

    // MARK: frequency groups inside each organ class, as PDF

    @Test func groupsInsideEachOrganClassFromPDF() throws {
        let pdf = PDFWriter()
        Self.writeClinicalParticulars(pdf, name: "Nevorin 20 mg filmovertrukne tabletter",
            composition: "Hver filmovertrukken tablet indeholder 20 mg nevoramid.\n\nHjælpestof med kendt virkning\nHver tablet indeholder 35 mg lactose.",
            form: "Filmovertrukken tablet.",
            indications: ["Nevorin er indiceret til behandling af voksne med:", "• plaque-psoriasis", "• reumatoid artritis"],
            posology: ["Den anbefalede dosis er 20 mg én gang dagligt.", "Hvis en dosis glemmes, må der ikke tages en dobbeltdosis."],
            method: "Nevorin er til oral anvendelse. Tabletterne kan tages med eller uden mad.",
            contraindications: ["Overfølsomhed over for det aktive stof eller over for et eller flere af hjælpestofferne anført i pkt. 6.1.",
                                "Aktiv tuberkulose (se pkt. 4.4).", "Graviditet."])
        let left = PDFWriter.margin, right = PDFWriter.margin + 190
        pdf.row([(left, "4.8"), (left + 40, "Bivirkninger")]); pdf.y += pdf.lineHeight
        pdf.paragraph("Hyppighederne er defineret som meget almindelig (≥ 1/10), almindelig (≥ 1/100 til < 1/10) og ikke almindelig (≥ 1/1.000 til < 1/100).")
        let header = [(left, "Systemorganklasse"), (right, "Bivirkninger")]
        pdf.row(header)
        // Organ classes too long for their column wrap onto the next lines.
        pdf.row([(left, "Infektioner og parasitære"), (right, "Almindelig: infektioner i de øvre luftveje,")])
        pdf.row([(left, "sygdomme"), (right, "bronkitis")])
        pdf.row([(left, "Nervesystemet"), (right, "Meget almindelig: hovedpine")], superscripts: [1: "†"])
        pdf.row([(right, "Almindelig: svimmelhed")])
        pdf.row([(left, "Mave-tarm-kanalen"), (right, "Almindelig: kvalme, diarré, mavesmerter,")])
        pdf.row([(right, "dyspepsi")])
        pdf.newPage()
        pdf.row(header)
        pdf.row([(left, "Hud og subkutane væv"), (right, "Ikke almindelig: nældefeber, angioødem")])
        pdf.row([(left, "Almene symptomer og"), (right, "Ikke kendt*: træthed")])
        pdf.row([(left, "reaktioner på")])
        pdf.row([(left, "administrationsstedet")])
        pdf.row([(left, "* Indberettet efter markedsføring.")])
        pdf.y += pdf.lineHeight
        pdf.row([(left, "4.9"), (left + 40, "Overdosering")])
        pdf.paragraph("Der findes ingen specifik modgift.")
        let (document, facts) = try TestSupport.facts(of: pdf.finish(), source: "nevorin.pdf")

        #expect(document.kind == .smpc && document.language == "da")
        let product = try #require(facts.first { $0.type == .product })
        #expect(product.string("name") == "Nevorin" && product.strings("active_substances") == ["nevoramide"])
        #expect(product.string("pharmaceutical_form") == "Filmovertrukken tablet")
        #expect(Self.values(facts, .indication, "condition") == ["plaque psoriasis", "rheumatoid arthritis"])
        let dosing = try #require(facts.first { $0.type == .dosing })
        #expect(dosing.string("route") == "oral" && dosing.string("interval") == "P1D" && Dose(json: dosing["dose"]) == Dose(value: 20, unit: "mg"))
        #expect(Self.values(facts, .contraindication, "condition") == ["hypersensitivity", "active tuberculosis", "pregnancy"])
        let infections = "infections and infestations", nervous = "nervous system disorders", gut = "gastrointestinal disorders"
        let skin = "skin and subcutaneous tissue disorders", general = "general disorders and administration site conditions"
        #expect(SmPCGeneralityTests.events(facts) == [
            Event(term: "upper respiratory tract infection", frequency: "common", organClass: infections),
            Event(term: "bronchitis", frequency: "common", organClass: infections),
            Event(term: "headache", frequency: "very_common", organClass: nervous),
            Event(term: "dizziness", frequency: "common", organClass: nervous),
            Event(term: "nausea", frequency: "common", organClass: gut),
            Event(term: "diarrhoea", frequency: "common", organClass: gut),
            Event(term: "abdominal pain", frequency: "common", organClass: gut),
            Event(term: "dyspepsia", frequency: "common", organClass: gut),
            Event(term: "urticaria", frequency: "uncommon", organClass: skin),
            Event(term: "angioedema", frequency: "uncommon", organClass: skin),
            Event(term: "fatigue", frequency: "not_known", organClass: general),
        ])
        Self.expectQuotesAtTheirOffsets(document, facts)
        let urticaria = try #require(facts.first { $0.string("term") == "urticaria" })
        #expect(urticaria.evidence.quote == "Ikke almindelig: nældefeber")
        #expect(document.geometry?.page(at: urticaria.evidence.start) == 3)
    }

    // MARK: a frequency column, one term a line, as PDF

    @Test func aFrequencyColumnWithOneTermALineFromPDF() throws {
        let pdf = PDFWriter()
        Self.writeClinicalParticulars(pdf, name: "Dalvexa 150 mg injektionsvæske, opløsning i fyldt pen",
            composition: "Hver fyldt pen indeholder 150 mg dalvekumab i 1 ml.", form: "Injektionsvæske, opløsning.",
            indications: ["Behandling af moderat til svær colitis ulcerosa hos voksne patienter, som ikke har haft",
                          "tilstrækkelig effekt af konventionel behandling."],
            posology: ["Den anbefalede dosis er 150 mg givet som subkutan injektion hver 4. uge."],
            method: "Dalvexa er til subkutan anvendelse. Pennen er kun til engangsbrug.",
            contraindications: ["Overfølsomhed over for det aktive stof eller over for et eller flere af hjælpestofferne anført i pkt. 6.1.",
                                "Svære infektioner (se pkt. 4.4)."])
        let soc = PDFWriter.margin, frequency = PDFWriter.margin + 200, term = PDFWriter.margin + 310
        pdf.row([(soc, "4.8"), (soc + 40, "Bivirkninger")]); pdf.y += pdf.lineHeight
        pdf.row([(soc, "Systemorganklasse"), (frequency, "Hyppighed"), (term, "Bivirkning")])
        pdf.row([(soc, "Infektioner og parasitære sygdomme")])
        pdf.row([(frequency, "Meget almindelig"), (term, "Nasopharyngitis")])
        pdf.row([(term, "Svampeinfektion i munden")], superscripts: [0: "a"])
        pdf.row([(frequency, "Almindelig"), (term, "Herpes zoster")])
        pdf.row([(soc, "Blod og lymfesystem")])
        pdf.row([(frequency, "Ikke almindelig"), (term, "Neutropeni")])
        pdf.row([(soc, "Almene symptomer og reaktioner på administrationsstedet")])
        pdf.row([(frequency, "Meget almindelig"), (term, "Reaktioner på injektionsstedet")], superscripts: [1: "b"])
        pdf.row([(frequency, "Almindelig"), (term, "Feber")])
        pdf.row([(frequency, "Sjælden"), (term, "Anafylaktisk")])
        pdf.row([(term, "reaktion")])
        pdf.row([(soc, "a. Omfatter oral candidiasis.")])
        pdf.row([(soc, "b. Omfatter rødme, smerte og hævelse på injektionsstedet.")])
        let (document, facts) = try TestSupport.facts(of: pdf.finish(), source: "dalvexa.pdf")

        let product = try #require(facts.first { $0.type == .product })
        #expect(product.string("name") == "Dalvexa" && product.strings("active_substances") == ["dalvekumab"])
        let indication = try #require(facts.first { $0.type == .indication })
        #expect(Self.values(facts, .indication, "condition") == ["ulcerative colitis"] && indication.strings("population") == ["adults"])
        let dosing = try #require(facts.first { $0.type == .dosing })
        #expect(dosing.string("route") == "subcutaneous" && dosing.string("interval") == "P4W" && Dose(json: dosing["dose"]) == Dose(value: 150, unit: "mg"))
        #expect(Self.values(facts, .contraindication, "condition") == ["hypersensitivity", "severe infection"])
        let infections = "infections and infestations", general = "general disorders and administration site conditions"
        #expect(SmPCGeneralityTests.events(facts) == [
            Event(term: "nasopharyngitis", frequency: "very_common", organClass: infections),
            Event(term: "svampeinfektion i munden", frequency: "very_common", organClass: infections),
            Event(term: "herpes zoster", frequency: "common", organClass: infections),
            Event(term: "neutropenia", frequency: "uncommon", organClass: "blood and lymphatic system disorders"),
            Event(term: "injection site reaction", frequency: "very_common", organClass: general),
            Event(term: "pyrexia", frequency: "common", organClass: general),
            Event(term: "anaphylactic reaction", frequency: "rare", organClass: general),
        ], "a Danish term the lexicon does not know keeps its own wording")
        Self.expectQuotesAtTheirOffsets(document, facts)
    }
}
