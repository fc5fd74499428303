import GRDB

extension KnowledgeBase {
    /// The newest section's id (0 in an empty base): what a batch of documents adds comes after it.
    static func lastSectionId(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(id), 0) FROM section")) ?? 0
    }

    /// Adds the sections stored after `lastId` to the search index, in one statement (schema v7):
    /// FTS5 writes a segment at each savepoint, so indexing each document's rows inside its own
    /// savepoint cost as much as the rest of storing it. Sections of a document that was rolled
    /// back are gone by then, so only the documents that landed are indexed.
    static func indexSections(after lastId: Int64, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO section_fts(rowid, heading, text) SELECT id, heading, text FROM section WHERE id > ?
            """).execute(arguments: [lastId])
    }
}
