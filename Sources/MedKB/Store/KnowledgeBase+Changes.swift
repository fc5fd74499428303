import Foundation
import GRDB

extension KnowledgeBase {
    /// What changed from the export before this one to this one; nil for the earliest.
    public func changes(of catalogueId: String) throws -> CatalogueChanges? {
        try database.read { db in
            let all = try CatalogueRecord.order(Column("export_date"), Column("imported_at")).fetchAll(db)
            guard let index = all.firstIndex(where: { $0.id == catalogueId }), index > 0 else { return nil }
            return try Self.changes(from: all[index - 1], to: all[index], in: db)
        }
    }

    /// The changes of every export dated on or after `date` (ISO 8601), each against the one before it.
    public func changes(since date: String) throws -> [CatalogueChanges] {
        try database.read { db in
            let all = try CatalogueRecord.order(Column("export_date"), Column("imported_at")).fetchAll(db)
            return try all.indices.dropFirst().filter { all[$0].exportDate >= date }.map {
                try Self.changes(from: all[$0 - 1], to: all[$0], in: db)
            }
        }
    }

    static func changes(from old: CatalogueRecord, to new: CatalogueRecord, in db: Database) throws -> CatalogueChanges {
        func rows(_ catalogue: CatalogueRecord) throws -> [Int64: JSONValue] {
            var rows: [Int64: JSONValue] = [:]
            for entry in try CatalogueEntryRecord.filter(Column("catalogue_id") == catalogue.id).fetchAll(db) {
                rows[entry.productId] = try JSONValue.parse(entry.fields)
            }
            return rows
        }
        return CatalogueChanges.between(
            (old.exportDate, Set(old.fieldSet.map(\.rawValue)), try rows(old)),
            (new.exportDate, Set(new.fieldSet.map(\.rawValue)), try rows(new)))
    }
}
