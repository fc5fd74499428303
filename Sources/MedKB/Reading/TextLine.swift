/// A line of normalised text with its scalar offsets.
public struct TextLine: Sendable {
    public let start: Int
    public let end: Int
    public let text: String

    public var isBlank: Bool { start == end }

    /// The lines of a range of the text (the whole text by default).
    public static func lines(of text: NormalizedText, in range: Range<Int>? = nil) -> [TextLine] {
        let range = range ?? 0..<text.count
        var lines: [TextLine] = []
        var start = range.lowerBound
        for index in range where text.scalars[index] == "\n" {
            lines.append(TextLine(start: start, end: index, text: text.slice(start..<index)))
            start = index + 1
        }
        lines.append(TextLine(start: start, end: range.upperBound, text: text.slice(start..<range.upperBound)))
        return lines
    }
}
