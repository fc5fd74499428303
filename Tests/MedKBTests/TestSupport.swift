import Foundation
@testable import MedKB

/// Paths and helpers the tests share.
enum TestSupport {
    static var documents: URL { Bundle.module.url(forResource: "Documents", withExtension: nil)! }

    static func document(_ name: String) throws -> Data {
        try Data(contentsOf: documents.appendingPathComponent(name))
    }

    /// The package root (this file is at Tests/MedKBTests/).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var corpus: URL { packageRoot.appendingPathComponent("corpus") }

    static var shared: URL { packageRoot.appendingPathComponent("../shared").standardized }

    /// A fresh database file in a fresh temporary folder.
    static func temporaryDatabase() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("medkb-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("kb.sqlite").path
    }

    /// Reads and parses a document as an import would.
    static func facts(of data: Data, source: String = "test.txt") throws -> (ReadDocument, [Fact]) {
        let document = try DocumentReader.read(data, source: source)
        return (document, try ParsedDocument(document).facts)
    }
}
