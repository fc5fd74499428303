/// A PDF's lines as one normalised text, normalised the way text files are (so that a
/// PDF and a text file of the same document give the same facts), with each scalar's
/// page, position and superscript flag kept beside it.
enum PDFTextAssembler {
    static func assemble(_ pages: [[PDFLine]]) -> (text: NormalizedText, geometry: TextGeometry) {
        var raw = String.UnicodeScalarView()
        var rawPages: [Int32] = []
        var rawXs: [Float] = []
        var rawSuperscripts: [Bool] = []
        func append(_ scalar: Unicode.Scalar, page: Int, x: Double, superscript: Bool = false) {
            raw.append(scalar)
            rawPages.append(Int32(page))
            rawXs.append(Float(x))
            rawSuperscripts.append(superscript)
        }
        var previous: PDFLine?
        for line in pages.joined() {
            let firstX = line.cells.first?.x0 ?? 0
            if let previous {
                append("\n", page: line.page, x: firstX)
                // A gap of most of a line's height between lines of a page is a paragraph break.
                if previous.page == line.page, line.y0 - previous.y1 > 0.6 * max(previous.height, 1) {
                    append("\n", page: line.page, x: firstX)
                }
            }
            for (separator, glyph) in line.characters {
                if let separator { append(separator, page: line.page, x: glyph.x0) }
                // A combining mark drawn as its own glyph joins the letter before it.
                if glyph.scalar.properties.canonicalCombiningClass != .notReordered, let last = raw.last,
                   let composed = compose(last, glyph.scalar) {
                    raw.removeLast()
                    raw.append(composed)
                    continue
                }
                let superscript = line.isSuperscript(glyph)
                // A power of ten ("2 × 10⁸ cells") would read as 108: it is written 10^8.
                if superscript, glyph.scalar.properties.numericType != nil || glyph.scalar == "-" || glyph.scalar == "−",
                   rawSuperscripts.last == false, raw.count >= 2, String(raw.suffix(2)) == "10" {
                    append("^", page: line.page, x: glyph.x0, superscript: true)
                }
                append(glyph.scalar, page: line.page, x: glyph.x0, superscript: superscript)
            }
            previous = line
        }
        let text = TextNormalizer.normalize(String(raw), keepingCells: true)
        // Normalisation counts in the NFC form of the raw text; the raw text is built
        // composed, so its offsets are the same.
        let last = rawPages.count - 1
        let geometry = TextGeometry(
            pages: text.origins.map { rawPages[min($0, last)] },
            xs: text.origins.map { rawXs[min($0, last)] },
            superscripts: text.origins.map { rawSuperscripts[min($0, last)] })
        return (text, geometry)
    }

    static func compose(_ base: Unicode.Scalar, _ mark: Unicode.Scalar) -> Unicode.Scalar? {
        var pair = String.UnicodeScalarView()
        pair.append(base)
        pair.append(mark)
        let composed = String(pair).precomposedStringWithCanonicalMapping.unicodeScalars
        return composed.count == 1 ? composed.first : nil
    }
}
