/// Why a file was refused; each message says what was wrong and what to do.
public enum ReadError: Error, Equatable, LocalisedMessage {
    case notText(reason: String)
    /// Neither UTF-8 nor plausible Windows-1252: the first byte that is not UTF-8, and why Windows-1252 does not fit.
    case unknownEncoding(byte: String, offset: Int, reason: String)
    case officeFile(OfficeFile)
    case empty
    case unknownLanguage
    case unknownKind(language: String)
    case kindNeedsWorkbook
    case tooLarge(scalars: Int, limit: Int)

    /// The refusal in the labels' words; the reasons read from the bytes (an encoding's) stay English.
    public func message(_ labels: ReportLabels) -> String {
        switch self {
        case let .notText(reason): return labels.format("refused_not_text", reason)
        case let .unknownEncoding(byte, offset, reason): return labels.format("refused_encoding", byte, String(offset), reason)
        case let .officeFile(file): return file.refusal(labels)
        case .empty: return labels["refused_empty"]
        case .unknownLanguage: return labels["refused_language"]
        case .kindNeedsWorkbook: return labels["refused_needs_workbook"]
        case let .tooLarge(scalars, limit): return labels.format("refused_too_large", megabytes(scalars), megabytes(limit))
        case let .unknownKind(language): return labels.format("refused_kind", language)
        }
    }

    func megabytes(_ count: Int) -> String { String(format: "%.1f M", Double(count) / 1_000_000) }
}
