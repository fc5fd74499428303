import Foundation

/// Times each query as a whole `medkb search` process, as a user would run it, and the
/// same words with ripgrep over the files, which keeps no index at all.
struct SearchBenchmark {
    let medkb: String
    let ripgrep: String?
    let base: String
    let documents: String

    struct Timing {
        let query: Query
        let medkb: Double
        let ripgrep: Double?
    }

    /// Runs each query once untimed, so both read from the page cache, then once timed.
    func run(_ queries: [Query]) throws -> [Timing] {
        try queries.map { query in
            let medkbArguments = ["search", "--database", base, "--limit", "20"] + query.words
            _ = try ChildProcess.run(medkb, medkbArguments)
            let timed = try ChildProcess.run(medkb, medkbArguments)
            guard timed.status == 0 else {
                throw BenchmarkError("medkb search \(query.words.joined(separator: " ")) exited with status \(timed.status)")
            }
            guard let ripgrep else { return Timing(query: query, medkb: timed.seconds, ripgrep: nil) }
            // Any of the words, as fixed strings; ripgrep exits with 1 when nothing matches.
            let ripgrepArguments = ["-i", "-l", "-F"] + query.words.flatMap { ["-e", $0] } + [documents]
            _ = try ChildProcess.run(ripgrep, ripgrepArguments)
            let grep = try ChildProcess.run(ripgrep, ripgrepArguments)
            guard grep.status <= 1 else {
                throw BenchmarkError("rg \(ripgrepArguments.joined(separator: " ")) exited with status \(grep.status)")
            }
            return Timing(query: query, medkb: timed.seconds, ripgrep: grep.seconds)
        }
    }
}

extension SearchBenchmark {
    /// Each query with its times in milliseconds, tab-separated: DIR/search.tsv.
    static func table(_ timings: [Timing]) -> String {
        let rows = timings.map { timing in
            [timing.query.kind.rawValue, timing.query.words.joined(separator: " "), String(format: "%.1f", timing.medkb * 1000),
             timing.ripgrep.map { String(format: "%.1f", $0 * 1000) } ?? ""].joined(separator: "\t")
        }
        return (["kind\tquery\tmedkb ms\trg ms"] + rows).joined(separator: "\n") + "\n"
    }
}

/// The value at or below which `fraction` of `values` lie (nearest rank).
func percentile(_ values: [Double], _ fraction: Double) -> Double {
    precondition(!values.isEmpty, "no values")
    let sorted = values.sorted()
    let rank = Int((fraction * Double(sorted.count)).rounded(.up))
    return sorted[min(max(rank, 1), sorted.count) - 1]
}
