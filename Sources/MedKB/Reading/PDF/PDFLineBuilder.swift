/// Puts a page's characters into lines by their positions, not by poppler's reading order,
/// so that the cells of a table row stay on one line ("Eye disorders | Common: eye pain")
/// instead of following each other as columns.
enum PDFLineBuilder {
    static func lines(of page: PDFPageGlyphs) -> [PDFLine] {
        var rows: [[PDFGlyph]] = []
        var range: (top: Double, bottom: Double) = (0, 0)
        for glyph in page.glyphs.sorted(by: { $0.middle < $1.middle }) {
            // A character belongs to the line it overlaps by at least half of the smaller
            // height: superscripts join their line, the next line's characters do not.
            let overlap = min(range.bottom, glyph.y1) - max(range.top, glyph.y0)
            if !rows.isEmpty, overlap >= 0.5 * min(range.bottom - range.top, glyph.height) {
                rows[rows.count - 1].append(glyph)
                range = (min(range.top, glyph.y0), max(range.bottom, glyph.y1))
            } else {
                rows.append([glyph])
                range = (glyph.y0, glyph.y1)
            }
        }
        return rows.map { line(of: $0, page: page.number) }
    }

    static func line(of glyphs: [PDFGlyph], page: Int) -> PDFLine {
        let sorted = glyphs.sorted { $0.x0 < $1.x0 }
        let fontSize = dominant(sorted.map(\.fontSize))
        let main = sorted.filter { $0.fontSize >= fontSize * 0.8 }
        let y0 = (main.isEmpty ? sorted : main).map(\.y0).min() ?? 0
        let y1 = (main.isEmpty ? sorted : main).map(\.y1).max() ?? 0
        var cells: [PDFLine.Cell] = []
        for glyph in sorted {
            if let last = cells.last?.glyphs.last, !isCellGap(from: last, to: glyph, fontSize: fontSize) {
                cells[cells.count - 1].glyphs.append(glyph)
            } else {
                cells.append(PDFLine.Cell(glyphs: [glyph]))
            }
        }
        return PDFLine(page: page, cells: cells, y0: y0, y1: y1, fontSize: fontSize, middle: (y0 + y1) / 2)
    }

    /// A space between words: where poppler saw one and the characters do not overlap,
    /// or any gap wider than a quarter of the font size.
    static func isWordGap(from previous: PDFGlyph, to next: PDFGlyph) -> Bool {
        let gap = next.x0 - previous.x1
        return gap > 0.25 * max(previous.fontSize, next.fontSize, 1) || (next.startsWord && gap > 0.05)
    }

    /// A gap wider than most of an em (about three spaces; justified text stretches its
    /// spaces less) separates table columns or stands for a tab stop.
    static func isCellGap(from previous: PDFGlyph, to next: PDFGlyph, fontSize: Double) -> Bool {
        next.x0 - previous.x1 > 0.8 * max(fontSize, 1)
    }

    static func dominant(_ sizes: [Double]) -> Double {
        var counts: [Double: Int] = [:]
        for size in sizes { counts[(size * 2).rounded() / 2, default: 0] += 1 }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }?.key ?? 0
    }
}
