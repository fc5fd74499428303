import ArgumentParser
import Foundation
import MedKB

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two products fact by fact, for example a biosimilar with its reference product.",
        discussion: """
            Each row holds both values, a status (same, differs, only_a, only_b, not_stated_a, \
            not_stated_b) and the quote of each side. Documents in different languages compare through \
            the normalised concepts. Each product's newest document is used unless --document names \
            one of its documents (id, id prefix or source); give --document once for each product.
            """
    )

    @OptionGroup var db: DatabaseOptions

    @OptionGroup var report: ReportOptions

    @Option(name: .customLong("document"), help: ArgumentHelp("A document to use instead of its product's newest (repeatable).", valueName: "id"))
    var documents: [String] = []

    @Argument(help: ArgumentHelp("Product A, for example the biosimilar.", valueName: "product-a"))
    var productA: String

    @Argument(help: ArgumentHelp("Product B, for example the reference product.", valueName: "product-b"))
    var productB: String

    func run() throws {
        let comparison = try db.open().compare(productA, productB, documents: documents)
        try report.emit { format, language, colour in
            ComparisonReport(comparison).render(format, language: language, colour: colour)
        }
    }
}
