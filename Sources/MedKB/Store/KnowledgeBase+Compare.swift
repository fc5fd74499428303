import Foundation

extension KnowledgeBase {
    /// A product with the facts of its documents: the one `document` names (id, id prefix or
    /// source), else the newest overview (by the date it states, else its import time) with
    /// the newest SmPC's facts in place of the overview's where the base has an SmPC.
    public func side(of productName: String, document query: String? = nil) throws -> ProductSide {
        try side(of: try product(named: productName), document: query)
    }

    func side(of product: ProductSummary, document query: String? = nil) throws -> ProductSide {
        // A catalogue row holds indications only; the comparisons work on documents that describe the whole product.
        let all = try facts(about: product).filter { $0.document.kind != DocumentKind.catalogueEntry.rawValue }
        var documents: [DocumentRecord] = []
        for fact in all where !documents.contains(where: { $0.id == fact.document.id }) { documents.append(fact.document) }
        let chosen: DocumentRecord?
        if let query {
            chosen = documents.first { $0.source == query || $0.id.hasPrefix(query.lowercased()) }
            guard chosen != nil else {
                throw QueryError.documentNotAbout(query, product: product.name, documents: documents.map(\.source))
            }
            let used = chosen.map { [$0] } ?? []
            return ProductSide(product: product, documents: used, facts: all.filter { $0.document.id == chosen?.id })
        }
        let newest = { (kind: DocumentKind) in
            documents.filter { $0.kind == kind.rawValue }.max { Self.dateKey($0) < Self.dateKey($1) }
        }
        let summary = documents.filter { $0.kind != DocumentKind.smpc.rawValue }.max { Self.dateKey($0) < Self.dateKey($1) }
        guard let smpc = newest(.smpc) else {
            return ProductSide(product: product, documents: summary.map { [$0] } ?? [], facts: all.filter { $0.document.id == summary?.id })
        }
        // The SmPC is the fuller source: its indications, dosing, contraindications and adverse
        // reactions replace the overview's; the rest (the reference product, studies, risk
        // measures) comes from the overview. One fact per meaning: an Annex with several SmPCs
        // (one per form) repeats them.
        let smpcFacts = Self.distinct(all.filter { $0.document.id == smpc.id })
        let smpcTypes = Set(smpcFacts.map(\.fact.type)).intersection(Self.smpcTypes)
        let summaryFacts = all.filter { $0.document.id == summary?.id && !smpcTypes.contains($0.fact.type) }
        let facts = summary == nil ? smpcFacts : summaryFacts + smpcFacts.filter { smpcTypes.contains($0.fact.type) }
        return ProductSide(product: product, documents: [summary, smpc].compactMap { $0 }, facts: facts)
    }

    /// What an SmPC states more fully than an overview.
    static let smpcTypes: Set<FactType> = [.indication, .dosing, .contraindication, .adverseEvent]

    /// The facts without repeats of the same type and fields (the first is kept).
    static func distinct(_ facts: [SourcedFact]) -> [SourcedFact] {
        var seen = Set<String>()
        return facts.filter { seen.insert($0.fact.type.rawValue + JSONValue.object($0.fact.fields).serialized()).inserted }
    }

    /// "2024-03" from the document's own date, else the year and month it was imported.
    static func dateKey(_ document: DocumentRecord) -> String {
        document.statedDate ?? String(document.importedAt.prefix(7))
    }

    /// Compares two products; each of `documents` (ids, id prefixes or sources) chooses the
    /// document of the product it is about, the other product keeps its newest.
    public func compare(_ a: String, _ b: String, documents: [String] = []) throws -> ProductComparison {
        let all = try documents.map { try document(matching: $0) }
        let productA = try product(named: a), productB = try product(named: b)
        func chosen(for product: ProductSummary) -> String? { all.first { product.documents.contains($0.id) }?.id }
        for document in all where !productA.documents.contains(document.id) && !productB.documents.contains(document.id) {
            throw QueryError.documentNotAbout(document.source, product: "\(productA.name) or \(productB.name)", documents: [])
        }
        var comparison = ProductComparison(a: try side(of: productA, document: chosen(for: productA)),
                                           b: try side(of: productB, document: chosen(for: productB)))
        let names = [productA.name, productB.name] + productA.activeSubstances + productB.activeSubstances
        comparison.substitution = SubstitutionStatement.find(in: try self.documents(ofKind: .guideline), naming: names)
        return comparison
    }
}
