import Foundation
import GRDB

public enum BackupError: Error, LocalisedMessage, Equatable {
    case exists(path: String)
    case failed(path: String, reason: String)

    public func message(_ labels: ReportLabels) -> String {
        switch self {
        case let .exists(path): return labels.format("backup_exists", path)
        case let .failed(path, reason): return labels.format("backup_failed", path, reason)
        }
    }
}

extension KnowledgeBase {
    /// Copies the whole base into a new file at `path` with SQLite's online backup: a
    /// consistent copy of the last committed state, whatever an import writes meanwhile.
    /// Copying the `.sqlite` file alone may miss what its WAL file still holds.
    public func backup(to path: String) throws {
        // O_EXCL: the file is created here or not at all, so nothing at the path is ever overwritten.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST { throw BackupError.exists(path: path) }
            throw BackupError.failed(path: path, reason: String(cString: strerror(code)))
        }
        close(descriptor)
        do {
            var config = Configuration()
            config.prepareDatabase { db in db.add(tokenizer: FoldingTokenizer.self) }
            let destination = try DatabaseQueue(path: path, configuration: config)
            try database.backup(to: destination)
            try destination.close()
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            for suffix in ["-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            throw BackupError.failed(path: path, reason: (error as? DatabaseError)?.readableMessage ?? "\(error)")
        }
    }
}
