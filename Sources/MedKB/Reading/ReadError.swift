/// Why a file was refused; each message says what was wrong and what to do.
public enum ReadError: Error, Equatable, CustomStringConvertible {
    case notText(reason: String)
    /// Neither UTF-8 nor plausible Windows-1252: the first byte that is not UTF-8, and why Windows-1252 does not fit.
    case unknownEncoding(byte: String, offset: Int, reason: String)
    case officeFile(OfficeFile)
    case empty
    case unknownLanguage
    case unknownKind(language: String)
    case kindNeedsWorkbook
    case tooLarge(scalars: Int, limit: Int)

    public var description: String {
        switch self {
        case let .notText(reason):
            return "not a text file (\(reason)); medkb reads UTF-8 or Windows-1252 text, such as text extracted from a PDF"
        case let .unknownEncoding(byte, offset, reason):
            return "the text is neither UTF-8 (byte \(byte) at offset \(offset) is not) nor Windows-1252 (\(reason)); "
                + "convert it to UTF-8 from the encoding it was saved in: `iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE-utf8.txt`, "
                + "naming that encoding after -f (MACINTOSH, ISO-8859-15, ...)"
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
