import Foundation
import Testing

/// Debian's headless Chromium opens pages of a live `medkb serve` on the corpus and the
/// test reads what it rendered (`--dump-dom`); screenshots land beside the base.
@Suite(.serialized) struct ServeBrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs Chromium headless on `url` with `arguments`; what it printed.
    static func chromium(_ arguments: [String], _ url: String, profile: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(chromium))
        // No sandbox: CI runs as root, where Chromium's sandbox does not start.
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
                             "--user-data-dir=\(profile.path)", "--window-size=1280,1600"] + arguments + [url]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let printed = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: printed, as: UTF8.self)
    }

    @Test(.enabled(if: chromium != nil, "Chromium is not installed (scripts/install-deps installs Debian's chromium)"))
    func chromiumShowsTheSearchTheCardAndTheComparison() throws {
        let database = try CommandLineTests.importedCorpus()
        let folder = URL(fileURLWithPath: database).deletingLastPathComponent()
        let server = try LiveServer(database: database)
        defer { server.stop() }
        let pages: [(name: String, path: String, shown: [String])] = [
            ("search", "?q=denosumab+knogler&lang=en", ["<h1>Search</h1>", "value=\"denosumab knogler\"", "<mark>denosumab</mark>", "<li class=\"hit\"><a href=\"/documents/", "Conexxence (denosumab) — Hvad er Conexxence"]),
            ("card", "products/Conexxence?lang=da", ["<h1>Conexxence (denosumab)</h1>", "<h2>Indikationer</h2>", "hypokalcæmi",
                                                     "Sammenlign med referencelægemidlet Prolia", "#quote\">"]),
            ("compare", "compare?a=Conexxence&b=Prolia&lang=en", ["Can Conexxence replace Prolia?", "Conexxence is declared a biosimilar of Prolia",
                                                                   "<td class=\"status same\">same</td>", "Substitueres ikke på apoteket"]),
        ]
        for page in pages {
            let dom = try Self.chromium(["--dump-dom"], server.address + page.path, profile: folder.appendingPathComponent("profile-\(page.name)"))
            #expect(dom.contains("<nav>"), "\(page.name): the page did not render: \(dom.prefix(300))")
            for text in page.shown { #expect(dom.contains(text), "\(page.name) shows no \(text)") }
            let shot = folder.appendingPathComponent("\(page.name).png")
            _ = try Self.chromium(["--screenshot=\(shot.path)"], server.address + page.path, profile: folder.appendingPathComponent("profile-\(page.name)"))
            #expect(FileManager.default.fileExists(atPath: shot.path), "\(page.name): no screenshot")
        }
        #expect(server.stop() == 0, "Ctrl-C stops the server cleanly")
    }
}
