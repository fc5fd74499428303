import Foundation

/// The folder a run writes into: `docs/`, the two bases, the import logs, `search.tsv`.
struct Workspace {
    let url: URL
    /// False for a `--keep` folder, which stays for a look afterwards.
    let removeAtEnd: Bool

    var documents: URL { url.appendingPathComponent("docs") }
    var base: String { url.appendingPathComponent("kb.sqlite").path }
    var floorBase: String { url.appendingPathComponent("floor.sqlite").path }
    func log(_ name: String) -> String { url.appendingPathComponent("\(name).log").path }

    /// A fresh folder under the temporary directory, or `keep`, which must be new or empty:
    /// a folder the benchmark did not make is never written over.
    static func make(keep: String?) throws -> Workspace {
        let manager = FileManager.default
        guard let keep else {
            let url = manager.temporaryDirectory.appendingPathComponent("medkb-scale-benchmark-\(UUID().uuidString)")
            try manager.createDirectory(at: url, withIntermediateDirectories: true)
            return Workspace(url: url, removeAtEnd: true)
        }
        let url = URL(fileURLWithPath: keep)
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: url.path, isDirectory: &isFolder) {
            guard isFolder.boolValue, try manager.contentsOfDirectory(atPath: url.path).isEmpty else {
                throw BenchmarkError("\(keep) already exists and is not an empty folder; give --keep a new or empty folder")
            }
        } else {
            try manager.createDirectory(at: url, withIntermediateDirectories: true)
        }
        return Workspace(url: url, removeAtEnd: false)
    }

    func finish() {
        if removeAtEnd {
            try? FileManager.default.removeItem(at: url)
        } else {
            print("kept \(url.path)")
        }
    }
}
