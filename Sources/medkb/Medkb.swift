import ArgumentParser
import MedKB

@main
struct Medkb: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "medkb",
        abstract: "A knowledge base of medicine documents: EPAR overviews and treatment guidelines, read into facts with their quotes.",
        discussion: """
            Import the documents you have, then ask: which products are known, what does a product's \
            information say (each fact with the sentence it was read from), where is a word mentioned. \
            The database is ./medkb.sqlite unless --database or MEDKB_DATABASE names another.
            """,
        version: MedKBVersion.string,
        subcommands: [ImportCommand.self, ProductsCommand.self, ShowCommand.self, SearchCommand.self, ExportCommand.self, CompareCommand.self, CheckCommand.self, ChangesCommand.self]
    )
}
