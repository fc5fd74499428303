import Crypto
import Foundation

/// A document read and recognised, ready for its parser.
public struct ReadDocument: Sendable {
    public let id: String
    public let source: String
    public let kind: DocumentKind
    public let language: String
    public let text: NormalizedText
    public let statedDate: String?
    /// Page and position of every scalar: from a PDF's layout, or a text file's columns.
    public let geometry: TextGeometry?
    /// The encoding a text file was read in; nil for a PDF.
    public let encoding: TextEncoding?
    /// The EPAR template's headings, when kind detection read them.
    public let eparHeadings: EPARHeadings?

    public init(id: String, source: String, kind: DocumentKind, language: String, text: NormalizedText,
                statedDate: String?, geometry: TextGeometry? = nil, encoding: TextEncoding? = nil,
                eparHeadings: EPARHeadings? = nil) {
        self.id = id
        self.source = source
        self.kind = kind
        self.language = language
        self.text = text
        self.statedDate = statedDate
        self.geometry = geometry
        self.encoding = encoding
        self.eparHeadings = eparHeadings
    }
}

/// Reads a file's bytes into a recognised document, or says why it cannot.
public enum DocumentReader {
    /// The longest text read, in Unicode scalars: the parsers are linear, and this bounds an
    /// import's time and memory well above any medicine document.
    public static let textLimit = 2_000_000

    public static func sha256(_ data: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// Checks the bytes are text, decodes and normalises them and recognises language and kind.
    /// `forcedKind` skips kind recognition (the user's `--kind`).
    public static func read(_ data: Data, source: String, forcedKind: DocumentKind? = nil) throws -> ReadDocument {
        // The bytes say what a file is, whatever its name.
        if let office = OfficeFile.recognise(data) { throw ReadError.officeFile(office) }
        if PDFFile.looksLikePDF(data) || source.lowercased().hasSuffix(".pdf") {
            return try readPDF(data, source: source, forcedKind: forcedKind)
        }
        if data.contains(0) { throw ReadError.notText(reason: "it contains NUL bytes") }
        let (raw, encoding) = try TextEncoding.decode(data)
        // One pass counts the scalars and the control characters among them.
        var (count, controls) = (0, 0)
        for scalar in raw.unicodeScalars {
            count += 1
            if scalar.value < 0x20, scalar != "\n", scalar != "\r", scalar != "\t", scalar != "\u{0C}" { controls += 1 }
        }
        if controls > 0, controls * 100 > count { throw ReadError.notText(reason: "it is mostly control characters") }
        guard count <= textLimit else { throw ReadError.tooLarge(scalars: count, limit: textLimit) }
        let text = TextNormalizer.normalize(raw)
        guard text.scalars.contains(where: { $0.properties.isAlphabetic }) else { throw ReadError.empty }
        let string = text.string
        guard let language = LanguageDetector.detect(string) else { throw ReadError.unknownLanguage }
        let detected = forcedKind == nil ? KindDetector.detectKeepingHeadings(text, language: language) : nil
        guard let kind = forcedKind ?? detected?.kind else {
            throw ReadError.unknownKind(language: language == "da" ? "Danish" : "English")
        }
        if kind == .smpc {
            // Product information keeps its table cells: the columns of section 4.8.
            let cells = TextNormalizer.normalize(raw, keepingCells: true)
            return ReadDocument(id: sha256(data), source: source, kind: kind, language: language, text: cells,
                                statedDate: StatedDate.find(in: string), geometry: columns(of: raw, for: cells), encoding: encoding)
        }
        return ReadDocument(id: sha256(data), source: source, kind: kind, language: language, text: text,
                            statedDate: StatedDate.find(in: string), encoding: encoding, eparHeadings: detected?.headings)
    }

    /// A PDF's text layer, recognised as a text file's text is.
    static func readPDF(_ data: Data, source: String, forcedKind: DocumentKind?) throws -> ReadDocument {
        let (text, geometry) = try PDFReader.read(data)
        guard text.count <= textLimit else { throw ReadError.tooLarge(scalars: text.count, limit: textLimit) }
        let string = text.string
        guard let language = LanguageDetector.detect(string) else { throw ReadError.unknownLanguage }
        let detected = forcedKind == nil ? KindDetector.detectKeepingHeadings(text, language: language) : nil
        guard let kind = forcedKind ?? detected?.kind else {
            throw ReadError.unknownKind(language: language == "da" ? "Danish" : "English")
        }
        return ReadDocument(id: sha256(data), source: source, kind: kind, language: language, text: text,
                            statedDate: StatedDate.find(in: string), geometry: geometry, eparHeadings: detected?.headings)
    }

    /// The display column of each scalar in its line of the file (tabs stop every eight
    /// columns): a text file's stand-in for a PDF's positions.
    static func columns(of raw: String, for text: NormalizedText) -> TextGeometry {
        var columns: [Float] = []
        var column = 0
        for scalar in CanonicalComposition.composed(raw).unicodeScalars {
            columns.append(Float(column))
            if scalar == "\n" || scalar == "\r" { column = 0 } else if scalar == "\t" { column += 8 - column % 8 } else { column += 1 }
        }
        let last = max(columns.count - 1, 0)
        let xs = text.origins.map { columns.isEmpty ? 0 : columns[min($0, last)] }
        return TextGeometry(pages: [], xs: xs, superscripts: Array(repeating: false, count: xs.count))
    }
}
