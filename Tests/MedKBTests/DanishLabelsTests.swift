import Foundation
import Testing
@testable import MedKB

/// Item 8 of issue 13, "Danish throughout": every command asked for Danish (`--language da`
/// or `MEDKB_LANGUAGE=da`) says its findings, card lines, messages and errors in Danish, and
/// in English with `--language en`; the JSON outputs never change.
@Suite struct DanishLabelsTests {
    typealias CLI = CommandLineTests

    /// The corpus, imported by the command (the guideline, Prolia and Conexxence).
    static let corpus: Result<String, Error> = Result { try CLI.importedCorpus() }

    /// A command's text, asked for in one language three ways: the option, the environment
    /// variable, and the option that overrides the variable.
    static func said(_ arguments: [String], in language: String, database: String) throws -> [String] {
        let environment = ["MEDKB_LANGUAGE": language == "da" ? "en" : "da"]
        return try [CLI.medkb(arguments + ["--language", language], database: database),
                    CLI.medkb(arguments, database: database, environment: ["MEDKB_LANGUAGE": language]),
                    CLI.medkb(arguments + ["--language", language], database: database, environment: environment)]
            .map { flat($0.output + $0.error) }
    }

    /// Text with each run of spaces and line breaks as one space: a sentence reads the same wrapped or not.
    static func flat(_ text: String) -> String { text.replacing(/\s+/, with: " ") }

    /// Each case: the arguments, a Danish sentence it must say with Danish asked for, and the
    /// English sentence it says instead.
    static func expect(_ cases: [([String], danish: String, english: String)], database: String) throws {
        for (arguments, danish, english) in cases.map({ ($0.0, flat($0.danish), flat($0.english)) }) {
            for text in try said(arguments, in: "da", database: database) {
                #expect(text.contains(danish), "\(arguments): \(text)")
                #expect(!text.contains(english), "\(arguments): \(text)")
            }
            for text in try said(arguments, in: "en", database: database) {
                #expect(text.contains(english), "\(arguments): \(text)")
                #expect(!text.contains(danish), "\(arguments): \(text)")
            }
        }
    }

    @Test func checkFindingsInEveryFormat() throws {
        let database = try Self.corpus.get()
        let check = ["check", "osteoporose", "valg"]
        try Self.expect([
            (check, "osteonekrose i kæben: vejledningen siger meget sjælden; EPAR'en for Conexxence, Prolia siger sjælden",
             "osteonecrosis of the jaw: the guideline says very rare; the EPAR of Conexxence, Prolia says rare"),
            (check, "Zadenvi for denosumab; basen kender intet lægemiddel med det navn.",
             "Zadenvi for denosumab; the base knows no product of that name."),
            (check, "Vejledningen tillader højst 7 måneder mellem doserne; EPAR'en for Prolia angiver hver 6. måned",
             "The guideline allows at most 7 months between doses; the EPAR of Prolia gives every 6 months"),
            (check, "KONFLIKT bivirkning (denosumab · Conexxence, Prolia)", "CONFLICT adverse event (denosumab · Conexxence, Prolia)"),
            (check + ["--format", "markdown"], "| konflikt | bivirkning | denosumab · Conexxence, Prolia | osteonekrose i kæben: vejledningen siger",
             "| conflict | adverse event | denosumab · Conexxence, Prolia | osteonecrosis of the jaw: the guideline says"),
            (check + ["--format", "html"], "EPAR&#39;ens kontraindikation hypokalcæmi (Conexxence, Prolia) er dækket af vejledningens kontroller",
             "The EPAR contraindication hypocalcaemia (Conexxence, Prolia) is covered by the guideline&#39;s checks"),
            (check + ["--format", "csv"], "citat fra vejledningen", "guideline quote"),
            (check + ["--format", "csv"], "Ingen EPAR i basen for", "No EPAR in the base for"),
        ], database: database)
        // JSON is the machine contract: the same bytes whatever the language.
        let json = try CLI.medkb(check + ["--format", "json"], database: database).output
        #expect(json.contains("Zadenvi for denosumab; the base knows no product of that name.\""))
        for language in ["da", "en"] {
            #expect(try CLI.medkb(check + ["--format", "json", "--language", language], database: database).output == json)
            #expect(try CLI.medkb(check + ["--format", "json"], database: database, environment: ["MEDKB_LANGUAGE": language]).output == json)
        }
    }

