import Foundation
import GRDB

/// The least a full-text import of the same files costs: each text read from disk and
/// inserted as it is into a bare FTS5 table, in one transaction with one prepared
/// statement. No parsing, no facts, no sections: what medkb does beyond this is its own.
enum Floor {
    /// Loads every `.txt` below `folder` into a new base at `path`; returns the seconds and rows.
    static func load(_ folder: URL, into path: String) throws -> (seconds: Double, rows: Int) {
        let start = DispatchTime.now()
        let files = textFiles(below: folder)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE doc USING fts5(text, tokenize='unicode61')")
            let insert = try db.makeStatement(sql: "INSERT INTO doc(text) VALUES (?)")
            for file in files {
                try insert.execute(arguments: [try String(contentsOf: file, encoding: .utf8)])
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let rows = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM doc") ?? 0 }
        return (seconds, rows)
    }

    /// The `.txt` files below `folder`, in name order, as `medkb import` reads them.
    static func textFiles(below folder: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "txt" { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }
}
