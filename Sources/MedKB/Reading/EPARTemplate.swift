import Foundation

/// The fixed headings of EMA's EPAR overviews: the current template ("What is X and
/// what is it used for?") and the older "EPAR summary for the public" ("What is X?",
/// "What is X used for?"), in Danish and English. Each heading names the product.
public enum EPARTemplate {
    /// What a section of an overview is about.
    public enum Role: String, Sendable {
        case whatIs, whatUsedFor, howUsed, howWorks, studied, benefits, risks, whyApproved, safeUse, otherInformation
    }

    struct Heading {
        let role: Role
        let regex: Pattern
        /// The word the heading starts with, lowercased; nil when its pattern starts otherwise
        /// (with alternatives). A line is matched only against the headings of its first word.
        let leadWord: String?
    }

    /// Most specific first: "What is X used for?" and "What is the risk …?" must win over "What is X?".
    nonisolated(unsafe) static let headings: [String: [Heading]] = {
        func h(_ role: Role, _ pattern: String) -> Heading {
            let lead = pattern.prefix { $0.isLetter }.lowercased()
            return Heading(role: role, regex: try! Pattern("^" + pattern + "$").ignoresCase(), leadWord: lead.isEmpty ? nil : lead)
        }
        return [
            "da": [
                h(.whatUsedFor, "Hvad er (?<name>.+?),? og hvad anvendes (?:det|de) til\\?"),
                h(.whatUsedFor, "Hvad anvendes (?<name>.+?) til\\?"),
                h(.howUsed, "Hvordan anvendes (?<name>.+?)\\?"),
                h(.howWorks, "Hvordan virker (?<name>.+?)\\?"),
                h(.studied, "Hvordan (?:blev|er) (?<name>.+?) (?:blevet )?undersøgt\\?"),
                h(.benefits, "Hvilke fordele viser studierne, at der er ved (?<name>.+?)\\?"),
                h(.benefits, "Hvilken fordel viser (?<name>.+?) i (?:undersøgelserne|studierne)\\?"),
                h(.risks, "Hvilke risici er der forbundet med (?<name>.+?)\\?"),
                h(.risks, "Hvilken risiko er der forbundet med (?<name>.+?)\\?"),
                h(.whyApproved, "Hvorfor (?:er|blev) (?<name>.+?) godkendt(?: i EU)?\\?"),
                h(.safeUse, "Hvilke foranstaltninger (?:træffes der|er der truffet) for at sikre,? at (?<name>.+?) anvendes sikkert og effektivt\\?"),
                h(.otherInformation, "(?:Øvrig information|Andre oplysninger) om (?<name>.+?)"),
                h(.whatIs, "Hvad er (?<name>.+?)\\?"),
            ],
            "en": [
                h(.whatUsedFor, "What is (?<name>.+?) and what is it used for\\?"),
                h(.whatUsedFor, "What (?:is|are) (?<name>.+?) used for\\?"),
                h(.howUsed, "How (?:is|are) (?<name>.+?) used\\?"),
                h(.howWorks, "How does (?<name>.+?) work\\?"),
                h(.studied, "How has (?<name>.+?) been studied\\?"),
                h(.benefits, "What benefits? (?:of|has|have) (?<name>.+?) (?:have been shown in studies|shown during the studies)\\?"),
                h(.risks, "What (?:is|are) the risks? associated with (?<name>.+?)\\?"),
                h(.whyApproved, "Why (?:is|has) (?<name>.+?) (?:been approved|authorised in the EU|been authorised in the EU)\\?"),
                h(.safeUse, "What measures are being taken to ensure the safe and effective use of (?<name>.+?)\\?"),
                h(.otherInformation, "Other information about (?<name>.+?)"),
                h(.whatIs, "What is (?<name>.+?)\\?"),
            ],
        ]
    }()

    /// Words a heading of the template starts with, to spot headings wrapped over two lines.
    static let questionWords: Set<String> = ["hvad", "hvordan", "hvilke", "hvilken", "hvorfor", "what", "how", "why"]

    /// The words every heading above starts with: a line that starts otherwise is no heading,
    /// and is not matched against each of them.
    static let leadWords: Set<String> = questionWords.union(["øvrig", "andre", "other"])

    /// The role and product name of a heading line, if it is one.
    public static func match(_ line: String, language: String) -> (role: Role, name: String)? {
        let trimmed = line.trimmingSpaces()
        // No more UTF-8 bytes than that holds no more scalars, and needs no count of them.
        guard trimmed.utf8.count <= 160 || trimmed.unicodeScalars.count <= 160 else { return nil }
        let lead = leadWord(of: trimmed)
        guard leadWords.contains(lead) else { return nil }
        for heading in headings[language] ?? [] where heading.leadWord == nil || heading.leadWord == lead {
            if let found = heading.regex.wholeMatch(in: trimmed),
               let name = found["name"]?.substring {
                return (heading.role, String(name))
            }
        }
        return nil
    }

    static func startsWithQuestionWord(_ line: String) -> Bool {
        questionWords.contains(leadWord(of: line))
    }

    /// The letters a line starts with, lowercased. Read on the bytes when they are ASCII
    /// letters followed by an ASCII non-letter (nearly every line): telling Characters apart and
    /// asking each whether it is a letter was a good part of finding the headings.
    static func leadWord(of line: String) -> String {
        let bytes = line.utf8
        var end = bytes.startIndex
        while end < bytes.endIndex, case let byte = bytes[end], byte < 0x80, (byte | 0x20) &- 0x61 < 26 { end = bytes.index(after: end) }
        if end == bytes.endIndex || bytes[end] < 0x80 {
            return String(decoding: bytes[bytes.startIndex..<end].map { $0 | 0x20 }, as: UTF8.self)
        }
        return line.prefix { $0.isLetter }.lowercased()
    }
}
