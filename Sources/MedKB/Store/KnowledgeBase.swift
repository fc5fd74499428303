import Foundation
import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// The SQLite knowledge base: documents, their sections and facts, and the products
/// the facts are about.
public final class KnowledgeBase: Sendable {
    /// The base: for writing, a pool, whose reads run on read-only connections side by side
    /// and never behind a write (a web server reads while an upload imports); for queries
    /// only, one read-only connection.
    public let database: any DatabaseWriter
    public let path: String

    public enum OpenError: Error, LocalisedMessage {
        case newerSchema(path: String)
        case cannotOpen(path: String, reason: String)
        public func message(_ labels: ReportLabels) -> String {
            switch self {
            case let .newerSchema(path): return labels.format("newer_schema", path)
            case let .cannotOpen(path, reason): return labels.format("cannot_open", path, reason)
            }
        }
    }

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    ///
    /// The base is in WAL mode: a command that reads never waits for an import that writes,
    /// and sees the base as the last committed import left it. Its `-wal` and `-shm` files
    /// stay beside it (persistent WAL), so that a reader can open it read-only.
    ///
    /// `readOnly` opens it for queries only: such a connection never writes, so closing it
    /// checkpoints and syncs nothing (that was a fifth of a search's time). A base whose
    /// schema is behind is brought up to date first, through a connection that may write.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        do {
            if readOnly, let reader = try Self.openReadOnly(path) {
                database = reader
                return
            }
            let writer = try DatabasePool(path: path, configuration: Self.configuration(readOnly: false))
            // A base already up to date is only read, so that opening it never waits for an import.
            if try !Self.isUpToDate(writer, path: path) { try Self.migrator.migrate(writer) }
            if readOnly, let reader = try Self.openReadOnly(path) {
                database = reader
            } else {
                database = writer
            }
        } catch let error as DatabaseError {
            throw OpenError.cannotOpen(path: path, reason: error.readableMessage)
        }
    }

    static func configuration(readOnly: Bool) -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(5)
        config.readonly = readOnly
        if !readOnly { config.journalMode = .wal }
        config.prepareDatabase { db in
            db.add(tokenizer: FoldingTokenizer.self)
            try SectionRanking.register(on: db)
            QueryDeadline.install(on: db.sqliteConnection)
            guard !db.configuration.readonly else { return }
            // An import keeps each document in a savepoint, whose journal of the pages it changes
            // went to a temporary file (two writes a page, 40 pages a document); in memory it is at
            // most one document's pages. A larger cache keeps a batch's index pages from being
            // read again and again.
            try db.execute(sql: "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -\(Self.writerCacheKiB)")
            var persist: CInt = 1
            let code = withUnsafeMutablePointer(to: &persist) {
                sqlite3_file_control(db.sqliteConnection, nil, SQLITE_FCNTL_PERSIST_WAL, $0)
            }
            guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
        }
        return config
    }

    /// The page cache of a connection that writes, in KiB (SQLite's default is 2,000).
    static let writerCacheKiB = 16_384

    /// A read-only connection to an up-to-date base; nil when the base must be written first
    /// (its schema is behind, or it has no `-wal` and `-shm` files for a reader to use).
    static func openReadOnly(_ path: String) throws -> DatabaseQueue? {
        let reader: DatabaseQueue
        do {
            reader = try DatabaseQueue(path: path, configuration: configuration(readOnly: true))
            return try isUpToDate(reader, path: path) ? reader : nil
        } catch let error as DatabaseError where [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode) {
            return nil
        }
    }

    /// Whether every migration of this medkb is applied; refuses a base of a newer medkb.
    static func isUpToDate(_ base: some DatabaseReader, path: String) throws -> Bool {
        try base.read { db in
            guard try db.tableExists("grdb_migrations") else { return false }
            let applied = try Set(String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
            let known = Set(migrationNames)
            if !applied.isSubset(of: known) { throw OpenError.newerSchema(path: path) }
            return applied == known
        }
    }

    /// Empties the write-ahead log into the base after an import, so that the file alone holds
    /// everything and a reader has no log to read through. Best effort: while another process
    /// reads, the log stays, and the next import or SQLite's own checkpoints empty it.
    func checkpointIfIdle() {
        _ = try? database.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
    }

    static let schemaSQL: String = {
        guard let url = Bundle.module.url(forResource: "schema", withExtension: "sql"),
              let sql = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("schema.sql is missing from the build")
        }
        return sql
    }()

    /// schema.sql cut at its "-- migration: NAME" lines.
    static let migrations: [(name: String, sql: String)] = {
        var result: [(name: String, sql: String)] = []
        for line in schemaSQL.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let text = String(decoding: line, as: UTF8.self)
            if text.hasPrefix(migrationMark) {
                result.append((String(text.dropFirst(migrationMark.count)), ""))
            } else if !result.isEmpty {
                result[result.count - 1].sql += text + "\n"
            }
        }
        return result
    }()

    static let migrationMark = "-- migration: "

    /// The names of schema.sql's migrations, in order: an up-to-date base has applied them all.
    /// Written out so that opening a base reads no resource (finding and reading schema.sql was
    /// half a millisecond of every search); a test checks they are schema.sql's.
    static let migrationNames = ["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8"]

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
