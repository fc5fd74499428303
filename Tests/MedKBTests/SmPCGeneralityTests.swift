import Foundation
import Testing
@testable import MedKB

/// The SmPC parser on product information written for these tests, for invented medicines
/// (so that nothing of the real files can steer it): each adverse-reaction layout EMA uses,
/// as PDF (laid out with cairo, read back through poppler) and as text; other routes,
/// intervals, doses and forms.
@Suite struct SmPCGeneralityTests {
    struct Event: Hashable, CustomStringConvertible {
        let term: String, frequency: String, organClass: String?
        var description: String { "\(term) (\(frequency), \(organClass ?? "-"))" }
    }

    static func events(_ facts: [Fact]) -> Set<Event> {
        Set(facts.filter { $0.type == .adverseEvent }.map {
            Event(term: $0.string("term") ?? "", frequency: $0.string("frequency") ?? "", organClass: $0.string("system_organ_class"))
        })
    }

    static func values(_ facts: [Fact], _ type: FactType, _ field: String) -> [String] {
        facts.filter { $0.type == type }.compactMap { $0.string(field) }
    }

    /// Sections 1-4.3 of an SmPC as PDF lines: numbered headings with their tab gap.
    static func writeClinicalParticulars(_ pdf: PDFWriter, name: String, composition: String, form: String,
                                         indications: [String], posology: [String], method: String, contraindications: [String]) {
        let left = PDFWriter.margin, tab = PDFWriter.margin + 40
        pdf.row([(left + 150, "ANNEX I")]); pdf.y += pdf.lineHeight
        pdf.row([(left + 60, "SUMMARY OF PRODUCT CHARACTERISTICS")]); pdf.y += pdf.lineHeight
        pdf.row([(left, "1."), (tab, "NAME OF THE MEDICINAL PRODUCT")]); pdf.paragraph(name)
        pdf.row([(left, "2."), (tab, "QUALITATIVE AND QUANTITATIVE COMPOSITION")]); pdf.paragraph(composition)
        pdf.row([(left, "3."), (tab, "PHARMACEUTICAL FORM")]); pdf.paragraph(form)
        pdf.row([(left, "4."), (tab, "CLINICAL PARTICULARS")]); pdf.y += pdf.lineHeight
        pdf.row([(left, "4.1"), (tab, "Therapeutic indications")]); pdf.y += pdf.lineHeight
        for line in indications { pdf.row(line.hasPrefix("• ") ? [(left, "•"), (tab, String(line.dropFirst(2)))] : [(left, line)]) }
        pdf.y += pdf.lineHeight
        pdf.row([(left, "4.2"), (tab, "Posology and method of administration")]); pdf.y += pdf.lineHeight
        for paragraph in posology { pdf.paragraph(paragraph) }
        pdf.row([(left, "Method of administration")]); pdf.paragraph(method)
        pdf.row([(left, "4.3"), (tab, "Contraindications")]); pdf.y += pdf.lineHeight
        for line in contraindications { pdf.row([(left, "•"), (tab, line)]) }
        pdf.y += pdf.lineHeight
        pdf.newPage()
    }

    // MARK: frequency groups inside each organ class, as PDF

