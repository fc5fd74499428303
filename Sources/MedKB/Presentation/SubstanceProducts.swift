/// The products of one active substance or ATC code, as `medkb show denosumab` prints
/// them: the originators first, then the biosimilars, then the generics and hybrids.
public struct SubstanceProducts: Sendable {
    /// "denosumab", or "ATC M05BX04".
    public let subject: String
    public let products: [ProductSummary]

    public init(subject: String, products: [ProductSummary]) {
        (self.subject, self.products) = (subject, Self.ordered(products))
    }

    /// Originators, biosimilars, generics; within each the authorised first, then by name.
    static func ordered(_ products: [ProductSummary]) -> [ProductSummary] {
        func rank(_ product: ProductSummary) -> Int { product.biosimilar == true ? 1 : product.generic == true ? 2 : 0 }
        return products.sorted {
            (rank($0), $0.status == "Authorised" ? 0 : 1, $0.name.lowercased())
                < (rank($1), $1.status == "Authorised" ? 0 : 1, $1.name.lowercased())
        }
    }

    static func kind(_ product: ProductSummary) -> String {
        product.biosimilar == true ? "biosimilar" : product.generic == true ? "generic" : "originator"
    }

    public var rows: [[String]] {
        products.map { product in
            [product.name, Self.kind(product), product.status ?? "", product.authorisationDate ?? "",
             product.activeSubstances.joined(separator: ", "), product.atc ?? "", product.reference ?? ""]
        }
    }

    public static let header = ["PRODUCT", "KIND", "STATUS", "AUTHORISED", "ACTIVE SUBSTANCE", "ATC", "REFERENCE"]

    public var csv: String { CSVTable.text(header: Self.header.map { $0.lowercased() }, rows: rows) }

    public var text: String {
        let counts = ["originator", "biosimilar", "generic"].compactMap { kind -> String? in
            let count = products.filter { Self.kind($0) == kind }.count
            return count == 0 ? nil : "\(count) \(kind)\(count == 1 ? "" : "s")"
        }
        let table = TextLayout.table([Self.header] + rows.map { row in
            row.enumerated().map { $0 == 0 || $0 == 4 ? ProductList.clipped($1) : $1 }
        })
        return "\(subject): \(ChangeReport.number(products.count)) product\(products.count == 1 ? "" : "s") ("
            + counts.joined(separator: ", ") + ")\n\n" + table
            + "\n\n`medkb show NAME` shows one product's card; `medkb compare A B` compares two."
    }

    public var json: JSONValue {
        .object([
            ("schema", .string("medkb-substance/1")),
            ("subject", .string(subject)),
            ("products", ProductList(products).json["products"] ?? .array([])),
        ])
    }
}
