import Foundation

/// Reads a PDF's text layer: lines by position, page furniture dropped, normalised.
enum PDFReader {
    static func read(_ data: Data) throws -> (text: NormalizedText, geometry: TextGeometry) {
        let file = try PDFFile(data: data)
        guard file.pages.contains(where: { !$0.glyphs.isEmpty }) else { throw PDFError.noText(pages: file.pages.count) }
        let lines = file.pages.map { (page: $0, lines: PDFLineBuilder.lines(of: $0)) }
        let assembled = PDFTextAssembler.assemble(PDFPageFurniture.removed(from: lines))
        // Page numbers alone are not text to read.
        guard assembled.text.scalars.contains(where: { $0.properties.isAlphabetic }) else {
            throw PDFError.noText(pages: file.pages.count)
        }
        return assembled
    }
}
