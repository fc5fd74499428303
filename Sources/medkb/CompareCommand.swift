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
            the normalised concepts. Each product's newest document is used unless --document-a or \
            --document-b names one (id, id prefix or source).
            """
    )

    @OptionGroup var db: DatabaseOptions

    @OptionGroup var report: ReportOptions

    @Option(name: [.customLong("document-a"), .customLong("document")], help: ArgumentHelp("The document to use for product A.", valueName: "id"))
    var documentA: String?

    @Option(name: .customLong("document-b"), help: ArgumentHelp("The document to use for product B.", valueName: "id"))
    var documentB: String?

    @Argument(help: ArgumentHelp("Product A, for example the biosimilar.", valueName: "product-a"))
    var productA: String

    @Argument(help: ArgumentHelp("Product B, for example the reference product.", valueName: "product-b"))
    var productB: String

    func run() throws {
        let comparison = try db.open().compare(productA, productB, documentA: documentA, documentB: documentB)
        try report.emit { format, language, colour in
            ComparisonReport(comparison).render(format, language: language, colour: colour)
        }
    }
}
