/// Text as it may be shown on a terminal or in an error message: the control characters
/// that could move the cursor, recolour or clear the screen, or reorder what follows, are
/// written out as Swift escapes.
///
///     TerminalText.escaped("\u{1B}[31mX")  // \u{1B}[31mX, as ten visible characters
public enum TerminalText {
    /// `text` with every control character but those in `kept` escaped as `\u{1B}`.
    public static func escaped(_ text: String, keeping kept: Set<Unicode.Scalar> = ["\n", "\t"]) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && !kept.contains($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar), !kept.contains(scalar) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// C0 and C1 controls and DEL, and the bidirectional embeddings, overrides and isolates.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
