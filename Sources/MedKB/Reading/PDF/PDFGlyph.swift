/// One character of a PDF page where poppler placed it, in points from the page's top left.
struct PDFGlyph: Sendable {
    var scalar: Unicode.Scalar
    var x0: Double
    var y0: Double
    var x1: Double
    var y1: Double
    var fontSize: Double
    /// poppler put white space before it: its own word-boundary judgement, which knows
    /// the font's space width.
    var startsWord: Bool

    var height: Double { y1 - y0 }
    var middle: Double { (y0 + y1) / 2 }
}

/// The characters of one page, in poppler's order, white space left out.
struct PDFPageGlyphs: Sendable {
    /// 1-based, as a reader counts pages.
    var number: Int
    var height: Double
    var glyphs: [PDFGlyph]
}
