import Foundation
import GRDB

extension KnowledgeBase {
    /// A guideline by its id or a unique prefix of it, the path it was imported from, or
    /// words of its title.
    public func guideline(matching query: String) throws -> DocumentRecord {
        let guidelines = try documents(ofKind: .guideline)
        if let found = guidelines.first(where: { $0.source == query }) { return found }
        let byId = guidelines.filter { !query.isEmpty && $0.id.hasPrefix(query.lowercased()) }
        if byId.count == 1 { return byId[0] }
        let words = query.lowercased().split { !$0.isLetter && !$0.isNumber }
        let byTitle = guidelines.filter { document in
            let title = (document.title ?? "").lowercased()
            return !words.isEmpty && words.allSatisfy { title.contains($0) }
        }
        if byTitle.count == 1 { return byTitle[0] }
        throw QueryError.unknownGuideline(query, known: guidelines.map { "\($0.title ?? $0.source) (\($0.id.prefix(12)))" })
    }

    public func check(guideline query: String) throws -> GuidelineCheck {
        let guideline = try guideline(matching: query)
        let products = try products()
        let productDocuments = [DocumentKind.eparOverview.rawValue, DocumentKind.smpc.rawValue]
        let described = try dbQueue.read { db in
            Set(try String.fetchAll(db, sql: "SELECT id FROM document WHERE kind IN (?, ?)", arguments: StatementArguments(productDocuments)))
        }
        let sides = try products.filter { !described.isDisjoint(with: $0.documents) }.map { try side(of: $0) }
            .filter { $0.documents.contains { productDocuments.contains($0.kind) } }
        return GuidelineCheck(GuidelineCheck.Inputs(guideline: guideline, facts: try facts(inDocument: guideline.id),
                                                    products: products, sides: sides))
    }
}
