/// The list `medkb products` prints.
public struct ProductList: Sendable {
    public let products: [ProductSummary]
    /// What the list was filtered by: an empty list then says that the filters together match nothing.
    public let filter: ProductFilter

    public init(_ products: [ProductSummary], filter: ProductFilter = ProductFilter()) {
        self.products = products
        self.filter = filter
    }

    public var text: String { text(width: nil) }

    /// The table; given a `width` (the terminal's), the name, substance and relation
    /// columns are clipped so that each line fits it.
    public func text(width: Int?, labels: ReportLabels = ReportLabels(language: "en")) -> String {
        guard !products.isEmpty else {
            guard !filter.isEmpty else { return labels["no_products_yet"] }
            return labels.format("no_product_matches_all", filter.words(labels))
        }
        let status = products.map { ($0.status ?? "").count }.max() ?? 0
        // Five columns, two spaces between; status and sources keep their width.
        let wide = width.map { max(12, max(36, $0 - 8 - max(status, 6) - 7) / 3) } ?? Int.max
        var rows = [["column_product", "column_substance", "column_status", "column_relation", "column_sources"].map { labels[$0] }]
        for product in products {
            rows.append([Self.clipped(product.name, to: wide), Self.clipped(product.activeSubstances.joined(separator: ", "), to: min(40, wide)),
                         product.status ?? "", Self.clipped(Self.relation(product, labels), to: wide), "\(product.documents.count)"])
        }
        return TextLayout.table(rows) + "\n" + labels.count(products.count, "product_count")
    }

    /// "biosimilar of Prolia (stated)", "biosimilar of Xgeva (inferred)", both when they disagree.
    public static func relation(_ product: ProductSummary, _ labels: ReportLabels = ReportLabels(language: "en")) -> String {
        let kind = product.biosimilar == true ? labels["biosimilar"] : product.generic == true ? labels["generic"] : nil
        guard let kind else { return "" }
        var references: [String] = []
        if let stated = product.referenceProduct {
            let agreed = product.inferredReference != nil && !product.referencesDisagree
            references.append("\(stated) (\(labels[agreed ? "stated_and_inferred" : "stated"]))")
        }
        if let inferred = product.inferredReference, product.referencesDisagree || product.referenceProduct == nil {
            references.append("\(inferred) (\(labels["inferred"]))")
        }
        return references.isEmpty ? kind : "\(kind) \(labels["of"]) " + references.joined(separator: product.referencesDisagree ? " ≠ " : ", ")
    }

    public static let csvHeader = ["name", "ema_product_number", "category", "status", "active_substances", "atc", "biosimilar", "generic",
                                   "authorisation_date", "reference_stated", "reference_inferred", "reference_basis", "sources"]

    /// One row per product; the lists joined with "; ".
    public var csv: String {
        func flag(_ value: Bool?) -> String { value.map { $0 ? "yes" : "no" } ?? "" }
        return CSVTable.text(header: Self.csvHeader, rows: products.map { product in
            [product.name, product.emaProductNumber ?? "", product.category ?? "", product.status ?? "",
             product.activeSubstances.joined(separator: "; "), product.atc ?? "", flag(product.biosimilar), flag(product.generic),
             product.authorisationDate ?? "", product.referenceProduct ?? "", product.inferredReference ?? "", product.inferenceBasis ?? "",
             product.documents.joined(separator: "; ")]
        })
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
