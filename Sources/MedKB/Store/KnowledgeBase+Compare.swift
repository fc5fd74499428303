import Foundation

extension KnowledgeBase {
    /// A product with the facts of one of its documents: the one `document` names (id,
    /// id prefix or source), else the newest (by the date it states, else its import time).
    public func side(of productName: String, document query: String? = nil) throws -> ProductSide {
        let product = try product(named: productName)
        let all = try facts(about: product.name)
        var documents: [DocumentRecord] = []
        for fact in all where !documents.contains(where: { $0.id == fact.document.id }) { documents.append(fact.document) }
        let chosen: DocumentRecord?
        if let query {
            chosen = documents.first { $0.source == query || $0.id.hasPrefix(query.lowercased()) }
            guard chosen != nil else {
                throw QueryError.documentNotAbout(query, product: product.name, documents: documents.map(\.source))
            }
        } else {
            chosen = documents.max { Self.dateKey($0) < Self.dateKey($1) }
        }
        let used = chosen.map { [$0] } ?? []
        return ProductSide(product: product, documents: used, facts: all.filter { $0.document.id == chosen?.id })
    }

    /// "2024-03" from the document's own date, else the year and month it was imported.
    static func dateKey(_ document: DocumentRecord) -> String {
        document.statedDate ?? String(document.importedAt.prefix(7))
    }

    /// Compares two products; each of `documents` (ids, id prefixes or sources) chooses the
    /// document of the product it is about, the other product keeps its newest.
    public func compare(_ a: String, _ b: String, documents: [String] = []) throws -> ProductComparison {
        let all = try documents.map { try document(matching: $0) }
        func chosen(for name: String) throws -> String? {
            let product = try product(named: name)
            return all.first { product.documents.contains($0.id) }?.id
        }
        for document in all where try chosen(for: a) != document.id && chosen(for: b) != document.id {
            throw QueryError.documentNotAbout(document.source, product: "\(a) or \(b)", documents: [])
        }
        return ProductComparison(a: try side(of: a, document: try chosen(for: a)), b: try side(of: b, document: try chosen(for: b)))
    }
}
