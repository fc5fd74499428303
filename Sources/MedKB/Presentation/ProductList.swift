/// The list `medkb products` prints.
public struct ProductList: Sendable {
    public let products: [ProductSummary]
    /// What the list was filtered by: an empty list then says that the filters together match nothing.
    public let filter: ProductFilter

    public init(_ products: [ProductSummary], filter: ProductFilter = ProductFilter()) {
        self.products = products
        self.filter = filter
    }

    public var text: String {
        guard !products.isEmpty else {
            guard !filter.isEmpty else { return "No products yet; import documents with `medkb import PATH...`." }
            return "No product matches all of: \(filter). Each matches products on its own; leave one out to widen the list."
        }
        var rows = [["PRODUCT", "ACTIVE SUBSTANCE", "STATUS", "RELATION", "SOURCES"]]
        for product in products {
            rows.append([product.name, Self.clipped(product.activeSubstances.joined(separator: ", ")), product.status ?? "",
                         Self.relation(product), "\(product.documents.count)"])
        }
        return TextLayout.table(rows) + "\n\(ChangeReport.number(products.count)) product\(products.count == 1 ? "" : "s")"
    }

    /// "biosimilar of Prolia (stated)", "biosimilar of Xgeva (inferred)", both when they disagree.
    static func relation(_ product: ProductSummary) -> String {
        let kind = product.biosimilar == true ? "biosimilar" : product.generic == true ? "generic" : nil
        guard let kind else { return "" }
        var references: [String] = []
        if let stated = product.referenceProduct {
            let agreed = product.inferredReference != nil && !product.referencesDisagree
            references.append("\(stated) (\(agreed ? "stated and inferred" : "stated"))")
        }
        if let inferred = product.inferredReference, product.referencesDisagree || product.referenceProduct == nil {
            references.append("\(inferred) (inferred)")
        }
        return references.isEmpty ? kind : "\(kind) of " + references.joined(separator: product.referencesDisagree ? " ≠ " : ", ")
    }

    static func clipped(_ text: String, to width: Int = 40) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    static func reference(_ product: ProductSummary) -> JSONValue {
        .object([("stated", .optional(product.referenceProduct)), ("inferred", .optional(product.inferredReference)),
                 ("basis", .optional(product.inferenceBasis))])
    }

    public var json: JSONValue {
        .object([
            ("schema", .string("medkb-products/1")),
            ("products", .array(products.map { product in
                .object([
                    ("name", .string(product.name)),
                    ("ema_product_number", .optional(product.emaProductNumber)),
                    ("category", .optional(product.category)),
                    ("status", .optional(product.status)),
                    ("active_substances", .strings(product.activeSubstances)),
                    ("atc", .optional(product.atc)),
                    ("biosimilar", .optional(product.biosimilar)),
                    ("generic", .optional(product.generic)),
                    ("reference", Self.reference(product)),
                    ("sources", .strings(product.documents)),
                ])
            })),
        ])
    }
}