    @Test func cardCompareProductsAndChanges() throws {
        let database = try Self.corpus.get()
        try Self.expect([
            (["show", "Conexxence"], "Referencelægemiddel: Prolia, angivet af [1]", "Reference product: Prolia, stated by [1]"),
            (["show", "Conexxence"], "receptpligtigt", "prescription only"),
            (["show", "Conexxence", "--format", "markdown"], "## Kilder", "## Sources"),
            (["show", "Conexxence", "--format", "html"], "<h2>Bivirkninger</h2>", "<h2>Side effects</h2>"),
            (["compare", "Conexxence", "Prolia"], "Conexxence er erklæret biosimilær til Prolia.", "Conexxence is declared a biosimilar of Prolia."),
            (["compare", "Conexxence", "Prolia"], "biosimilær til Prolia", "biosimilar of Prolia"),
            (["compare", "Conexxence", "Prolia"], "\nCitater\n", "\nQuotes\n"),
            (["products", "--substance", "denosumabb"], "Fejl: intet lægemiddel med stoffet denosumabb; mente du denosumab?",
             "Error: no product with substance denosumabb; did you mean denosumab?"),
            (["products", "--substance", "denosumab", "--reference", "Conexxence"],
             "intet lægemiddel med referencelægemidlet Conexxence; de biosimilære og generiske lægemidler med denosumab nævner Prolia",
             "no product with reference product Conexxence; the biosimilars and generics of denosumab name Prolia"),
            (["changes"], "Basen har 0 katalogeksporter; ændringer kræver to.", "The base holds 0 catalogue exports; changes need two."),
        ], database: database)
    }

    @Test(.enabled(if: PharmacistQuestionsTests.available)) func referenceLinesAndListsOfTheCatalogue() throws {
        let database = try PharmacistQuestionsTests.base.get()
        try Self.expect([
            (["show", "Terrosa"], "Referencelægemiddel: Forsteo, udledt af EMA-kataloget (Forsteo er det eneste lægemiddel med teriparatide, som ikke er biosimilært)",
             "Reference product: Forsteo, inferred from the EMA catalogue (Forsteo is the only medicine with teriparatide that is not a biosimilar)"),
            (["show", "Zarzio"], "referencelægemidlet findes ikke i kataloget (det kan være godkendt nationalt)",
             "the reference is not in the catalogue (it may be authorised nationally)"),
            (["show", "Conexxence"], "har indikationerne knogletab, osteoporose til fælles (Xgeva: ingen)",
             "shares the indications bone loss, osteoporosis (Xgeva: none)"),
            (["show", "denosumab"], "denosumab: 31 produkter (2 originalpræparater, 29 biosimilære lægemidler)",
             "denosumab: 31 products (2 originators, 29 biosimilars)"),
            (["products", "--substance", "denosumab", "--generic"], "Intet lægemiddel opfylder alle disse: stoffet denosumab, generisk eller hybrid.",
             "No product matches all of: substance denosumab, generic or hybrid."),
            (["changes", "--substance", "no-such-substance"], "Ingen ændring mellem eksporterne passer på stoffet no-such-substance",
             "No change between the exports matches substance no-such-substance"),
            (["changes", "--since", "2019", "--substance", "denosumab"], "Nye ansøgninger, ikke godkendt", "New applications not authorised"),
        ], database: database)
    }

