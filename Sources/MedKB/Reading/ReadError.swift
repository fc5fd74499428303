/// Why a file was refused; each message says what was wrong and what to do.
public enum ReadError: Error, Equatable, CustomStringConvertible {
    case notText(reason: String)
    case officeFile(OfficeFile)
    case empty
    case unknownLanguage
    case unknownKind(language: String)
    case kindNeedsWorkbook
    case tooLarge(scalars: Int, limit: Int)

    public var description: String {
        switch self {
        case let .notText(reason):
            return "not a text file (\(reason)); medkb reads UTF-8 text such as text extracted from a PDF"
        case let .officeFile(file):
            return file.refusal
        case .empty:
            return "the file holds no text"
        case .unknownLanguage:
            return "the language is neither Danish nor English; medkb reads Danish and English documents"
        case .kindNeedsWorkbook:
            return "catalogue entries come from the EMA catalogue workbook (.xlsx), not from a text file"
        case let .tooLarge(scalars, limit):
            return "the text is \(megabytes(scalars)) characters; medkb reads documents of up to \(megabytes(limit)) "
                + "(an EPAR overview is about 0.02 M, a whole product information about 0.3 M); split the file"
        case let .unknownKind(language):
            return "not an EPAR overview or a treatment guideline (\(language) text without the EPAR template's "
                + "headings or a guideline's recommendations); use --kind to force a kind"
        }
    }

    func megabytes(_ count: Int) -> String { String(format: "%.1f M", Double(count) / 1_000_000) }
}
