import FuzzSupport

/// One input as a text file, recognised and parsed by the parser for its kind.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    readAndParse(data, size, source: "fuzz.txt")
    return 0
}

@main
enum FuzzText {
    static func main() { runFuzzer(fuzz) }
}
