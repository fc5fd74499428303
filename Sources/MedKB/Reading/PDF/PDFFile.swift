import CPopplerLoader
import Foundation

/// A PDF opened through poppler's GLib interface, loaded at the first PDF (`CPopplerLoader`);
/// reads each page's characters with their positions and font sizes. Nothing here shells out.
struct PDFFile {
    let pages: [PDFPageGlyphs]

    /// A PDF starts with `%PDF-` (within its first kilobyte, as readers allow).
    static func looksLikePDF(_ data: Data) -> Bool {
        let head = data.prefix(1024)
        return head.range(of: Data("%PDF-".utf8)) != nil
    }

    init(data: Data) throws {
        guard Self.looksLikePDF(data) else { throw PDFError.notPDF }
        // A complete PDF ends with %%EOF; poppler would otherwise rebuild a cut file and
        // read whatever pages survived, which looks like success and is not.
        guard data.suffix(1024).range(of: Data("%%EOF".utf8)) != nil else { throw PDFError.truncated }
        guard medkb_poppler_load() == 0 else { throw PDFError.readerMissing(reason: String(cString: medkb_poppler_error())) }
        let document: UnsafeMutableRawPointer = try data.withUnsafeBytes { buffer in
            var error: UnsafeMutablePointer<MedkbGError>?
            guard let document = medkb_poppler_document_new_from_data(buffer.baseAddress, buffer.count, &error) else {
                defer { if error != nil { medkb_g_error_free(error) } }
                throw Self.openError(error?.pointee)
            }
            return document
        }
        defer { medkb_g_object_unref(document) }
        let count = Int(medkb_poppler_document_get_n_pages(document))
        guard count > 0 else { throw PDFError.noPages }
        var pages: [PDFPageGlyphs] = []
        pages.reserveCapacity(count)
        for index in 0..<count {
            guard let page = medkb_poppler_document_get_page(document, Int32(index)) else {
                throw PDFError.damaged(reason: "page \(index + 1) cannot be read")
            }
            defer { medkb_g_object_unref(page) }
            var width = 0.0, height = 0.0
            medkb_poppler_page_get_size(page, &width, &height)
            pages.append(PDFPageGlyphs(number: index + 1, height: height, glyphs: Self.glyphs(of: page)))
        }
        self.pages = pages
    }

    static func openError(_ error: MedkbGError?) -> PDFError {
        guard let error else { return .damaged(reason: "poppler cannot open it") }
        let message = error.message.map { String(cString: $0) } ?? "poppler cannot open it"
        if error.domain == medkb_poppler_error_quark(), error.code == Int32(MEDKB_POPPLER_ERROR_ENCRYPTED) {
            return .encrypted
        }
        return .damaged(reason: message)
    }

    /// The page's characters: poppler's text, one rectangle per character, and the font
    /// size of each run of characters.
    static func glyphs(of page: UnsafeMutableRawPointer) -> [PDFGlyph] {
        guard let cText = medkb_poppler_page_get_text(page) else { return [] }
        defer { medkb_g_free(cText) }
        let scalars = Array(String(cString: cText).unicodeScalars)
        var rectangles: UnsafeMutablePointer<MedkbPopplerRectangle>?
        var rectangleCount: UInt32 = 0
        guard medkb_poppler_page_get_text_layout(page, &rectangles, &rectangleCount) != 0, let rectangles else { return [] }
        defer { medkb_g_free(rectangles) }
        var sizes = [Double](repeating: 0, count: scalars.count)
        if let attributes = medkb_poppler_page_get_text_attributes(page) {
            defer { medkb_poppler_page_free_text_attributes(attributes) }
            var node: UnsafeMutablePointer<MedkbGList>? = attributes
            while let current = node {
                if let attribute = current.pointee.data?.assumingMemoryBound(to: MedkbPopplerTextAttributes.self).pointee {
                    let lower = max(0, Int(attribute.start_index))
                    let upper = min(sizes.count - 1, Int(attribute.end_index))
                    if lower <= upper { for i in lower...upper { sizes[i] = attribute.font_size } }
                }
                node = current.pointee.next
            }
        }
        let count = min(scalars.count, Int(rectangleCount))
        var glyphs: [PDFGlyph] = []
        glyphs.reserveCapacity(count)
        for i in 0..<count where !scalars[i].properties.isWhitespace {
            let r = rectangles[i]
            let startsWord = i > 0 && scalars[i - 1].properties.isWhitespace
            glyphs.append(PDFGlyph(scalar: scalars[i], x0: r.x1, y0: r.y1, x1: r.x2, y1: r.y2, fontSize: sizes[i],
                                   startsWord: startsWord))
        }
        return glyphs
    }
}
