// swift-tools-version:6.1
import PackageDescription

// A release of the two programs links the Swift runtime and Foundation in: binding them at
// start was half of a search's 24 ms; now it is 6 ms (the binary is 100 MB instead of 35).
// The toolchain's lld packs the ~100,000 relative relocations that brings (DT_RELR, glibc
// 2.36 or later): the loader reads 24 KB instead of a 2.8 MB table at each start.
let startsFast: [LinkerSetting] = [.unsafeFlags(
    ["-static-stdlib", "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--start-group"]
        + ["Foundation", "FoundationEssentials", "FoundationInternationalization", "CoreFoundation", "_FoundationICU",
           "_FoundationCShims", "_FoundationCollections", "swiftSynchronization", "swift_StringProcessing",
           "swift_RegexParser", "swift_Concurrency", "swiftDispatch", "dispatch", "BlocksRuntime", "swiftGlibc",
           "swift_Builtin_float"].map { "-l" + $0 }
        + ["-Xlinker", "--end-group"], .when(platforms: [.linux], configuration: .release))]

let package = Package(
    name: "medkb",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "MedKB", targets: ["MedKB"]),
        .executable(name: "medkb", targets: ["medkb"]),
        .executable(name: "medkb-serve", targets: ["medkb-serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Hummingbird's own dependencies, named because the server uses their types.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // All logic: reading documents, extracting facts, the store, queries.
        .target(
            name: "MedKB",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                "CLibXML2",
                "CPopplerLoader",
                "CStemmer",
            ],
            resources: [.copy("Resources/lexicon.tsv"), .copy("Resources/concepts.tsv"), .copy("Resources/concepts-phrase-order.txt"), .copy("Resources/concepts-words.txt"),
                        .copy("Resources/schema.sql")],
            swiftSettings: [.define("SQLITE_ENABLE_FTS5")]
        ),
        // libxml2 from the system (Debian: libxml2-dev): the workbook reader, the report check.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // poppler's GLib interface from the system (Debian: libpoppler-glib8), loaded at the
        // first PDF read rather than linked: PDF input.
        .target(name: "CPopplerLoader", linkerSettings: [.linkedLibrary("dl")]),
        // Snowball's stemmers from the system (Debian: libstemmer-dev, no pkg-config file):
        // lexicon phrases match inflected words.
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        // cairo's PDF surface (Debian: libcairo2-dev, which libpoppler-glib-dev pulls in):
        // the tests write their own PDFs with it.
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo-pdf",
            providers: [.apt(["libcairo2-dev"])]
        ),
        // `medkb serve`: the knowledge base as web pages and a JSON API, over MedKB.
        .target(
            name: "MedKBServer",
            dependencies: [
                "MedKB",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources/openapi.json")]
        ),
        // The options `medkb serve` checks and passes on to `medkb-serve`.
        .target(name: "ServeOptions", dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // The command line: a thin layer over MedKB.
        .executableTarget(
            name: "medkb",
            dependencies: [
                "MedKB",
                "ServeOptions",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: startsFast
        ),
        // The web server behind `medkb serve`, which runs it once the options are checked: a program
        // of its own, so that no other command loads Hummingbird and NIO at its start.
        .executableTarget(
            name: "medkb-serve",
            dependencies: [
                "MedKB",
                "MedKBServer",
                "ServeOptions",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: startsFast
        ),
        // What the benchmarks share: their command line, the memory reading.
        .target(name: "BenchmarkSupport", path: "Benchmarks/Support"),
        // Speed and memory of the catalogue import; a benchmark, not a test.
        .executableTarget(
            name: "catalogue-import-benchmark",
            dependencies: ["MedKB", "BenchmarkSupport"],
            path: "Benchmarks/CatalogueImport"
        ),
        // Speed and memory of PDF import (pages per second); a benchmark, not a test.
        .executableTarget(
            name: "pdf-import-benchmark",
            dependencies: ["MedKB", "BenchmarkSupport"],
            path: "Benchmarks/PDFImport"
        ),
        // How import and search scale with the number of documents: runs the built `medkb`
        // (so depends on it) on N generated overviews; a benchmark, not a test.
        .executableTarget(
            name: "scale-benchmark",
            dependencies: [
                "medkb",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/ScaleImport"
        ),
        .testTarget(
            name: "MedKBTests",
            // The command-line tests run the built `medkb`.
            dependencies: ["MedKB", "medkb", "medkb-serve", "MedKBServer", "ServeOptions", "CLibXML2", "CCairo", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                           .product(name: "HummingbirdTesting", package: "hummingbird"), .product(name: "HTTPTypes", package: "swift-http-types")],
            resources: [.copy("Documents")]
        ),
    ]
)
