import Foundation
import GRDB

extension KnowledgeBase {
    /// Infers the reference product of biosimilars again, from what the base now holds; a
    /// reference a document states is kept apart and never overwritten. `among` limits the
    /// work to the medicines with those sets of active substances (the ones an import
    /// touched): a biosimilar's candidates all share its substances.
    func inferReferenceProducts(in db: Database, among substanceSets: Set<Set<String>>? = nil) throws {
        guard let substanceSets else { return try inferReferences(of: try ProductRecord.fetchAll(db), in: db) }
        // One set at a time, so that memory holds one set's medicines, not all the import touched.
        for set in substanceSets.sorted(by: { $0.sorted().lexicographicallyPrecedes($1.sorted()) }) {
            // Products naming the set's first substance; the sets are compared below.
            guard let first = set.min() else { continue }
            let products = try ProductRecord.fetchAll(db, sql: """
                SELECT * FROM product WHERE (biosimilar = 1 OR (biosimilar = 0 AND generic IS NOT 1)) AND instr(active_substances, ?) > 0
                """, arguments: [JSONValue.string(first).serialized()]).filter { Set($0.substances) == set }
            try inferReferences(of: products, in: db)
        }
    }

    /// Infers the references of the biosimilars among `products`, whose candidates are among them.
    private func inferReferences(of products: [ProductRecord], in db: Database) throws {
        guard products.contains(where: { $0.biosimilar == true }) else { return }
        let conditions = try indicationConditions(of: products.compactMap(\.id), in: db)
        func medicine(_ product: ProductRecord) -> ReferenceInference.Medicine {
            ReferenceInference.Medicine(id: product.id!, name: product.name, substances: product.substances,
                                        status: product.status,
                                        authorisationDate: product.authorisationDate,
                                        conditions: conditions[product.id!] ?? [],
                                        therapeuticArea: ReferenceInference.areaTerms(product.therapeuticArea))
        }
        let originals = Dictionary(grouping: products.filter { $0.biosimilar == false && $0.generic != true && !$0.substances.isEmpty },
                                   by: { Set($0.substances) })
        // Biosimilars alike in what the inference reads get the same answer: it is worked out once.
        var inferred: [InferenceKey: ReferenceInference.Inference] = [:]
        for var product in products where product.biosimilar == true {
            let biosimilar = medicine(product)
            let key = InferenceKey(substances: Set(product.substances), category: product.category,
                                   authorisationDate: product.authorisationDate,
                                   conditions: biosimilar.conditions, therapeuticArea: biosimilar.therapeuticArea)
            let inference = inferred[key] ?? {
                let candidates = (originals[key.substances] ?? []).filter {
                    $0.category == nil || product.category == nil || $0.category == product.category
                }
                let inference = ReferenceInference.infer(for: biosimilar, candidates: candidates.map(medicine))
                inferred[key] = inference
                return inference
            }()
            guard inference.referenceId != product.inferredReferenceProductId
                || inference.basis != product.inferredReferenceBasis else { continue }
            product.inferredReferenceProductId = inference.referenceId
            product.inferredReferenceBasis = inference.basis
            try product.update(db)
        }
    }

    /// The condition concepts of each product's indication facts.
    func indicationConditions(of productIds: [Int64], in db: Database) throws -> [Int64: Set<String>] {
        var conditions: [Int64: Set<String>] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT product_id, json_extract(fields, '$.condition') AS condition FROM fact
            WHERE type = 'indication' AND product_id IN (SELECT value FROM json_each(?))
            """, arguments: ["[" + productIds.map(String.init).joined(separator: ",") + "]"])
        while let row = try rows.next() {
            if let condition: String = row["condition"] { conditions[row["product_id"], default: []].insert(condition) }
        }
        return conditions
    }
}

/// What a biosimilar's inference depends on besides the candidates.
private struct InferenceKey: Hashable {
    let substances: Set<String>
    let category: String?
    let authorisationDate: String?
    let conditions: Set<String>
    let therapeuticArea: Set<String>
}