    @Test func errorsAndMessages() throws {
        let database = try Self.corpus.get()
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("medkb-none-\(UUID().uuidString).sqlite").path
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("medkb-empty-\(UUID().uuidString).txt")
        try Data().write(to: empty)
        try Self.expect([
            (["show", "Prolai"], "Fejl: intet lægemiddel hedder \"Prolai\"; mente du Prolia (denosumab)?",
             "Error: no product named \"Prolai\"; did you mean Prolia (denosumab)?"),
            (["imprt", "corpus"], "'imprt' er ikke en medkb-kommando; mente du `medkb import`?", "'imprt' is not a medkb command; did you mean `medkb import`?"),
            (["show", "Prolia", "--frequency", "often"], "--frequency tager en af very_common", "--frequency takes one of very_common"),
            (["search", "denosumab", "--limit", "0"], "--limit skal være mindst 1", "--limit must be at least 1"),
            (["check", "no-such-guideline"], "ingen enkelt vejledning passer på \"no-such-guideline\"", "no single guideline matches \"no-such-guideline\""),
            (["products", "--database", missing], "ingen vidensbase i \(missing)", "no knowledge base at \(missing)"),
            (["import", empty.path], "afvist     \(empty.path): filen indeholder ingen tekst", "refused    \(empty.path): the file holds no text"),
            (["backup", database], "findes allerede; medkb backup skriver kun en ny fil", "already exists; medkb backup writes a new file only"),
        ], database: database)
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func importDocumentsExportAndBackup() throws {
        let database = try TestSupport.temporaryDatabase()
        let imported = try CLI.medkb(["import", "corpus", "--language", "da"], database: database)
        #expect(imported.status == 0, "\(imported.error)")
        #expect(imported.output.contains("importeret corpus/prolia-epar-overview_da.txt  (epar-overview, da, “Prolia (denosumab)”, 21 fakta)"))
        #expect(imported.output.contains("importeret 4, uændret 0, afvist 0 på "), "\(imported.output)")
        #expect(!imported.output.contains("imported"))
        try Self.expect([
            (["import", "corpus"], "uændret    corpus/conexxence-epar-overview_da.txt  (findes allerede i basen som",
             "unchanged  corpus/conexxence-epar-overview_da.txt  (already in the base as"),
            (["import", "corpus"], "importeret 0, uændret 4, afvist 0", "imported 0, unchanged 4, refused 0"),
            (["documents"], "ID            TYPE           SPROG  TITEL", "ID            KIND           LANGUAGE  TITLE"),
            (["documents"], "\n4 dokumenter", "\n4 documents"),
            (["export", "--document", "no-such-document"], "intet dokument med id eller kilde \"no-such-document\"",
             "no document with id or source \"no-such-document\""),
        ], database: database)
        // The export is the same JSON, byte for byte, whatever the language.
        let export = try CLI.medkb(["export"], database: database)
        #expect(export.status == 0 && export.output.hasPrefix("{"))
        for language in ["da", "en"] {
            #expect(try CLI.medkb(["export", "--language", language], database: database).output == export.output)
            #expect(try CLI.medkb(["export"], database: database, environment: ["MEDKB_LANGUAGE": language]).output == export.output)
        }
        let folder = URL(fileURLWithPath: database).deletingLastPathComponent()
        let danish = try CLI.medkb(["backup", folder.appendingPathComponent("da.sqlite").path, "--language", "da"], database: database)
        #expect(danish.status == 0 && danish.error.hasPrefix("sikkerhedskopi af \(database) skrevet til "), "\(danish.error)")
        let english = try CLI.medkb(["backup", folder.appendingPathComponent("en.sqlite").path, "--language", "en"], database: database)
        #expect(english.status == 0 && english.error.hasPrefix("backed up \(database) to "), "\(english.error)")
    }

    @Test func theStoredBasisReadsBackThroughItsTemplate() {
        let danish = ReportLabels(language: "da")
        let cases: [(String, String)] = [
            (ReportLabels.english.format("basis_first_authorised", "epoetin alfa", "2007-08-28", "Abseamed, Binocrit"),
             "ikke biosimilært, samme aktive stof (epoetin alfa), det først godkendte (2007-08-28) af Abseamed, Binocrit, hvis indikationer ikke skiller dem ad"),
            (ReportLabels.english.format("basis_undecided", "A, B, and 3 more", "x"), "ikke udledt: A, B, og 3 til har alle x, og indikationerne skiller dem ikke ad"),
            ("a basis an older medkb wrote", "a basis an older medkb wrote"),
        ]
        for (stored, expected) in cases { #expect(danish.basis(stored) == expected) }
        #expect(ReportLabels.english.basis(cases[0].0) == cases[0].0)
    }
}
