// What the benchmarks share: their command line and the memory reading.
import Foundation

/// `[PATH ...] [--runs N]`: the files to read and how many times (3 unless told).
public struct BenchmarkArguments {
    public var runs = 3
    public var paths: [String] = []

    public init(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) {
        var index = 0
        while index < arguments.count {
            if arguments[index] == "--runs", index + 1 < arguments.count, let n = Int(arguments[index + 1]) {
                runs = max(1, n)
                index += 2
            } else {
                paths.append(arguments[index])
                index += 1
            }
        }
    }
}

/// Peak resident memory of this process so far, in MB (Linux reports kilobytes).
public func peakMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}
