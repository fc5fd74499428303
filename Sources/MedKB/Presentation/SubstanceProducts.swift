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

    /// One row per product; the kind in the labels' words (CSV keeps the English codes).
    public func rows(_ labels: ReportLabels = .english) -> [[String]] {
        products.map { product in
            [product.name, labels["kind_" + Self.kind(product)], product.status ?? "", product.authorisationDate ?? "",
             product.activeSubstances.joined(separator: ", "), product.atc ?? "", product.reference ?? ""]
        }
    }

    /// The CSV header.
    public static let header = ["product", "kind", "status", "authorised", "active substance", "atc", "reference"]

    /// The list as CSV, with the English codes.
    public var csv: String { CSVTable.text(header: Self.header, rows: rows()) }

    public func text(_ labels: ReportLabels = .english) -> String {
        let counts = ["originator", "biosimilar", "generic"].compactMap { kind -> String? in
            let count = products.filter { Self.kind($0) == kind }.count
            return count == 0 ? nil : labels.count(count, "count_" + kind)
        }
        let header = ["column_product", "column_kind", "column_status", "column_authorised", "column_substance", "column_atc", "column_reference"]
        let table = TextLayout.table([header.map { labels[$0] }] + rows(labels).map { row in
            row.enumerated().map { $0 == 0 || $0 == 4 ? ProductList.clipped($1) : $1 }
        })
        return "\(subject): \(labels.count(products.count, "product_count")) (" + counts.joined(separator: ", ") + ")\n\n" + table
            + "\n\n" + labels["substance_products_hint"]
    }

    public var json: JSONValue {
        .object([
            ("schema", .string("medkb-substance/1")),
            ("subject", .string(subject)),
            ("products", ProductList(products).json["products"] ?? .array([])),
        ])
    }
}
