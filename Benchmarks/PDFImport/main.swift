// Benchmark, not a test: imports PDFs (by default the three SmPCs of ../shared/data/smpc)
// into an empty base and prints pages per second and peak memory. Run it on a release
// build:
//
//     swift run -c release pdf-import-benchmark [FILE.pdf ...] [--runs N]
//
// Target (issue 5): the three SmPCs (165 pages) in under 10 s on the 2-core build machine.
import Foundation
import BenchmarkSupport
import MedKB

let arguments = BenchmarkArguments()
let runs = arguments.runs
var files = arguments.paths
if files.isEmpty {
    let folder = "../shared/data/smpc"
    files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".pdf") }.sorted()
        .map { "\(folder)/\($0)" }
}

let inputs = files.compactMap { path in FileManager.default.contents(atPath: path).map { (path, $0) } }
guard !inputs.isEmpty, inputs.count == files.count else {
    FileHandle.standardError.write(Data("no PDFs to read (looked for \(files.isEmpty ? "../shared/data/smpc/*.pdf" : files.joined(separator: ", ")))\n".utf8))
    exit(1)
}
print("PDF import benchmark: \(inputs.count) files (\(inputs.map(\.1.count).reduce(0, +) / 1024) KB), \(runs) runs, each into an empty base")
var best = Double.infinity
var bestPages = 0
for run in 1...runs {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("medkb-benchmark-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let base = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
    var pages = 0, facts = 0
    let start = DispatchTime.now()
    for (path, data) in inputs {
        guard case let .imported(id, _, _, _, count, _) = try base.importDocument(data, source: path) else { fatalError("\(path) not imported") }
        pages += try base.pageCount(ofDocument: id)
        facts += count
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    if seconds < best { (best, bestPages) = (seconds, pages) }
    print(String(format: "run %d: %d pages in %.2f s, %.1f pages/s, %d facts; peak memory so far %.0f MB",
                 run, pages, seconds, Double(pages) / seconds, facts, peakMegabytes()))
}
print(String(format: "best: %.2f s, %.1f pages/s; peak memory %.0f MB", best, Double(bestPages) / best, peakMegabytes()))
