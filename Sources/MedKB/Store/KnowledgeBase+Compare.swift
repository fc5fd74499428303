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

    public func compare(_ a: String, _ b: String, documentA: String? = nil, documentB: String? = nil) throws -> ProductComparison {
        ProductComparison(a: try side(of: a, document: documentA), b: try side(of: b, document: documentB))
    }
}
