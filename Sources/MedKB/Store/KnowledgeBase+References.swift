import Foundation
import GRDB

extension KnowledgeBase {
    /// Infers the reference product of every biosimilar again, from what the base now
    /// holds; a reference a document states is kept apart and never overwritten.
    func inferReferenceProducts(in db: Database) throws {
        let products = try ProductRecord.fetchAll(db)
        guard products.contains(where: { $0.biosimilar == true }) else { return }
        var conditions: [Int64: Set<String>] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT product_id, fields FROM fact WHERE type = 'indication' AND product_id IS NOT NULL") {
            let productId: Int64 = row["product_id"]
            if let condition = try JSONValue.parse(row["fields"] as String)["condition"]?.stringValue {
                conditions[productId, default: []].insert(condition)
            }
        }
        func medicine(_ product: ProductRecord) -> ReferenceInference.Medicine {
            ReferenceInference.Medicine(id: product.id!, name: product.name, substances: product.substances,
                                        authorised: product.status == "Authorised",
                                        authorisationDate: product.authorisationDate,
                                        conditions: conditions[product.id!] ?? [],
                                        therapeuticArea: ReferenceInference.areaTerms(product.therapeuticArea))
        }
        let originals = Dictionary(grouping: products.filter { $0.biosimilar == false && $0.generic != true && !$0.substances.isEmpty },
                                   by: { Set($0.substances) })
        for var product in products where product.biosimilar == true {
            let candidates = (originals[Set(product.substances)] ?? []).filter {
                $0.category == nil || product.category == nil || $0.category == product.category
            }
            let inference = ReferenceInference.infer(for: medicine(product), candidates: candidates.map(medicine))
            guard inference.referenceId != product.inferredReferenceProductId
                || inference.basis != product.inferredReferenceBasis else { continue }
            product.inferredReferenceProductId = inference.referenceId
            product.inferredReferenceBasis = inference.basis
            try product.update(db)
        }
    }
}
