import Foundation
import GRDB

extension KnowledgeBase {
    /// A guideline by its id or a unique prefix of it, the path it was imported from, or words
    /// of its title, else of its source's path, else of an organisation its text names ("DSAM").
    public func guideline(matching query: String) throws -> DocumentRecord {
        let guidelines = try documents(ofKind: .guideline)
        if let found = guidelines.first(where: { $0.source == query }) { return found }
        let byId = guidelines.filter { !query.isEmpty && $0.id.hasPrefix(query.lowercased()) }
        if byId.count == 1 { return byId[0] }
        let words = query.lowercased().split { !$0.isLetter && !$0.isNumber }
        func named(_ name: String) -> Bool { !words.isEmpty && words.allSatisfy { name.lowercased().contains($0) } }
        let ways: [(DocumentRecord) -> Bool] = [
            { named($0.title ?? "") }, { named($0.source) }, { OrganisationScanner.names(in: $0.text).contains(where: named) },
        ]
        // The first way that finds any guideline decides: one is the answer, several are too many.
        for way in ways {
            let found = guidelines.filter(way)
            if found.count == 1 { return found[0] }
            if found.count > 1 { break }
        }
        // Each guideline with every name it can be found by.
        throw QueryError.unknownGuideline(query, known: guidelines.map { guideline in
            let organisations = OrganisationScanner.names(in: guideline.text).joined(separator: ", ")
            let names = (guideline.title == nil ? [] : [guideline.source]) + [organisations, String(guideline.id.prefix(12))]
            return "\(guideline.title ?? guideline.source) (\(names.filter { !$0.isEmpty }.joined(separator: "; ")))"
        })
    }

    public func check(guideline query: String) throws -> GuidelineCheck {
        let guideline = try guideline(matching: query)
        let products = try products()
        let productDocuments = [DocumentKind.eparOverview.rawValue, DocumentKind.smpc.rawValue]
        let described = try database.read { db in
            Set(try String.fetchAll(db, sql: "SELECT id FROM document WHERE kind IN (?, ?)", arguments: StatementArguments(productDocuments)))
        }
        let sides = try products.filter { !described.isDisjoint(with: $0.documents) }.map { try side(of: $0) }
            .filter { $0.documents.contains { productDocuments.contains($0.kind) } }
        return GuidelineCheck(GuidelineCheck.Inputs(guideline: guideline, facts: try facts(inDocument: guideline.id),
                                                    products: products, sides: sides))
    }
}
