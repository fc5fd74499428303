import Foundation
import Testing
@testable import MedKB

/// Where the base holds a product's SmPC beside its EPAR overview: `compare` and `check`
/// take indications, dosing, contraindications and adverse reactions from the SmPC and say
/// which document each row rests on; `show` flags frequencies the two state differently.
@Suite struct SmPCInComparisonsTests {
    static let overview = """
        Lumisol (lumiprost)
        An overview of Lumisol and why it is authorised in the EU

        What is Lumisol and what is it used for?

        Lumisol is a medicine used to reduce the pressure in the eye in adults with open-angle glaucoma
        or ocular hypertension.

        How is Lumisol used?

        Lumisol is available as eye drops. The dose is one drop in the affected eye once a day.

        What are the risks associated with Lumisol?

        The most common side effects with Lumisol (seen in more than 1 patient in 10) are conjunctival
        hyperaemia. Headache is seen in between 1 and 10 patients in 100.

        Lumisol must not be used in people who are hypersensitive to lumiprost.

        Why is Lumisol authorised in the EU?

        The Agency decided that the benefits of Lumisol are greater than its risks.

        """

    static let genericOverview = """
        Lumiprost Norden (lumiprost)
        An overview of Lumiprost Norden and why it is authorised in the EU

        What is Lumiprost Norden and what is it used for?

        Lumiprost Norden is a medicine used to reduce the pressure in the eye in adults with open-angle
        glaucoma or ocular hypertension.

        Lumiprost Norden contains the active substance lumiprost and is a 'generic medicine'. The
        reference medicine for Lumiprost Norden is Lumisol.

        How is Lumiprost Norden used?

        Lumiprost Norden is available as eye drops. The dose is one drop in the affected eye once a day.

        What are the risks associated with Lumiprost Norden?

        The most common side effects with Lumiprost Norden (seen in more than 1 patient in 10) are
        conjunctival hyperaemia. Headache is seen in between 1 and 10 patients in 100.

        """

    static func base() throws -> KnowledgeBase {
        let base = try KnowledgeBase(path: try TestSupport.temporaryDatabase())
        let smpc = SmPCGeneralityTests.smpcText(name: "Lumisol 0.5 mg/ml eye drops, solution",
            composition: "Each ml of solution contains 0.5 mg lumiprost.",
            indication: "Lumisol is indicated for the reduction of elevated intraocular pressure in adult patients with open-angle glaucoma or ocular hypertension.",
            posology: "The recommended dose is one drop in the affected eye(s) once daily in the evening.", method: "For ocular use.",
            contraindications: "Hypersensitivity to the active substance or to any of the excipients listed in section 6.1.",
            undesirableEffects: "Eye disorders\nVery common: conjunctival hyperaemia\nCommon: eye pruritus, dry eye\nNervous system disorders\nUncommon: headache\n")
        _ = try base.importDocument(Data(overview.utf8), source: "lumisol-overview_en.txt")
        _ = try base.importDocument(smpc, source: "lumisol-smpc_en.txt")
        _ = try base.importDocument(Data(genericOverview.utf8), source: "lumiprost-norden-overview_en.txt")
        return base
    }

    @Test func compareTakesTheSmPCsFactsAndCitesEachRowsDocument() throws {
        let comparison = try Self.base().compare("Lumiprost Norden", "Lumisol")
        #expect(comparison.relation == "Lumiprost Norden is declared a generic of Lumisol")
        #expect(comparison.b.documents.map(\.kind) == ["epar-overview", "smpc"])
        let headache = try #require(comparison.rows.first { $0.key == "headache" })
        #expect(headache.a?.text.contains("common") == true && headache.b?.source.document.kind == "smpc")
        #expect(headache.status == .differs, "the generic's overview says common, Lumisol's SmPC uncommon")
        let pruritus = try #require(comparison.rows.first { $0.key == "eye pruritus" })
        #expect(pruritus.status == .onlyB && pruritus.b?.source.document.kind == "smpc")
        let relation = try #require(comparison.rows.first { $0.aspect == "relation" })
        #expect(relation.a?.source.document.kind == "epar-overview")
        let text = ComparisonReport(comparison).text()
        #expect(text.contains("B: Lumisol — lumisol-overview_en.txt (epar-overview, en); lumisol-smpc_en.txt (smpc, en)"), "\(text)")
        #expect(text.contains("(SmPC): “Uncommon: headache”"), "\(text)")
        #expect(text.contains("(EPAR overview): “Headache is seen in between 1 and 10 patients in 100.”"), "\(text)")
    }

    @Test func showFlagsWhereTheSmPCAndTheOverviewDisagreeOnAFrequency() throws {
        let base = try Self.base()
        let product = try base.product(named: "Lumisol")
        let card = ProductCard(product: product, facts: try base.facts(about: product), sources: try base.documents(withIds: product.documents))
        let text = card.text()
        #expect(text.contains("! The SmPC and the EPAR overview disagree on 1 frequency:"), "\(text)")
        #expect(text.contains("! headache: SmPC [1] says uncommon (up to 1 in 100 people); overview [2] says common (up to 1 in\n    10 people)"), "\(text)")
        let json = card.json
        #expect(json["frequency_disagreements"]?.arrayValue?.map { $0["term"]?.stringValue } == ["headache"])
    }
}
