import ArgumentParser
import MedKB

struct ProductsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "products",
        abstract: "List the products in the knowledge base, with substance and reference product."
    )

    @OptionGroup var db: DatabaseOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let products = try db.open().products()
        switch format {
        case .json:
            print(ProductList(products).json.serialized(pretty: true))
        case .text:
            print(ProductList(products).text)
        }
    }
}
