import Foundation

/// Why a file could not be read as an Excel workbook (.xlsx).
public enum WorkbookError: Error, CustomStringConvertible, Equatable {
    case notZip(reason: String)
    case missingPart(String)
    case damagedPart(part: String, reason: String)
    case partTooLarge(part: String, bytes: UInt64)
    case malformedXML(part: String, reason: String)
    case documentTypeDeclaration(part: String)
    /// A cell or row past Excel's last column or row: `reference` is "cell ZZZZZZ1600" or "row 2000000".
    case beyondSheet(part: String, reference: String, limit: String)
    case noSheet

    public var description: String {
        switch self {
        case let .notZip(reason):
            "it is not a readable .xlsx file (an .xlsx is a ZIP archive, and this one \(reason)); the file may be truncated: download it again"
        case let .missingPart(part):
            "it is not an Excel workbook: the part \(part) is missing"
        case let .damagedPart(part, reason):
            "the workbook is damaged: \(part) \(reason); download it again"
        case let .partTooLarge(part, bytes):
            "the workbook's \(part) would unpack to \(bytes / 1_000_000) MB, more than medkb reads from one part"
        case let .malformedXML(part, reason):
            "the workbook's \(part) is not well-formed XML (\(reason))"
        case let .documentTypeDeclaration(part):
            "the workbook's \(part) declares a document type, which Excel never writes and which can pull in external entities; refused"
        case let .beyondSheet(part, reference, limit):
            "the workbook's \(part) is damaged: \(reference) is beyond Excel's \(limit)"
        case .noSheet:
            "the workbook has no worksheet"
        }
    }
}
