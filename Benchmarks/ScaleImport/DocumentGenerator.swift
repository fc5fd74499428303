import Foundation

/// Writes the documents to import: document `i` is template `i % T` naming the product
/// `InventedName.make(i)`, so the same count gives the same bytes on every run.
struct DocumentGenerator {
    let templates: [Template]

    /// Folders of this many files keep every folder small.
    static let filesPerFolder = 1_000

    /// `003/03141-prolia-epar-overview_da.txt`.
    func relativePath(of index: Int) -> String {
        let folder = String(format: "%03d", index / Self.filesPerFolder)
        return "\(folder)/\(String(format: "%05d", index))-\(templates[index % templates.count].name).txt"
    }

    /// The product document `index` is about.
    func product(of index: Int) -> String { InventedName.make(index) }

    /// Refuses a template word of four letters or more that is the start of one of the first
    /// `count` names: searches for it would find products (InventedName's syllables avoid
    /// the words the templates hold today).
    func checkNames(count: Int) throws {
        let words = Set(templates.flatMap(\.pieces).flatMap { $0.lowercased().split { !$0.isLetter } }.filter { $0.count >= 4 })
        for index in 0..<count {
            let name = product(of: index).lowercased()
            for length in 4...name.count where words.contains(name.prefix(length)) {
                throw BenchmarkError("the invented name \(product(of: index)) starts with the template word \(name.prefix(length)); change InventedName.syllables")
            }
        }
    }

    /// Writes documents 0..<count below `folder`; returns how many bytes they hold.
    func write(count: Int, into folder: URL) throws -> Int {
        var bytes = 0
        for index in 0..<count {
            let url = folder.appendingPathComponent(relativePath(of: index))
            if index % Self.filesPerFolder == 0 {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            }
            let data = Data(templates[index % templates.count].render(product(of: index)).utf8)
            try data.write(to: url)
            bytes += data.count
        }
        return bytes
    }
}
