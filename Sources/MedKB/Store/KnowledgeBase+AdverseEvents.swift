import Foundation
import GRDB

extension KnowledgeBase {
    /// The concept a side-effect term names, in either language ("hovedpine" and "headache"
    /// are both "headache"); a term the vocabulary lacks is taken as written.
    public static func adverseEventConcept(_ term: String) -> String {
        for language in ["da", "en"] {
            if let concept = Lexicon.shared.concept(.adverseEvent, for: term, language: language) { return concept }
        }
        return term.lowercased().trimmingCharacters(in: .whitespaces)
    }

    /// The EU frequency category a user names: "rare", "very_common", "very common", "sjælden";
    /// nil for anything else.
    public static func frequencyCategory(_ text: String) -> String? {
        FrequencyLabel.category(of: text.replacingOccurrences(of: "_", with: " ").trimmingCharacters(in: .whitespaces))
    }

    /// Ids of the products a document gives this side effect (a concept), at this frequency
    /// category if one is given (`very_common`, …).
    public func productIds(withAdverseEvent concept: String, frequency category: String? = nil) throws -> Set<Int64> {
        try database.read { db in
            Set(try Int64.fetchAll(db, sql: """
                SELECT DISTINCT product_id FROM fact
                WHERE type = 'adverse_event' AND product_id IS NOT NULL AND lower(json_extract(fields, '$.term')) = ?
                  AND (? IS NULL OR json_extract(fields, '$.frequency') = ?)
                """, arguments: [concept.lowercased(), category, category]))
        }
    }
}

extension KnowledgeBase {
    /// What `medkb products` lists: the products `filter` admits, its reference named as
    /// `product(named:)` finds it, narrowed to those a document gives the side effect
    /// `adverseEvent` (at `frequency`, a category `frequencyCategory` reads). A filter value
    /// that no product has is refused with what is close to it (`UnmatchedFilter`).
    public func productList(_ filter: ProductFilter, adverseEvent: String? = nil, frequency: String? = nil) throws -> ProductList {
        var filter = filter
        filter.reference = try filter.reference.map { try product(named: $0).name }
        var products = try products(filter)
        if products.isEmpty, let unmatched = filter.unmatched(among: try self.products()) { throw unmatched }
        if let adverseEvent {
            let ids = try productIds(withAdverseEvent: Self.adverseEventConcept(adverseEvent), frequency: frequency.flatMap(Self.frequencyCategory))
            products = products.filter { ids.contains($0.id) }
        }
        return ProductList(products, filter: filter)
    }
}

extension ProductList {
    /// "No product in the base has the side effect hovedpine (headache) at frequency rare in its documents."
    public static func noneWithSideEffect(_ term: String, frequency: String?, labels: ReportLabels = .english) -> String {
        let concept = KnowledgeBase.adverseEventConcept(term)
        let named = term + (concept == term.lowercased() ? "" : " (\(concept))")
        return labels.format("no_product_with_side_effect", frequency.map { labels.format("at_frequency", named, $0) } ?? named)
    }
}
