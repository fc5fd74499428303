/// What changed in the EMA catalogue from one export to the next: products that
/// appeared or are no longer listed, status changes (withdrawn, refused, suspended,
/// ...) and changed fields, product by product.
public struct CatalogueChanges: Sendable, Equatable {
    public struct Product: Sendable, Equatable {
        public let name: String
        public let emaProductNumber: String?
        public let status: String?
        public let activeSubstances: [String]
        public let atc: String?
        public let therapeuticArea: String?

        /// Whether it was ever authorised; an application withdrawn or refused never was.
        public var wasAuthorised: Bool { CatalogueStatus.wasAuthorised(status) }
    }

    public struct Change: Sendable, Equatable {
        public let product: Product
        public let field: String
        public let old: String?
        public let new: String?
    }

    public let fromExport: String
    public let toExport: String
    public let added: [Product]
    public let removed: [Product]
    public let statusChanges: [Change]
    public let fieldChanges: [Change]

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && statusChanges.isEmpty && fieldChanges.isEmpty }

    /// Fields compared between exports. Left out: the indication text and therapeutic
    /// area (the older layout writes them differently, so every row would differ), the
    /// revision number (it moves with every update) and the URL.
    static let comparedFields: [String] = [
        "name", "category", "active_substances", "atc", "atc_veterinary", "biosimilar", "generic", "orphan",
        "conditional_approval", "additional_monitoring", "holder", "authorisation_date", "refusal_date", "withdrawal_date",
    ]

    /// Compares two exports' rows, each a product id with its stored values; a field
    /// one of the layouts lacks is not compared.
    static func between(_ old: (date: String, fields: Set<String>, rows: [Int64: JSONValue]),
                        _ new: (date: String, fields: Set<String>, rows: [Int64: JSONValue])) -> CatalogueChanges {
        func product(_ values: JSONValue) -> Product {
            Product(name: values["name"]?.stringValue ?? "", emaProductNumber: values["ema_product_number"]?.stringValue,
                    status: values["status"]?.stringValue,
                    activeSubstances: values["active_substances"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                    atc: values["atc"]?.stringValue ?? values["atc_veterinary"]?.stringValue,
                    therapeuticArea: values["therapeutic_area"]?.stringValue)
        }
        func text(_ value: JSONValue?) -> String? {
            switch value {
            case nil, .null?: nil
            case let .string(text)?: text
            case let .bool(flag)?: flag ? "yes" : "no"
            case let .array(items)?: items.compactMap(\.stringValue).joined(separator: ", ")
            case let value?: value.serialized()
            }
        }
        let compared = comparedFields.filter { $0 == "active_substances" || (old.fields.contains($0) && new.fields.contains($0)) }
        var added: [Product] = [], removed: [Product] = [], statusChanges: [Change] = [], fieldChanges: [Change] = []
        for (id, values) in new.rows {
            guard let before = old.rows[id] else { added.append(product(values)); continue }
            let now = product(values)
            if text(before["status"]) != text(values["status"]) {
                statusChanges.append(Change(product: now, field: "status", old: text(before["status"]), new: text(values["status"])))
            }
            // A value the newer export leaves blank is not news: EMA blanks fields of withdrawn medicines.
            for field in compared where text(values[field]) != nil && text(before[field]) != text(values[field]) {
                fieldChanges.append(Change(product: now, field: field, old: text(before[field]), new: text(values[field])))
            }
        }
        for (id, values) in old.rows where new.rows[id] == nil { removed.append(product(values)) }
        let byName: (Product, Product) -> Bool = { ($0.name.lowercased(), $0.emaProductNumber ?? "") < ($1.name.lowercased(), $1.emaProductNumber ?? "") }
        let changeOrder: (Change, Change) -> Bool = { a, b in
            a.product.name.lowercased() != b.product.name.lowercased() ? byName(a.product, b.product)
                : (a.product.emaProductNumber ?? "", a.field) < (b.product.emaProductNumber ?? "", b.field)
        }
        return CatalogueChanges(fromExport: old.date, toExport: new.date, added: added.sorted(by: byName),
                                removed: removed.sorted(by: byName), statusChanges: statusChanges.sorted(by: changeOrder),
                                fieldChanges: fieldChanges.sorted(by: changeOrder))
    }
}

extension CatalogueChanges {
    /// The changes of the products `filter` admits only.
    public func filtered(_ filter: ChangeFilter) -> CatalogueChanges {
        guard !filter.isEmpty else { return self }
        return CatalogueChanges(fromExport: fromExport, toExport: toExport, added: added.filter(filter.admits),
                                removed: removed.filter(filter.admits),
                                statusChanges: statusChanges.filter { filter.admits($0.product) },
                                fieldChanges: fieldChanges.filter { filter.admits($0.product) })
    }
}
