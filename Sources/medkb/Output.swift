import Foundation
import MedKB

/// Standard output, for every command: each write is checked, so that a full disk or a
/// closed output is reported (`could not write the output: No space left on device`,
/// exit status 1) instead of lost. Writes are not buffered, so nothing waits to be flushed.
enum Output {
    /// Writes `text` and a newline. On a terminal its control characters are shown escaped
    /// (`\u{1B}`) unless the renderer escaped the data itself to add colour (`laidOut`).
    static func print(_ text: String, laidOut: Bool = false) throws {
        let shown = !laidOut && outputIsTerminal ? TerminalText.escaped(text) : text
        if let code = send(Data((shown + "\n").utf8), to: STDOUT_FILENO) {
            throw CommandError(LanguageOption.messages.format("could_not_write", String(cString: strerror(code))))
        }
    }

    /// Writes all of `data` to the open file `descriptor`; the errno of a failed write, else nil.
    static func send(_ data: Data, to descriptor: Int32) -> Int32? {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }
}

/// Writes a line to standard error, its control characters escaped.
func printError(_ message: String) {
    _ = Output.send(Data((TerminalText.escaped(message) + "\n").utf8), to: STDERR_FILENO)
}
