import GRDB

/// What a knowledge base holds, in numbers: equal before and after a re-import that
/// changed nothing.
struct BaseCounts: Equatable, CustomStringConvertible {
    let documents: Int
    let sections: Int
    let facts: Int
    let products: Int
    /// A fact deleted and stored again gets a new id, so equal counts with a different sum are a change.
    let factIdSum: Int

    /// Reads the base at `path`, read-only (medkb's own tokenizer is not needed to count rows).
    static func read(_ path: String) throws -> BaseCounts {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        return try queue.read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            return BaseCounts(documents: try count("SELECT count(*) FROM document"),
                              sections: try count("SELECT count(*) FROM section"),
                              facts: try count("SELECT count(*) FROM fact"),
                              products: try count("SELECT count(*) FROM product"),
                              factIdSum: try count("SELECT coalesce(sum(id), 0) FROM fact"))
        }
    }

    var description: String {
        "\(documents) documents, \(sections) sections, \(facts) facts, \(products) products"
    }
}
