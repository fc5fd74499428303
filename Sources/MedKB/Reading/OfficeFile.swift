import Foundation

/// An office file medkb does not read, known by its bytes whatever it is named (a Word
/// document saved as `.txt`), so that the refusal says what the file is and what to save it as.
public enum OfficeFile: Sendable, Equatable {
    /// Word 97–2003 (.doc): an OLE2 compound file with a WordDocument stream.
    case wordBinary
    /// Word 2007 and later (.docx): a ZIP package with word/document.xml.
    case wordXML
    /// Rich Text Format, which Word also writes; it is text, but its words sit among control words.
    case richText
    /// Excel 97–2003 (.xls): an OLE2 compound file with a Workbook stream.
    case excelBinary
    /// Another OLE2 compound file (PowerPoint 97–2003, Outlook messages).
    case otherCompound

    static let compoundSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// What the bytes are, or nil when they are none of these (text, PDF, an .xlsx workbook).
    public static func recognise(_ data: Data) -> OfficeFile? {
        if data.starts(with: compoundSignature) {
            // The compound file's directory names its streams in UTF-16LE.
            func hasStream(_ name: String) -> Bool { data.range(of: Data(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })) != nil }
            return hasStream("WordDocument") ? .wordBinary : hasStream("Workbook") ? .excelBinary : .otherCompound
        }
        if data.starts(with: Array("{\\rtf".utf8)) { return .richText }
        if WorkbookPackage.isZip(data), let directory = try? ZipDirectory(data),
           directory.entries.contains(where: { $0.name == "word/document.xml" }) {
            return .wordXML
        }
        return nil
    }

    /// "a Word document (.docx)", in the labels' words.
    func name(_ labels: ReportLabels) -> String {
        switch self {
        case .wordBinary: labels["office_word_binary"]
        case .wordXML: labels["office_word_xml"]
        case .richText: labels["office_rtf"]
        case .excelBinary: labels["office_excel_binary"]
        case .otherCompound: labels["office_other"]
        }
    }

    /// What the file is and what to do instead.
    func refusal(_ labels: ReportLabels) -> String {
        switch self {
        case .excelBinary: labels.format("refused_xls", name(labels))
        case .wordBinary, .wordXML, .richText, .otherCompound: labels.format("refused_office", name(labels))
        }
    }
}
