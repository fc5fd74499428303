import Foundation
import CLibFuzzer
import MedKB

/// One input as a text file: read, recognised, and parsed by the parser for its kind.
/// A thrown error is a clean refusal; only a trap, crash, timeout or running out of memory is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(bytes: data, count: size)
    guard let document = try? DocumentReader.read(bytes, source: "fuzz.txt") else { return 0 }
    switch document.kind {
    case .eparOverview: _ = try? OverviewParser.parse(document)
    case .smpc: _ = try? SmPCParser.parse(document)
    case .guideline: _ = GuidelineParser.parse(document)
    case .catalogueEntry: break
    }
    return 0
}

/// libFuzzer's driver on this input function, with the command line's options and corpus folders.
@main
enum FuzzText {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzz))
    }
}
