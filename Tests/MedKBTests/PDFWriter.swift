import CCairo
import Foundation

/// Writes PDFs for the tests with cairo: text set at given positions (table cells in
/// columns, superscripts, page numbers), paragraphs wrapped to the page, pages with only a
/// picture. What poppler reads back is then what a real PDF of that layout gives.
final class PDFWriter {
    static let pageWidth = 595.0
    static let pageHeight = 842.0
    static let margin = 60.0

    private let data = NSMutableData()
    private var surface: OpaquePointer!
    private var cairo: OpaquePointer!
    private(set) var pageNumber = 1
    /// The baseline of the next line.
    var y = PDFWriter.margin + 12
    var fontSize = 10.0 {
        didSet { cairo_set_font_size(cairo, fontSize) }
    }
    var lineHeight: Double { fontSize * 1.35 }
    /// Printed at the foot of every page when set.
    var numberPages = true

    init() {
        let closure: cairo_write_func_t = { context, bytes, length in
            Unmanaged<NSMutableData>.fromOpaque(context!).takeUnretainedValue().append(bytes!, length: Int(length))
            return CAIRO_STATUS_SUCCESS
        }
        surface = cairo_pdf_surface_create_for_stream(closure, Unmanaged.passUnretained(data).toOpaque(), Self.pageWidth, Self.pageHeight)
        cairo = cairo_create(surface)
        cairo_select_font_face(cairo, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cairo, fontSize)
    }

    /// Text at a horizontal position on the current line.
    func put(_ text: String, x: Double, size: Double? = nil, raise: Double = 0) {
        cairo_set_font_size(cairo, size ?? fontSize)
        cairo_move_to(cairo, x, y - raise)
        cairo_show_text(cairo, text)
        cairo_set_font_size(cairo, fontSize)
    }

    func width(of text: String) -> Double {
        var extents = cairo_text_extents_t()
        cairo_text_extents(cairo, text, &extents)
        return extents.x_advance
    }

    /// A line of cells, each at its column's x; a cell may end in a superscript mark.
    func row(_ cells: [(x: Double, text: String)], superscripts: [Int: String] = [:]) {
        breakPageIfFull()
        for (index, cell) in cells.enumerated() where !cell.text.isEmpty {
            put(cell.text, x: cell.x)
            if let mark = superscripts[index] { put(mark, x: cell.x + width(of: cell.text) + 0.5, size: fontSize * 0.6, raise: fontSize * 0.35) }
        }
        y += lineHeight
    }

    /// A paragraph wrapped to the text width, then a blank line's space.
    func paragraph(_ text: String) {
        for line in text.components(separatedBy: "\n") {
            var current = ""
            for word in line.split(separator: " ") {
                let candidate = current.isEmpty ? String(word) : current + " " + word
                if width(of: candidate) > Self.pageWidth - 2 * Self.margin, !current.isEmpty {
                    row([(Self.margin, current)])
                    current = String(word)
                } else {
                    current = candidate
                }
            }
            row([(Self.margin, current)])
        }
        y += lineHeight
    }

    /// The page number, centred in the bottom margin.
    func putPageNumber() {
        guard numberPages else { return }
        y = Self.pageHeight - 30
        put("\(pageNumber)", x: Self.pageWidth / 2, size: 9)
    }

    func newPage() {
        putPageNumber()
        cairo_show_page(cairo)
        pageNumber += 1
        y = Self.margin + 12
    }

    func breakPageIfFull() {
        if y > Self.pageHeight - Self.margin - 20 { newPage() }
    }

    /// A page with a grey picture and no text, as a scanner makes.
    func pictureOnlyPage() {
        cairo_set_source_rgb(cairo, 0.5, 0.5, 0.5)
        cairo_rectangle(cairo, 100, 100, 300, 400)
        cairo_fill(cairo)
        cairo_set_source_rgb(cairo, 0, 0, 0)
        let savedNumbering = numberPages
        numberPages = false
        newPage()
        numberPages = savedNumbering
    }

    /// The finished PDF.
    func finish() -> Data {
        putPageNumber()
        cairo_destroy(cairo)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        return data as Data
    }

    /// A text file's lines as a PDF: each line wrapped to the page, blank lines kept.
    static func render(text: String, fontSize: Double = 8) -> Data {
        let writer = PDFWriter()
        writer.fontSize = fontSize
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty { writer.paragraph(paragraph.joined(separator: "\n")) }
            paragraph = []
        }
        for line in text.components(separatedBy: "\n") {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { flush() } else { paragraph.append(line) }
        }
        flush()
        return writer.finish()
    }
}
