/// The list `medkb products` prints.
public struct ProductList: Sendable {
    public let products: [ProductSummary]

    public init(_ products: [ProductSummary]) { self.products = products }

    public var text: String {
        guard !products.isEmpty else { return "No products yet; import documents with `medkb import PATH...`." }
        var rows = [["PRODUCT", "ACTIVE SUBSTANCE", "RELATION", "DOCUMENTS"]]
        for product in products {
            let relation: String
            if product.biosimilar == true { relation = "biosimilar of \(product.referenceProduct ?? "?")" }
            else if product.generic == true { relation = "generic of \(product.referenceProduct ?? "?")" }
            else { relation = "" }
            rows.append([product.name, product.activeSubstances.joined(separator: ", "), relation, "\(product.documents.count)"])
        }
        return TextLayout.table(rows)
    }

    public var json: JSONValue {
        .object([
            ("schema", .string("medkb-products/1")),
            ("products", .array(products.map { product in
                .object([
                    ("name", .string(product.name)),
                    ("active_substances", .strings(product.activeSubstances)),
                    ("biosimilar", .optional(product.biosimilar)),
                    ("generic", .optional(product.generic)),
                    ("reference", .object([("stated", .optional(product.referenceProduct)), ("inferred", .null), ("basis", .null)])),
                    ("sources", .strings(product.documents)),
                ])
            })),
        ])
    }
}
