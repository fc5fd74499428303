import FuzzSupport

/// One input as a PDF file: its text layer read through poppler, recognised and parsed by the parser for its kind.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    readAndParse(data, size, source: "fuzz.pdf")
    return 0
}

@main
enum FuzzPDF {
    static func main() { runFuzzer(fuzz) }
}
