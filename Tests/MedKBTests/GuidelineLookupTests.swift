import Foundation
import Testing
@testable import MedKB

/// `medkb check GUIDELINE` finds a guideline by its title, its file name or an organisation
/// its text names; several matches or none are refused with every guideline and its names.
@Suite struct GuidelineLookupTests {
    typealias CLI = CommandLineTests

    @Test(arguments: [
        ("Se kapitel 4 i DSAM-vejledning.", ["DSAM"]),
        ("Se også\nDSAM\nDansk Endokrinologisk Selskab\n", ["Dansk Endokrinologisk Selskab"]),
        ("Udarbejdet af Dansk Selskab for Almen Medicin (DSAM), 2024.", ["Dansk Selskab for Almen Medicin (DSAM)"]),
        ("This guidance was published by the Royal College of Physicians in 2023.", ["Royal College of Physicians"]),
        ("Follow the ESC guidelines and the advice of the European Society of Cardiology.", ["ESC", "European Society of Cardiology"]),
        ("Spørg Sundhedsstyrelsen eller Osteoporoseforeningen.", ["Sundhedsstyrelsen", "Osteoporoseforeningen"]),
        ("Råd om kost og motion gives af lægen.", []),
        ("Mål HbA1c og BMI før DXA-skanning.", []),
    ])
    func organisationsAreTheOnesTheTextNames(text: String, names: [String]) {
        #expect(OrganisationScanner.names(in: text) == names, "\(text)")
    }

    @Test func checkFindsTheGuidelineByOrganisationOrFileName() throws {
        let database = try CLI.importedCorpus()
        for query in [["DSAM"], ["dansk", "endokrinologisk", "selskab"], ["osteoporosis-gp"], ["osteoporose", "valg"]] {
            let run = try CLI.medkb(["check"] + query + ["--language", "en"], database: database)
            #expect(run.status == 0, "\(query): \(run.error)")
            #expect(run.output.hasPrefix("Guideline check: Osteoporose – Valg af medicinsk behandling — "), "\(query)")
        }
        let help = try CLI.medkb(["check", "--help"], database: database).output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("words of its title, file name or organisation"), "\(help)")
    }

    @Test func severalGuidelinesOfOneOrganisationAreRefusedWithTheirNames() throws {
        let database = try CLI.importedCorpus()
        let folder = URL(fileURLWithPath: database).deletingLastPathComponent()
        // A guideline written for this test.
        let other = folder.appendingPathComponent("hypertension-guideline_da.txt")
        try Data("""
            Hypertension – Valg af behandling

            Vejledningen er til praktiserende læger og bygger på DSAM-vejledning om forhøjet blodtryk hos voksne.
            Mål blodtrykket hjemme i en uge, før behandlingen startes, og tjek kreatinin og kalium.

            1. Valg (peroral)
            Amlodipin 5 mg dagligt (tabletter)
            Behandlingen gives til voksne, som har et blodtryk over 140/90 mmHg.
            """.utf8).write(to: other)
        #expect(try CLI.medkb(["import", "--kind", "guideline", other.path], database: database).status == 0)
        let both = try CLI.medkb(["check", "DSAM"], database: database)
        #expect(both.status == 1)
        // Both guidelines are listed, in the order of the base (import time, then id).
        #expect(both.error.contains("no single guideline matches \"DSAM\"; guidelines in the base: "), "\(both.error)")
        #expect(both.error.contains("Osteoporose – Valg af medicinsk behandling (corpus/osteoporosis-gp-guideline_da.txt; "
            + "DSAM, Dansk Endokrinologisk Selskab, Osteoporoseforeningen; "), "\(both.error)")
        #expect(both.error.contains("Hypertension – Valg af behandling (\(other.path); DSAM; "), "\(both.error)")
        let byFile = try CLI.medkb(["check", "hypertension-guideline", "--format", "json"], database: database)
        #expect(byFile.status == 0, "\(byFile.error)")
        let none = try CLI.medkb(["check", "NICE"], database: database)
        #expect(none.status == 1 && none.error.contains("no single guideline matches \"NICE\""))
    }
}
