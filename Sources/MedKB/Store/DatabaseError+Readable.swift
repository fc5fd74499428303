import GRDB

extension DatabaseError {
    /// What went wrong, in words a user can act on; never the SQL statement nor its arguments.
    public var readableMessage: String {
        switch resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return "the knowledge base is busy: another medkb is writing to it; try again when it has finished"
        case .SQLITE_FULL: return "the disk is full"
        case .SQLITE_NOTADB: return "it is not a knowledge base (not an SQLite database)"
        case .SQLITE_CORRUPT: return "the knowledge base is damaged; restore it from a copy made with `medkb backup`"
        case .SQLITE_READONLY: return "the knowledge base may not be written (read-only)"
        case .SQLITE_CANTOPEN: return "the file cannot be opened"
        case .SQLITE_PERM, .SQLITE_AUTH: return "permission denied"
        case .SQLITE_CONSTRAINT:
            return "the base refused a value: \(message ?? "a constraint failed")"
        default:
            return message ?? "SQLite error \(resultCode.rawValue)"
        }
    }
}

/// The message to show for any error medkb reports: a database error in words, any other as it describes itself.
public func readableMessage(for error: any Error) -> String {
    (error as? DatabaseError)?.readableMessage ?? "\(error)"
}
