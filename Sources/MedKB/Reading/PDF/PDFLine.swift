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

    /// The line's characters left to right, each with what separates it from the one before:
    /// a tab between cells, a space between words, nothing inside a word.
    var characters: [(separator: Unicode.Scalar?, glyph: PDFGlyph)] {
        var out: [(separator: Unicode.Scalar?, glyph: PDFGlyph)] = []
        for (cellIndex, cell) in cells.enumerated() {
            for (index, glyph) in cell.glyphs.enumerated() {
                let separator: Unicode.Scalar? = index == 0 ? (cellIndex > 0 ? "\t" : nil)
                    : PDFLineBuilder.isWordGap(from: cell.glyphs[index - 1], to: glyph) ? " " : nil
                out.append((separator, glyph))
            }
        }
        return out
    }

    /// The line's text with single spaces between words and a tab between cells.
    var text: String {
        var out = String.UnicodeScalarView()
        for (separator, glyph) in characters {
            if let separator { out.append(separator) }
            out.append(glyph.scalar)
        }
        return String(out)
    }

    /// A footnote mark or exponent: smaller than the line's text and above its middle.
    func isSuperscript(_ glyph: PDFGlyph) -> Bool {
        glyph.fontSize > 0 && glyph.fontSize < fontSize * 0.8 && glyph.middle < middle - height * 0.1
    }
}
