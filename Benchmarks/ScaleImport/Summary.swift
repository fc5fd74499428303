import Foundation

/// The figures of one run, printed at the end as a Markdown table row for the README.
struct Summary {
    var documents = 0
    var megabytes = 0.0
    var importSeconds = 0.0
    var peakMegabytes = 0.0
    var floorSeconds = 0.0
    var reimportSeconds = 0.0
    var searchP50 = 0.0, searchP99 = 0.0
    /// Nil when ripgrep is not installed.
    var ripgrepP50: Double?, ripgrepP99: Double?

    var table: String {
        let header = ["documents", "MB", "import s", "docs/s", "MB/s", "peak MB", "floor s", "import/floor",
                      "re-import s", "search p50 ms", "search p99 ms", "rg p50 ms", "rg p99 ms"]
        let milliseconds = { (seconds: Double?) in seconds.map { String(format: "%.0f", $0 * 1000) } ?? "–" }
        let row = [
            "\(documents)", String(format: "%.1f", megabytes), String(format: "%.2f", importSeconds),
            String(format: "%.0f", Double(documents) / importSeconds), String(format: "%.2f", megabytes / importSeconds),
            String(format: "%.0f", peakMegabytes), String(format: "%.2f", floorSeconds),
            String(format: "%.0f×", importSeconds / floorSeconds), String(format: "%.2f", reimportSeconds),
            milliseconds(searchP50), milliseconds(searchP99), milliseconds(ripgrepP50), milliseconds(ripgrepP99),
        ]
        return [header, header.map { _ in "---:" }, row].map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
    }
}
