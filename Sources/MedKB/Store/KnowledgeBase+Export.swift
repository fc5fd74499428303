import Foundation

extension KnowledgeBase {
    /// The facts export of `spec/facts.md` (schema `medkb-facts/1`).
    ///
    /// - Parameters:
    ///   - products: keep only the facts about these products (and the documents holding them).
    ///   - documents: keep only these documents (ids, id prefixes or sources).
    ///   - withText: include each document's normalised text.
    public func export(products: [String] = [], documents documentQueries: [String] = [], withText: Bool = false) throws -> JSONValue {
        let productNames = try Set(products.map { try product(named: $0).name.lowercased() })
        let chosen = try Set(documentQueries.map { try document(matching: $0).id })
        var out: [JSONValue] = []
        for document in try documents() where chosen.isEmpty || chosen.contains(document.id) {
            var facts = try facts(inDocument: document.id)
            if !productNames.isEmpty {
                facts = facts.filter { $0.product.map { productNames.contains($0.lowercased()) } ?? false }
                if facts.isEmpty { continue }
            }
            var pairs: [(String, JSONValue)] = [
                ("id", .string(document.id)), ("source", .string(document.source)), ("kind", .string(document.kind)),
                ("language", .string(document.language)), ("title", .optional(document.title)),
            ]
            if withText { pairs.append(("text", .string(document.text))) }
            pairs.append(("facts", .array(facts.map(\.json))))
            out.append(.object(pairs))
        }
        return .object([("schema", .string("medkb-facts/1")), ("documents", .array(out))])
    }
}
