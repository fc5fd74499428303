import Foundation

/// A `medkb serve` process on a free loopback port, for the tests that need a real socket
/// (a browser); stopped with SIGTERM, as Ctrl-C would.
final class LiveServer: @unchecked Sendable {
    let process = Process()
    let address: String
    private let output = Pipe()

    init(database: String, arguments: [String] = [], directory: URL = TestSupport.packageRoot) throws {
        process.executableURL = CommandLineTests.executable
        process.arguments = ["serve", "--port", "0", "--database=\(database)"] + arguments
        process.currentDirectoryURL = directory
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The server prints its address once it listens: "medkb serve: open http://127.0.0.1:PORT/ (Ctrl-C stops)".
        var printed = Data()
        while !printed.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += chunk
        }
        let line = String(decoding: printed, as: UTF8.self)
        guard let match = line.firstMatch(of: /open (http:\/\/127\.0\.0\.1:\d+\/)/) else {
            process.terminate()
            throw LiveServerError(message: "medkb serve printed no address: \(line)")
        }
        address = String(match.1)
    }

    /// Stops the server as Ctrl-C would and waits for it; its exit status.
    @discardableResult func stop() -> Int32 {
        if process.isRunning { kill(process.processIdentifier, SIGINT) }
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit { if process.isRunning { process.terminate() } }
}

struct LiveServerError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
