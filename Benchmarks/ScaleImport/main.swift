// Benchmark, not a test: how medkb scales with the number of documents. It writes N EPAR
// overviews copied from the repository's own (the test documents' and the corpus's), each
// copy about an invented product, imports them with the `medkb` of the same build run as a
// separate process, and prints:
//
// - the import's time, documents and MB per second, and peak memory;
// - the floor: the same texts loaded into a bare FTS5 table, and medkb's time over it;
// - a re-import of the same folder, which must change nothing;
// - 100 searches, each a whole `medkb search` process, against `rg` over the files.
//
// Run it on a release build, from the repository's folder (it builds medkb too):
//
//     swift run -c release scale-benchmark [--documents N] [--keep DIR]
//
// N is 2,000 unless told (up to 100,000). DIR keeps the documents, the bases, the import
// logs and each search's times (search.tsv) for a look afterwards; without it everything
// goes into a temporary folder that is removed at the end. The last lines are a Markdown
// table row for the README.
import ArgumentParser
import Foundation

struct ScaleBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scale-benchmark",
        abstract: "Import N generated EPAR overviews with medkb; time the import, a re-import and searches."
    )

    @Option(help: "How many documents to generate and import (1 to 100,000).")
    var documents = 2_000

    @Option(help: ArgumentHelp("Work in this folder and keep it; it must be new or empty.", valueName: "dir"))
    var keep: String?

    static let maximumDocuments = 100_000

    func validate() throws {
        guard (1...Self.maximumDocuments).contains(documents) else {
            throw ValidationError("--documents must be from 1 to \(Self.maximumDocuments)")
        }
    }

    func run() throws {
        let medkb = try Locations.medkb()
        let templates = try Template.load(root: try Locations.repositoryRoot())
        let generator = DocumentGenerator(templates: templates)
        // The no-hit queries are the names after the last document's.
        try generator.checkNames(count: documents + QuerySet.count(of: .nothing))
        let workspace = try Workspace.make(keep: keep)
        defer { workspace.finish() }
        var summary = Summary(documents: documents)
        // Other work on the machine shows in every figure: say how busy it was.
        var load = [0.0]
        getloadavg(&load, 1)
        print(String(format: "scale benchmark: %d documents from %d templates in %@; %d cores, load average %.2f",
                     documents, templates.count, workspace.url.path, ProcessInfo.processInfo.activeProcessorCount, load[0]))

        let generation = try measure { try generator.write(count: documents, into: workspace.documents) }
        summary.megabytes = Double(generation.value) / 1_048_576
        print(String(format: "generated %.1f MB in %.2f s", summary.megabytes, generation.seconds))

        let first = try importDocuments(medkb, workspace, log: "import")
        let counts = try BaseCounts.read(workspace.base)
        guard counts.documents == documents else {
            throw BenchmarkError("the base holds \(counts.documents) documents, not \(documents); see \(workspace.log("import"))")
        }
        (summary.importSeconds, summary.peakMegabytes) = (first.seconds, first.peakMegabytes)
        print(String(format: "import: %.2f s, %.0f documents/s, %.2f MB/s, peak memory %.0f MB; ",
                     first.seconds, Double(documents) / first.seconds, summary.megabytes / first.seconds, first.peakMegabytes)
              + counts.description)

        let floor = try Floor.load(workspace.documents, into: workspace.floorBase)
        guard floor.rows == documents else { throw BenchmarkError("the floor loaded \(floor.rows) texts, not \(documents)") }
        summary.floorSeconds = floor.seconds
        print(String(format: "floor (bare FTS5 table): %.2f s; medkb takes %.0f times as long", floor.seconds, first.seconds / floor.seconds))

        let second = try importDocuments(medkb, workspace, log: "reimport")
        let recount = try BaseCounts.read(workspace.base)
        guard recount == counts else { throw BenchmarkError("the re-import changed the base: before \(counts), after \(recount)") }
        summary.reimportSeconds = second.seconds
        print(String(format: "re-import: %.2f s, peak memory %.0f MB; nothing changed (medkb: %@)",
                     second.seconds, second.peakMegabytes, lastLine(of: workspace.log("reimport"))))

        let ripgrep = Locations.ripgrep()
        if ripgrep == nil { print("rg is not on the PATH: searches are timed with medkb only") }
        let queries = QuerySet.make(templates: templates, generator: generator, documents: documents)
        let search = SearchBenchmark(medkb: medkb, ripgrep: ripgrep, base: workspace.base, documents: workspace.documents.path)
        let timings = try search.run(queries)
        let medkbTimes = timings.map(\.medkb)
        (summary.searchP50, summary.searchP99) = (percentile(medkbTimes, 0.5), percentile(medkbTimes, 0.99))
        print(String(format: "search, %d queries, each a medkb process: p50 %.0f ms, p99 %.0f ms, max %.0f ms",
                     queries.count, summary.searchP50 * 1000, summary.searchP99 * 1000, medkbTimes.max()! * 1000))
        let ripgrepTimes = timings.compactMap(\.ripgrep)
        if !ripgrepTimes.isEmpty {
            let (p50, p99) = (percentile(ripgrepTimes, 0.5), percentile(ripgrepTimes, 0.99))
            (summary.ripgrepP50, summary.ripgrepP99) = (p50, p99)
            print(String(format: "rg over the files: p50 %.0f ms, p99 %.0f ms, max %.0f ms; rg/medkb p50 %.2f, p99 %.2f",
                         p50 * 1000, p99 * 1000, ripgrepTimes.max()! * 1000, p50 / summary.searchP50, p99 / summary.searchP99))
        }
        try SearchBenchmark.table(timings).write(to: workspace.url.appendingPathComponent("search.tsv"), atomically: true, encoding: .utf8)
        for timing in timings.sorted(by: { $0.medkb > $1.medkb }).prefix(3) {
            print(String(format: "  slowest: %.0f ms  %@ (%@)", timing.medkb * 1000, timing.query.words.joined(separator: " "), timing.query.kind.rawValue))
        }

        print("\n" + summary.table + "\n")
    }

    /// `medkb import` of the documents into the base, its output in DIR/`log`.log.
    func importDocuments(_ medkb: String, _ workspace: Workspace, log: String) throws -> ChildRun {
        let run = try ChildProcess.run(medkb, ["import", "--database", workspace.base, workspace.documents.path],
                                       output: workspace.log(log))
        guard run.status == 0 else {
            // The folder may be removed on the way out: show why here.
            let lines = (try? String(contentsOfFile: workspace.log(log), encoding: .utf8))?.split(separator: "\n") ?? []
            print(lines.filter { $0.contains("refused") }.prefix(10).joined(separator: "\n"))
            throw BenchmarkError("medkb import exited with status \(run.status); its output is in \(workspace.log(log))")
        }
        return run
    }

    func lastLine(of path: String) -> String {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").last.map(String.init) ?? "no output"
    }
}

/// Runs `body` and returns its value and how long it took.
func measure<T>(_ body: () throws -> T) rethrows -> (value: T, seconds: Double) {
    let start = DispatchTime.now()
    let value = try body()
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
}

ScaleBenchmark.main()
