import Foundation
import CLibFuzzer
import MedKB

/// One input as an EMA catalogue workbook: unzipped, its sheet read and every row taken into a
/// catalogue entry, as `KnowledgeBase.importCatalogue` does before it stores anything.
/// A thrown error is a clean refusal; only a trap, crash, timeout or running out of memory is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(bytes: data, count: size)
    _ = try? CatalogueReader.read(bytes)
    return 0
}

/// libFuzzer's driver on this input function, with the command line's options and corpus folders.
@main
enum FuzzWorkbook {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzz))
    }
}
