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
        try dbQueue.read { db in
            Set(try Int64.fetchAll(db, sql: """
                SELECT DISTINCT product_id FROM fact
                WHERE type = 'adverse_event' AND product_id IS NOT NULL AND lower(json_extract(fields, '$.term')) = ?
                  AND (? IS NULL OR json_extract(fields, '$.frequency') = ?)
                """, arguments: [concept.lowercased(), category, category]))
        }
    }
}
