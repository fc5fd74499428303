// Benchmark, not a test: imports an EMA catalogue export into an empty base and prints
// rows per second and peak memory. Run it on a release build:
//
//     swift run -c release catalogue-import-benchmark [WORKBOOK.xlsx] [--runs N]
//
// Target (issue 4): the January 2026 export (2,650 rows) in well under 5 s, peak memory
// under 200 MB, on the 2-core build machine.
import Foundation
import BenchmarkSupport
import MedKB

let arguments = BenchmarkArguments()
let runs = arguments.runs
let workbook = arguments.paths.last ?? "../shared/data/ema-catalogue/medicines-output-medicines-report_en_2026-01-29.xlsx"

guard let data = FileManager.default.contents(atPath: workbook) else {
    FileHandle.standardError.write(Data("no workbook at \(workbook); give its path as the first argument\n".utf8))
    exit(1)
}
print("catalogue import benchmark: \(workbook) (\(data.count / 1024) KB), \(runs) runs, each into an empty base")
var best = Double.infinity
for run in 1...runs {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("medkb-benchmark-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let base = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
    let start = DispatchTime.now()
    guard case let .imported(result) = try base.importCatalogue(data, source: workbook) else { fatalError("not imported") }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    best = min(best, seconds)
    print(String(format: "run %d: %d rows in %.2f s, %.0f rows/s, %d indication facts; peak memory so far %.0f MB",
                 run, result.rows, seconds, Double(result.rows) / seconds, result.facts, peakMegabytes()))
}
print(String(format: "best: %.2f s; peak memory %.0f MB", best, peakMegabytes()))
