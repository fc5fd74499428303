import Foundation
import FuzzSupport
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

@main
enum FuzzWorkbook {
    static func main() { runFuzzer(fuzz) }
}
