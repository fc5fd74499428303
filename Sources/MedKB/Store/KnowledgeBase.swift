import Foundation
import GRDB

/// The SQLite knowledge base: documents, their sections and facts, and the products
/// the facts are about.
public final class KnowledgeBase: Sendable {
    /// A pool: reads run on read-only connections, side by side and never behind a write
    /// (a web server reads while an upload imports).
    public let dbQueue: DatabasePool
    public let path: String

    public enum OpenError: Error, CustomStringConvertible {
        case newerSchema(path: String)
        case cannotOpen(path: String, reason: String)
        public var description: String {
            switch self {
            case let .newerSchema(path):
                return "\(path) was written by a newer medkb; update medkb, or choose another database with --database"
            case let .cannotOpen(path, reason):
                return "cannot open the database \(path): \(reason)"
            }
        }
    }

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    ///
    /// The base is in WAL mode: a command that reads never waits for an import that writes,
    /// and sees the base as the last committed import left it.
    public init(path: String) throws {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(5)
        config.journalMode = .wal
        config.prepareDatabase { db in db.add(tokenizer: FoldingTokenizer.self) }
        self.path = path
        let migrator = Self.migrator
        do {
            dbQueue = try DatabasePool(path: path, configuration: config)
            // A base already up to date is only read, so that opening it never waits for an import.
            let upToDate = try dbQueue.read { db in
                if try migrator.hasBeenSuperseded(db) { throw OpenError.newerSchema(path: path) }
                return try migrator.hasCompletedMigrations(db)
            }
            if !upToDate { try migrator.migrate(dbQueue) }
        } catch let error as DatabaseError {
            throw OpenError.cannotOpen(path: path, reason: error.readableMessage)
        }
    }

    static let schemaSQL: String = {
        guard let url = Bundle.module.url(forResource: "schema", withExtension: "sql"),
              let sql = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("schema.sql is missing from the build")
        }
        return sql
    }()

    /// schema.sql cut at its "-- migration: NAME" lines.
    static var migrations: [(name: String, sql: String)] {
        var result: [(name: String, sql: String)] = []
        for line in schemaSQL.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- migration: ") {
                result.append((String(line.dropFirst("-- migration: ".count)), ""))
            } else if !result.isEmpty {
                result[result.count - 1].sql += line + "\n"
            }
        }
        return result
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            migrator.registerMigration(migration.name) { db in
                try db.execute(sql: migration.sql)
                if migration.name == "v2" { try ProductIdentity.fillNameKeys(db) }
            }
        }
        return migrator
    }
}
