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

    /// A real EMA file from `../shared/data` (never committed to the repository).
    static func realData(_ path: String) -> URL { shared.appendingPathComponent("data").appendingPathComponent(path) }

    static let catalogue2026 = realData("ema-catalogue/medicines-output-medicines-report_en_2026-01-29.xlsx")
    static let catalogue2018 = realData("ema-catalogue/Medicines_output_european_public_assessment_reports_2018-12-23.xlsx")

    /// The three EMA product-information PDFs (Annex I-III).
    static let smpcPDFs = [
        realData("smpc/azopt_EU-1-00-129_annexI-III_en_2022-05.pdf"),
        realData("smpc/xtandi_EU-1-13-846_annexI-III_en_2021-05.pdf"),
        realData("smpc/yescarta_EU-1-18-1299_annexI-III_en_2022-10.pdf"),
    ]

    /// Tests of real files run where the files are, and on CI, where a missing file is a failure.
    static func realDataAvailable(_ urls: URL...) -> Bool {
        ProcessInfo.processInfo.environment["CI"] != nil || urls.allSatisfy { FileManager.default.fileExists(atPath: $0.path) }
    }

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

    /// Runs a python3 script from the package root; its exit status and what it printed.
    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = packageRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}

/// SplitMix64: a small seeded generator, the same numbers on every run and platform (the
/// mutation and kill tests draw from it).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
