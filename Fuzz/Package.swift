// swift-tools-version:6.1
// libFuzzer harnesses for medkb's readers, one executable per reader. A package of its own so
// that the fuzzer flags (-sanitize=fuzzer) never reach the main build; `scripts/fuzz` builds and runs it.
import PackageDescription

let package = Package(
    name: "medkb-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        // The main package, whatever its folder is called (a worktree, a clone): named so the targets can find it.
        .package(name: "medkb", path: ".."),
    ],
    targets: [
        // The declaration of libFuzzer's driver (no code: -sanitize=fuzzer links libFuzzer itself).
        .systemLibrary(name: "CLibFuzzer"),
        // What the harnesses share: reading and parsing a document, starting libFuzzer's driver.
        .target(name: "FuzzSupport", dependencies: [.product(name: "MedKB", package: "medkb"), "CLibFuzzer"]),
        // Text files: DocumentReader (as "fuzz.txt"), then the parser for the kind it recognises.
        .executableTarget(name: "fuzz-text", dependencies: ["FuzzSupport"]),
        // PDF files: DocumentReader (as "fuzz.pdf", through poppler), then the parser for its kind.
        .executableTarget(name: "fuzz-pdf", dependencies: ["FuzzSupport"]),
        // EMA catalogue workbooks (.xlsx): CatalogueReader (ZIPFoundation, libxml2).
        .executableTarget(name: "fuzz-workbook", dependencies: ["FuzzSupport", .product(name: "MedKB", package: "medkb")]),
    ]
)
