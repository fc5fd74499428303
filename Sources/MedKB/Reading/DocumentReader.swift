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
}

/// Reads a file's bytes into a recognised document, or says why it cannot.
public enum DocumentReader {
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// Checks the bytes are text, normalises them and recognises language and kind.
    /// `forcedKind` skips kind recognition (the user's `--kind`).
    public static func read(_ data: Data, source: String, forcedKind: DocumentKind? = nil) throws -> ReadDocument {
        if data.contains(0) { throw ReadError.notText(reason: "it contains NUL bytes") }
        guard let raw = String(data: data, encoding: .utf8) else {
            throw ReadError.notText(reason: "it is not valid UTF-8")
        }
        let controls = raw.unicodeScalars.filter { $0.value < 0x20 && !["\n", "\r", "\t", "\u{0C}"].contains($0) }.count
        if controls > 0, controls * 100 > raw.unicodeScalars.count { throw ReadError.notText(reason: "it is mostly control characters") }
        let text = TextNormalizer.normalize(raw)
        guard text.scalars.contains(where: { $0.properties.isAlphabetic }) else { throw ReadError.empty }
        let string = text.string
        guard let language = LanguageDetector.detect(string) else { throw ReadError.unknownLanguage }
        guard let kind = forcedKind ?? KindDetector.detect(text, language: language) else {
            throw ReadError.unknownKind(language: language == "da" ? "Danish" : "English")
        }
        return ReadDocument(id: sha256(data), source: source, kind: kind, language: language, text: text,
                            statedDate: StatedDate.find(in: string))
    }
}
