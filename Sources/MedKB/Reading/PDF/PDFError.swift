/// Why a PDF was refused; each message says what was wrong and what to do.
public enum PDFError: Error, Equatable, CustomStringConvertible {
    case notPDF
    case encrypted
    case truncated
    case damaged(reason: String)
    case noPages
    case noText(pages: Int)
    case readerMissing(reason: String)

    public var description: String {
        switch self {
        case .notPDF:
            return "not a PDF (the file does not start with %PDF-); if it is text, give it a .txt name"
        case .encrypted:
            return "the PDF is encrypted (password-protected); save an unprotected copy and import that"
        case .truncated:
            return "the PDF is truncated (no %%EOF at its end); download it again"
        case let .damaged(reason):
            return "the PDF is damaged (\(reason)); download it again"
        case .noPages:
            return "the PDF has no pages"
        case let .noText(pages):
            return "none of the PDF's \(pages) page\(pages == 1 ? "" : "s") holds text (a scan?); "
                + "medkb reads a PDF's text layer and does no OCR"
        case let .readerMissing(reason):
            return "PDFs cannot be read here: poppler's library could not be loaded (\(reason)); "
                + "install it (Debian: apt-get install libpoppler-glib8)"
        }
    }
}
