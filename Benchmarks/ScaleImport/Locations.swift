import Foundation

/// Where the benchmark finds its templates and the programs it runs.
enum Locations {
    /// The repository the benchmark runs in: `swift run` starts it in the package's folder.
    static func repositoryRoot() throws -> URL {
        var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        while true {
            let marker = folder.appendingPathComponent("Tests/MedKBTests/Documents").path
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
               FileManager.default.fileExists(atPath: marker) {
                return folder
            }
            guard folder.path != "/" else { break }
            folder.deleteLastPathComponent()
        }
        throw BenchmarkError("not in the medkb repository (no Package.swift with Tests/MedKBTests/Documents here or above); run the benchmark from the repository's folder")
    }

    /// `medkb` of the same build, beside the benchmark's own executable.
    static func medkb() throws -> String {
        let folder = Bundle.main.executableURL?.deletingLastPathComponent() ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let path = folder.appendingPathComponent("medkb").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchmarkError("no medkb at \(path); build medkb first: swift build -c release")
        }
        return path
    }

    /// ripgrep on the PATH, if it is installed.
    static func ripgrep() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/rg" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
