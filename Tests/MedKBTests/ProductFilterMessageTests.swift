import Foundation
import Testing
@testable import MedKB

/// What `medkb products` says when a filter matches nothing: the value no product has, with
/// what is close to it, or that the filters match only apart; never "import documents"
/// unless the base is empty.
@Suite struct ProductFilterMessageTests {
    typealias CLI = CommandLineTests

    /// A base of the synthetic catalogue (invented medicines) and the corpus, imported by the command.
    static func base() throws -> String {
        let database = try TestSupport.temporaryDatabase()
        let workbook = URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent("catalogue.xlsx")
        var rows = CatalogueSyntheticTests.first
        rows[0]["ATC code (human)"] = "A10BJ06"
        rows[4]["ATC code (human)"] = "B01AF02"
        rows[2]["Medicine status"] = "Withdrawn"
        try WorkbookBuilder.catalogue(rows).data().write(to: workbook)
        let run = try CLI.medkb(["import", workbook.path, "corpus"], database: database)
        #expect(run.status == 0, "\(run.error)")
        return database
    }

    @Test func aValueNoProductHasIsRefusedWithWhatIsClose() throws {
        let database = try Self.base()
        let cases: [([String], String)] = [
            (["--substance", "denosumabb"], "no product with substance denosumabb; did you mean denosumab?"),
            (["--substance", "enoxaparin-sodium"], "no product with substance enoxaparin-sodium; did you mean enoxaparin sodium?"),
            (["--substance", "oxime"], "no product with substance oxime; the filter takes a whole name: milbemycin oxime"),
            (["--substance", "zzzzzz"], "no product with substance zzzzzz; no substance in the base is close to it"),
            (["--atc", "A10JB"], "no product with an ATC code starting A10JB; did you mean A10B or A10BJ?"),
            (["--atc", "B01AF2"], "no product with an ATC code starting B01AF2; did you mean B01AF or B01AF02?"),
            (["--status", "authorized"], "no product with status authorized; did you mean Authorised? (the statuses in the base: Authorised, Withdrawn)"),
            (["--status", "suspended"], "no product with status suspended; the statuses in the base: Authorised, Withdrawn"),
            (["--reference", "Conexxence"], "no product with reference product Conexxence; the biosimilars and generics of denosumab name Prolia"),
            (["--reference", "Prolai"], "no product named \"Prolai\"; did you mean Prolia (denosumab)?"),
        ]
        let before = try CLI.medkb(["export"], database: database).output
        for (arguments, message) in cases {
            let run = try CLI.medkb(["products"] + arguments, database: database)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.error == "Error: \(message)\n", "\(arguments)")
            #expect(run.output.isEmpty && !run.error.contains("import documents"), "\(arguments)")
        }
        #expect(try CLI.medkb(["export"], database: database).output == before)
    }

    @Test func filtersThatMatchOnlyApartGiveAnEmptyListAndStatusZero() throws {
        let database = try Self.base()
        let text = try CLI.medkb(["products", "--substance", "denosumab", "--status", "withdrawn"], database: database)
        #expect(text.status == 0 && text.error.isEmpty)
        #expect(text.output == "No product matches all of: substance denosumab, status withdrawn. "
            + "Each matches products on its own; leave one out to widen the list.\n")
        let json = try CLI.medkb(["products", "--substance", "apixaban", "--biosimilar", "--format", "json"], database: database)
        #expect(json.status == 0)
        #expect(try JSONValue.parse(json.output)["products"]?.arrayValue?.isEmpty == true)
        let matching = try CLI.medkb(["products", "--substance", "semaglutide", "--status", "WITHDRAWN"], database: database)
        #expect(matching.status == 0 && matching.output.contains("Glucosim") && matching.output.hasSuffix("1 product\n"))
    }

    @Test func anEmptyBaseSaysSoWithOrWithoutAFilter() throws {
        let database = try TestSupport.temporaryDatabase()
        let blank = URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent("blank.txt")
        try Data("\n".utf8).write(to: blank)
        #expect(try CLI.medkb(["import", blank.path], database: database).status == 1)  // creates the base, stores nothing
        let plain = try CLI.medkb(["products"], database: database)
        #expect(plain.status == 0 && plain.output == "No products yet; import documents with `medkb import PATH...`.\n")
        let filtered = try CLI.medkb(["products", "--substance", "denosumab"], database: database)
        #expect(filtered.status == 1)
        #expect(filtered.error.contains("no product with substance denosumab; the base holds no products yet; import documents first"))
    }

    @Test func helpSaysWhichExitStatusAnEmptyResultHas() throws {
        let help = try CLI.medkb(["products", "--help"], database: "x").output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("is refused with exit status 1 and what is close to it"), "\(help)")
        #expect(help.contains("give an empty list and exit status 0"), "\(help)")
    }
}
