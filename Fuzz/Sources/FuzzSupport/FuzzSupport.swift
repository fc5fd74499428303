import Foundation
import CLibFuzzer
import MedKB

/// What the document harnesses share: an input read as a file named `source` (so that the
/// reader takes it for text or PDF), recognised, and parsed by the parser for its kind. A
/// thrown error is a clean refusal; only a trap, crash, timeout or running out of memory is a
/// finding.
public func readAndParse(_ data: UnsafePointer<UInt8>, _ size: Int, source: String) {
    guard let document = try? DocumentReader.read(Data(bytes: data, count: size), source: source) else { return }
    switch document.kind {
    case .eparOverview: _ = try? OverviewParser.parse(document)
    case .smpc: _ = try? SmPCParser.parse(document)
    case .guideline: _ = GuidelineParser.parse(document)
    case .catalogueEntry: break
    }
}

/// libFuzzer's driver on a harness's input function, with the command line's options and corpus folders.
public func runFuzzer(_ input: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, input))
}
