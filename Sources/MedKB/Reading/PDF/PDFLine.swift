/// A line of a PDF page as a reader sees it: characters sharing a baseline, left to right,
/// cut into cells where a gap is wider than a word space (table columns, tab stops).
struct PDFLine: Sendable {
    struct Cell: Sendable {
        var glyphs: [PDFGlyph]
        var x0: Double { glyphs.first?.x0 ?? 0 }
    }

    var page: Int
    var cells: [Cell]
    var y0: Double
    var y1: Double
    /// The size most of the line's characters have; smaller raised ones are superscripts.
    var fontSize: Double
    var middle: Double

    var height: Double { y1 - y0 }

    /// The line's text with single spaces between words and a tab between cells.
    var text: String {
        cells.map { cell in
            var out = String.UnicodeScalarView()
            for (index, glyph) in cell.glyphs.enumerated() {
                if index > 0, PDFLineBuilder.isWordGap(from: cell.glyphs[index - 1], to: glyph) { out.append(" ") }
                out.append(glyph.scalar)
            }
            return String(out)
        }.joined(separator: "\t")
    }

    /// A footnote mark or exponent: smaller than the line's text and above its middle.
    func isSuperscript(_ glyph: PDFGlyph) -> Bool {
        glyph.fontSize > 0 && glyph.fontSize < fontSize * 0.8 && glyph.middle < middle - height * 0.1
    }
}