    @Test func groupsInsideEachOrganClassFromPDF() throws {
        let pdf = PDFWriter()
        Self.writeClinicalParticulars(pdf, name: "TAVORIN 25 mg film-coated tablets",
            composition: "Each film-coated tablet contains 25 mg of tavorelix.\n\nExcipient with known effect\nEach tablet contains 40 mg lactose.",
            form: "Film-coated tablet.",
            indications: ["Tavorin is indicated for the treatment of adults with:", "• moderate to severe plaque psoriasis",
                          "• active psoriatic arthritis"],
            posology: ["The recommended dose is 25 mg once daily.", "If a dose is missed, the dose should not be doubled."],
            method: "Tavorin is for oral use. The tablets can be taken with or without food.",
            contraindications: ["Hypersensitivity to the active substance or to any of the excipients listed in section 6.1.",
                                "Active tuberculosis (see section 4.4).", "Severe hepatic impairment."])
        let left = PDFWriter.margin, right = PDFWriter.margin + 190
        pdf.row([(left, "4.8"), (left + 40, "Undesirable effects")]); pdf.y += pdf.lineHeight
        pdf.paragraph("Frequencies are defined as very common (≥ 1/10), common (≥ 1/100 to < 1/10) and uncommon (≥ 1/1,000 to < 1/100).")
        let header = [(left, "System organ class"), (right, "Adverse reactions")]
        pdf.row(header)
        pdf.row([(left, "Infections and infestations"), (right, "Common: upper respiratory tract infection,")])
        pdf.row([(right, "bronchitis")])
        pdf.row([(left, "Nervous system disorders"), (right, "Very common: headache")], superscripts: [1: "†"])
        pdf.row([(right, "Common: dizziness, paraesthesia")])
        pdf.row([(left, "Gastrointestinal disorders"), (right, "Common: nausea, diarrhoea, abdominal pain upper,")])
        pdf.row([(right, "dyspepsia")])
        pdf.newPage()
        pdf.row(header)
        pdf.row([(left, "Skin and subcutaneous tissue"), (right, "Uncommon: urticaria, angioedema")])
        pdf.row([(left, "disorders"), (right, "Not known*: Stevens-Johnson syndrome (SJS)/toxic")])
        pdf.row([(right, "epidermal necrolysis (TEN) (see section 4.4)")])
        pdf.row([(left, "Investigations"), (right, "Common: alanine aminotransferase increased")])
        pdf.row([(left, "* Reported after marketing.")])
        pdf.row([(left, "† Mostly mild.")])
        pdf.y += pdf.lineHeight
        pdf.row([(left, "Description of selected adverse reactions")])
        pdf.paragraph("Headache was mostly mild and transient and rarely led to discontinuation.")
        pdf.row([(left, "4.9"), (left + 40, "Overdose")])
        pdf.paragraph("There is no specific antidote.")
        let data = pdf.finish()

        let (document, facts) = try TestSupport.facts(of: data, source: "tavorin.pdf")
        #expect(document.kind == .smpc)
        let product = try #require(facts.first { $0.type == .product })
        #expect(product.string("name") == "Tavorin" && product.strings("active_substances") == ["tavorelix"])
        #expect(product.string("pharmaceutical_form") == "Film-coated tablet")
        #expect(Self.values(facts, .indication, "condition") == ["plaque psoriasis", "psoriatic arthritis"])
        let dosing = try #require(facts.first { $0.type == .dosing })
        #expect(dosing.string("route") == "oral" && dosing.string("interval") == "P1D" && Dose(json: dosing["dose"]) == Dose(value: 25, unit: "mg"))
        #expect(Self.values(facts, .contraindication, "condition") == ["hypersensitivity", "active tuberculosis", "severe hepatic impairment"])
        let infections = "infections and infestations", nervous = "nervous system disorders", gut = "gastrointestinal disorders"
        let skin = "skin and subcutaneous tissue disorders"
        #expect(Self.events(facts) == [
            Event(term: "upper respiratory tract infection", frequency: "common", organClass: infections),
            Event(term: "bronchitis", frequency: "common", organClass: infections),
            Event(term: "headache", frequency: "very_common", organClass: nervous),
            Event(term: "dizziness", frequency: "common", organClass: nervous),
            Event(term: "paraesthesia", frequency: "common", organClass: nervous),
            Event(term: "nausea", frequency: "common", organClass: gut),
            Event(term: "diarrhoea", frequency: "common", organClass: gut),
            Event(term: "abdominal pain upper", frequency: "common", organClass: gut),
            Event(term: "dyspepsia", frequency: "common", organClass: gut),
            Event(term: "urticaria", frequency: "uncommon", organClass: skin),
            Event(term: "angioedema", frequency: "uncommon", organClass: skin),
            Event(term: "stevens-johnson syndrome", frequency: "not_known", organClass: skin),
            Event(term: "toxic epidermal necrolysis", frequency: "not_known", organClass: skin),
            Event(term: "alanine aminotransferase increased", frequency: "common", organClass: "investigations"),
        ])
        // Quotes are the text at their offsets, and the table's second page is cited.
        for fact in facts {
            #expect(document.text.slice(fact.evidence.start..<fact.evidence.end) == fact.evidence.quote)
        }
        let urticaria = try #require(facts.first { $0.string("term") == "urticaria" })
        #expect(document.geometry?.page(at: urticaria.evidence.start) == 3)
        #expect(urticaria.evidence.quote == "Uncommon: urticaria")
    }

    // MARK: a frequency column, one term a line, as PDF

    @Test func aFrequencyColumnWithOneTermALineFromPDF() throws {
        let pdf = PDFWriter()
        Self.writeClinicalParticulars(pdf, name: "Orbenta 40 mg solution for injection in pre-filled pen",
            composition: "Each pre-filled pen contains 40 mg of orbentumab in 0.4 ml.", form: "Solution for injection.",
            indications: ["Orbenta is indicated for the treatment of moderately to severely active ulcerative colitis in",
                          "adult patients who have had an inadequate response to conventional therapy."],
            posology: ["The recommended dose of Orbenta is 40 mg administered every two weeks as a single dose."],
            method: "Orbenta is for subcutaneous use. The pen is for single use.",
            contraindications: ["Hypersensitivity to the active substance or to any of the excipients listed in section 6.1.",
                                "Active tuberculosis (see section 4.4)."])
        let soc = PDFWriter.margin, frequency = PDFWriter.margin + 200, term = PDFWriter.margin + 310
        pdf.row([(soc, "4.8"), (soc + 40, "Undesirable effects")]); pdf.y += pdf.lineHeight
        pdf.row([(soc, "System organ class"), (frequency, "Frequency"), (term, "Adverse reactions")])
        pdf.row([(soc, "Infections and infestations")])
        pdf.row([(frequency, "Very common"), (term, "Nasopharyngitis")])
        pdf.row([(term, "Upper respiratory tract infection")], superscripts: [0: "a"])
        pdf.row([(frequency, "Common"), (term, "Herpes zoster")])
        pdf.row([(soc, "Blood and lymphatic system disorders")])
        pdf.row([(frequency, "Uncommon"), (term, "Neutropenia")])
        pdf.row([(soc, "General disorders and administration site conditions")])
        pdf.row([(frequency, "Very common"), (term, "Injection site reaction")], superscripts: [1: "b"])
        pdf.row([(frequency, "Common"), (term, "Pyrexia")])
        pdf.row([(frequency, "Rare"), (term, "Anaphylactic")])
        pdf.row([(term, "reaction")])
        pdf.row([(soc, "a. Includes pharyngitis and sinusitis.")])
        pdf.row([(soc, "b. Includes erythema, pain and swelling at the injection site.")])
        let (_, facts) = try TestSupport.facts(of: pdf.finish(), source: "orbenta.pdf")

        let product = try #require(facts.first { $0.type == .product })
        #expect(product.string("name") == "Orbenta" && product.strings("active_substances") == ["orbentumab"])
        #expect(Self.values(facts, .indication, "condition") == ["ulcerative colitis"])
        let dosing = try #require(facts.first { $0.type == .dosing })
        #expect(dosing.string("route") == "subcutaneous" && dosing.string("interval") == "P2W" && Dose(json: dosing["dose"]) == Dose(value: 40, unit: "mg"))
        let infections = "infections and infestations", general = "general disorders and administration site conditions"
        #expect(Self.events(facts) == [
            Event(term: "nasopharyngitis", frequency: "very_common", organClass: infections),
            Event(term: "upper respiratory tract infection", frequency: "very_common", organClass: infections),
            Event(term: "herpes zoster", frequency: "common", organClass: infections),
            Event(term: "neutropenia", frequency: "uncommon", organClass: "blood and lymphatic system disorders"),
            Event(term: "injection site reaction", frequency: "very_common", organClass: general),
            Event(term: "pyrexia", frequency: "common", organClass: general),
            Event(term: "anaphylactic reaction", frequency: "rare", organClass: general),
        ])
    }

    // MARK: text files: a single-column list, frequencies as column headers, running text

    static func smpcText(name: String, composition: String, indication: String, posology: String, method: String,
                         contraindications: String, undesirableEffects: String) -> Data {
        Data("""
            ANNEX I

            SUMMARY OF PRODUCT CHARACTERISTICS

            1. NAME OF THE MEDICINAL PRODUCT

            \(name)

            2. QUALITATIVE AND QUANTITATIVE COMPOSITION

            \(composition)

            3. PHARMACEUTICAL FORM

            \(name.split(separator: " ").suffix(2).joined(separator: " ").capitalized).

            4. CLINICAL PARTICULARS

            4.1 Therapeutic indications

            \(indication)

            4.2 Posology and method of administration

            \(posology)

            Method of administration

            \(method)

            4.3 Contraindications

            \(contraindications)

            4.8 Undesirable effects

            \(undesirableEffects)

            4.9 Overdose

            No case of overdose has been reported.

            ANNEX II

            A. MANUFACTURER RESPONSIBLE FOR BATCH RELEASE

            Common: this line of Annex II is not read for facts.

            ANNEX III

            B. PACKAGE LEAFLET

            4. Possible side effects
            Very common: may affect more than 1 in 10 people: tiredness

            """.utf8)
    }

    @Test func aSingleColumnListFromText() throws {
        let data = Self.smpcText(name: "Lumisol 0.5 mg/ml eye drops, solution", composition: "Each ml of solution contains 0.5 mg lumiprost.",
            indication: "Lumisol is indicated for the reduction of elevated intraocular pressure in adult patients with open-angle glaucoma or ocular hypertension.",
            posology: "The recommended dose is one drop in the affected eye(s) once daily in the evening.",
            method: "For ocular use.",
            contraindications: "Hypersensitivity to the active substance or to any of the excipients listed in section 6.1.",
            undesirableEffects: """
                Tabulated list of adverse reactions

                Eye disorders
                Very common: conjunctival hyperaemia
                Common: eye pruritus, eye irritation, dry eye, blurred
                vision
                Uncommon: iritis
                Nervous system disorders
                Uncommon: headache

                Description of selected adverse reactions
                Conjunctival hyperaemia was mostly mild.
                """)
        let (document, facts) = try TestSupport.facts(of: data, source: "lumisol.txt")
        #expect(document.kind == .smpc)
        #expect(Self.values(facts, .indication, "condition") == ["open-angle glaucoma", "ocular hypertension"])
        let dosing = try #require(facts.first { $0.type == .dosing })
        #expect(dosing.string("route") == "ocular" && dosing.string("interval") == "P1D" && Dose(json: dosing["dose"]) == Dose(value: 1, unit: "drop"))
        #expect(Self.events(facts) == [
            Event(term: "conjunctival hyperaemia", frequency: "very_common", organClass: "eye disorders"),
            Event(term: "eye pruritus", frequency: "common", organClass: "eye disorders"),
            Event(term: "eye irritation", frequency: "common", organClass: "eye disorders"),
            Event(term: "dry eye", frequency: "common", organClass: "eye disorders"),
            Event(term: "blurred vision", frequency: "common", organClass: "eye disorders"),
            Event(term: "iritis", frequency: "uncommon", organClass: "eye disorders"),
            Event(term: "headache", frequency: "uncommon", organClass: "nervous system disorders"),
        ], "Annex II and the package leaflet are not read for facts")
        // Annex II and III are kept as sections.
        let sections = try ParsedDocument(document).sections.compactMap(\.heading)
        #expect(sections.contains("ANNEX II") && sections.contains("ANNEX III") && sections.contains("B. PACKAGE LEAFLET"))
    }

    @Test func frequenciesAsColumnHeadersFromText() throws {
        let data = Self.smpcText(name: "Dravitex 10 mg hard capsules", composition: "Each hard capsule contains 10 mg of dravitinib.",
            indication: "Dravitex is indicated for the treatment of adult patients with multiple myeloma.",
            posology: "The recommended dose is 10 mg taken twice daily.", method: "Dravitex is for oral use.",
            contraindications: "Pregnancy (see section 4.6).",
            undesirableEffects: """
                System organ class           Very common       Common             Uncommon
                Nervous system disorders     Headache          Dizziness          Syncope
                Gastrointestinal disorders   Nausea            Constipation,      Pancreatitis
                                                               dry mouth
                """)
        let (_, facts) = try TestSupport.facts(of: data, source: "dravitex.txt")
        let dosing = try #require(facts.first { $0.type == .dosing })
        #expect(dosing.string("interval") == "PT12H" && dosing.string("route") == "oral")
        #expect(Self.values(facts, .contraindication, "condition") == ["pregnancy"])
        let nervous = "nervous system disorders", gut = "gastrointestinal disorders"
        #expect(Self.events(facts) == [
            Event(term: "headache", frequency: "very_common", organClass: nervous),
            Event(term: "dizziness", frequency: "common", organClass: nervous),
            Event(term: "syncope", frequency: "uncommon", organClass: nervous),
            Event(term: "nausea", frequency: "very_common", organClass: gut),
            Event(term: "constipation", frequency: "common", organClass: gut),
            Event(term: "dry mouth", frequency: "common", organClass: gut),
            Event(term: "pancreatitis", frequency: "uncommon", organClass: gut),
        ])
    }

    @Test func frequenciesAsWordsInRunningText() throws {
        let data = Self.smpcText(name: "Fexadone 100 mg/ml concentrate for solution for infusion",
            composition: "Each ml of concentrate contains 100 mg of fexadolimab.",
            indication: "Fexadone is indicated for the treatment of adult patients with multiple myeloma.",
            posology: "The recommended dose is 8 mg/kg given as an intravenous infusion every 3 weeks.",
            method: "For intravenous use after dilution.",
            contraindications: "Hypersensitivity to the active substance or to any of the excipients listed in section 6.1.\nSevere infections.",
            undesirableEffects: """
                Summary of the safety profile
                The most common adverse reactions were fatigue and nausea.

                Common adverse reactions (≥ 1/100 to < 1/10) include nausea, vomiting and abdominal pain. Rash and pruritus were uncommon. Rare cases of angioedema have been reported.
                """)
        let (_, facts) = try TestSupport.facts(of: data, source: "fexadone.txt")
        #expect(Self.values(facts, .indication, "condition") == ["multiple myeloma"])
        let dosing = try #require(facts.first { $0.type == .dosing })
        #expect(dosing.string("route") == "intravenous" && dosing.string("interval") == "P3W" && Dose(json: dosing["dose"]) == Dose(value: 8, unit: "mg/kg"))
        #expect(Self.values(facts, .contraindication, "condition") == ["hypersensitivity", "severe infection"])
        #expect(Self.events(facts) == [
            Event(term: "nausea", frequency: "common", organClass: nil),
            Event(term: "vomiting", frequency: "common", organClass: nil),
            Event(term: "abdominal pain", frequency: "common", organClass: nil),
            Event(term: "rash", frequency: "uncommon", organClass: nil),
            Event(term: "pruritus", frequency: "uncommon", organClass: nil),
            Event(term: "angioedema", frequency: "rare", organClass: nil),
        ], "\"the most common\" is not a frequency category")
    }
}
