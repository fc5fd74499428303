import Foundation
import MedKB

/// The running count of an import: what each file came to, and on a terminal one line,
/// redrawn in place on standard error, with the count, the rate and the time left.
struct ImportProgress {
    let total: Int
    /// The words of the progress line and the summary.
    let labels: ReportLabels
    /// Whether the progress line is drawn (standard error is a terminal and there is more than one file).
    let drawn: Bool
    private let started: Date
    private var lastDrawn: Date
    private(set) var done = 0
    private(set) var imported = 0
    private(set) var unchanged = 0
    private(set) var refused = 0

    init(total: Int, labels: ReportLabels = .english) {
        self.total = total
        self.labels = labels
        drawn = total > 1 && isatty(STDERR_FILENO) == 1
        started = Date()
        lastDrawn = started
    }

    enum Outcome { case imported, unchanged, refused }

    mutating func count(_ outcome: Outcome) {
        done += 1
        switch outcome {
        case .imported: imported += 1
        case .unchanged: unchanged += 1
        case .refused: refused += 1
        }
        // A few times a second is enough to read, and costs nothing.
        if drawn, done == total || Date().timeIntervalSince(lastDrawn) >= 0.2 {
            lastDrawn = Date()
            draw()
        }
    }

    var seconds: Double { Date().timeIntervalSince(started) }
    var rate: Double { Double(done) / max(seconds, 0.001) }

    /// `[12,345/60,000] 210 files/s, about 3 min left`
    func line() -> String {
        var text = "[\(ChangeReport.number(done))/\(ChangeReport.number(total))] " + labels.format("progress_rate", ChangeReport.number(Int(rate.rounded())))
        // The first seconds hold the start-up (the vocabulary is loaded): a rate from them misleads.
        if done < total, seconds >= 2 { text += ", " + labels.format("progress_left", Self.duration(Double(total - done) / rate)) }
        if refused > 0 { text += ", " + labels.format("progress_refused", ChangeReport.number(refused)) }
        return text
    }

    func draw() {
        _ = Output.send(Data(("\r\u{1B}[K" + line()).utf8), to: STDERR_FILENO)
    }

    /// Takes the progress line away, so that a line of output can be printed in its place.
    func clear() {
        if drawn, done > 0 { _ = Output.send(Data("\r\u{1B}[K".utf8), to: STDERR_FILENO) }
    }

    /// `imported 59,990, unchanged 0, refused 10 in 4 min 31 s (221 files/s)`
    func summary() -> String {
        let text = labels.format("import_summary", ChangeReport.number(imported), ChangeReport.number(unchanged), ChangeReport.number(refused))
        guard total > 1 else { return text }
        return labels.format("import_rate", text, Self.duration(seconds), ChangeReport.number(Int(rate.rounded())))
    }

    /// "12.3 s", "4 min 31 s", "2 h 5 min".
    static func duration(_ seconds: Double) -> String {
        if seconds < 60 { return String(format: "%.1f s", seconds) }
        let whole = Int(seconds.rounded())
        if whole < 3600 { return "\(whole / 60) min \(whole % 60) s" }
        return "\(whole / 3600) h \(whole % 3600 / 60) min"
    }
}
