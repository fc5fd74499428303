import Foundation

extension KnowledgeBase {
    /// The card of `product`: its facts with their documents; `frequency` and `organClass`
    /// narrow its side effects only, the rest of the card stays.
    public func card(for product: ProductSummary, frequency: String? = nil, organClass: String? = nil) throws -> ProductCard {
        let sources = try documents(withIds: product.documents)
        let category = frequency.flatMap(Self.frequencyCategory)
        let facts = try facts(about: product).filter { sourced in
            guard sourced.fact.type == .adverseEvent else { return true }
            if frequency != nil, sourced.fact.string("frequency") != category { return false }
            if let organClass, sourced.fact.string("organ_class")?.range(of: organClass, options: .caseInsensitive) == nil { return false }
            return true
        }
        return ProductCard(product: product, facts: facts, sources: sources)
    }
}

extension ProductCard {
    /// The languages of the documents the card cites (catalogue rows left out), else English:
    /// the card's words follow them unless a language is asked for.
    public var documentLanguages: [String] {
        let languages = allSources.filter { $0.kind != DocumentKind.catalogueEntry.rawValue }.map(\.language)
        return languages.isEmpty ? ["en"] : languages
    }
}
