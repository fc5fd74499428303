import MedKB

/// What a page or an API route asks the base, read from the request's fields, so that a
/// page and its API route read the same fields the same way (the command line's options).
struct SearchQuestion: Sendable {
    let text: String?
    let kind: String?
    let language: String?
    let product: String?
    let limit: Int

    init(_ query: QueryValues) throws {
        text = try query.text("q")
        kind = try query.choice("kind", among: DocumentKind.allCases.map(\.rawValue))
        language = try query.choice("language", among: PageLanguage.codes)
        product = try query.text("product")
        limit = try query.number("limit", in: 1...100, default: 20)
    }

    /// The hits, the product named as `product(named:)` finds it; nil without words.
    func answer(_ base: KnowledgeBase, labels language: String) throws -> SearchResults? {
        guard let text else { return nil }
        let productId = try product.map { try base.product(named: $0).id }
        return try base.searchResults(text, limit: limit, filter: SearchFilter(kind: kind, language: self.language, productId: productId),
                                      language: language)
    }
}

/// The `products` filters.
struct ProductsQuestion: Sendable {
    let filter: ProductFilter
    let adverseEvent: String?
    let frequency: String?

    init(_ query: QueryValues) throws {
        filter = ProductFilter(substance: try query.text("substance"), atc: try query.text("atc"),
                               biosimilar: try query.flag("biosimilar") ? true : nil, generic: try query.flag("generic") ? true : nil,
                               status: try query.text("status"), reference: try query.text("reference"))
        adverseEvent = try query.text("adverse_event")
        frequency = try query.choice("frequency", among: TextLayout.frequencyOrder)
        if frequency != nil, adverseEvent == nil { throw RequestRefusal.badRequest("frequency goes with adverse_event (a side effect)") }
    }

    func answer(_ base: KnowledgeBase) throws -> ProductList {
        try base.productList(filter, adverseEvent: adverseEvent, frequency: frequency)
    }
}

/// The `changes` filters.
struct ChangesQuestion: Sendable {
    let since: String?
    let filter: ChangeFilter

    init(_ query: QueryValues) throws {
        since = try query.text("since")
        if let since, !ChangeFilter.isDate(since) {
            throw RequestRefusal.badRequest("since takes a year, a month or a day: 2019, 2019-06 or 2019-06-01; got \(since.prefix(80))")
        }
        filter = ChangeFilter(substance: try query.text("substance"), atc: try query.text("atc"), area: try query.text("area"),
                              status: try query.text("status"))
    }

    func answer(_ base: KnowledgeBase) throws -> FilteredChanges { try base.changes(since: since, filter: filter) }
}

/// Two products to compare, each with an optional document of its own.
struct CompareQuestion: Sendable {
    let a: String?
    let b: String?
    let documents: [String]

    init(_ query: QueryValues) throws {
        a = try query.text("a")
        b = try query.text("b")
        documents = [try query.text("document_a"), try query.text("document_b")].compactMap { $0 }
    }
}
