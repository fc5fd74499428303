import GRDB

extension KnowledgeBase {
    /// Runs `store` and then adds the sections it stored to the search index, in one statement
    /// (schema v7): FTS5 writes a segment at each savepoint, so indexing each document's rows
    /// inside its own savepoint cost as much as the rest of storing it. Sections of a document
    /// rolled back by then are gone, so only the documents that landed are indexed.
    static func indexingNewSections<Result>(in db: Database, _ store: () throws -> Result) throws -> Result {
        let lastId = try Int64.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(id), 0) FROM section")) ?? 0
        let result = try store()
        try indexSections(after: lastId, in: db)
        return result
    }

    /// Indexes the sections whose id is above `lastId`.
    static func indexSections(after lastId: Int64, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO section_fts(rowid, heading, text) SELECT id, heading, text FROM section WHERE id > ?
            """).execute(arguments: [lastId])
    }
}
