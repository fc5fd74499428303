import Foundation

/// Maps Danish and English wording to the English concepts of the facts contract.
///
/// The entries are data (`Resources/lexicon.tsv`), one line each:
/// `category <TAB> language <TAB> phrase <TAB> concept`. Matching ignores case and
/// takes whole words only; where phrases overlap the longest wins.
///
/// ```swift
/// Lexicon.shared.concept(.adverseEvent, for: "Hypokalcæmi")  // "hypocalcaemia"
/// ```
public struct Lexicon: Sendable {
    public enum Category: String, Sendable, CaseIterable {
        case substance, coMedication = "co_medication", condition, adverseEvent = "adverse_event"
        case population, context, route, site, test, endpoint, measure, frequency, number, unit, interval, form
        /// A lab test that monitors a condition ("p-calcium" for hypocalcaemia): phrase is the test concept.
        case monitors
    }

    public struct Entry: Sendable {
        public let language: String
        public let phrase: String
        public let concept: String
        let folded: [Unicode.Scalar]
    }

    /// One occurrence of a phrase in a text; `range` counts scalars of that text.
    public struct Match: Sendable, Equatable {
        public let range: Range<Int>
        public let concept: String
        public let phrase: String
    }

    public enum LoadError: Error, CustomStringConvertible {
        case malformedLine(number: Int, text: String)
        case unknownCategory(number: Int, name: String)
        public var description: String {
            switch self {
            case let .malformedLine(number, text):
                return "lexicon line \(number): expected 4 tab-separated fields, found \"\(text)\""
            case let .unknownCategory(number, name):
                return "lexicon line \(number): unknown category \"\(name)\""
            }
        }
    }

    private var entries: [Category: [Entry]] = [:]
    private var byFirstScalar: [Category: [Unicode.Scalar: [Entry]]] = [:]

    /// The lexicon shipped with medkb.
    public static let shared: Lexicon = {
        guard let url = Bundle.module.url(forResource: "lexicon", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("the lexicon resource is missing from the build")
        }
        do { return try Lexicon(tsv: text) } catch { preconditionFailure("\(error)") }
    }()

    public init(tsv: String) throws {
        for (index, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard fields.count == 4, !fields[2].isEmpty, !fields[3].isEmpty else {
                throw LoadError.malformedLine(number: index + 1, text: String(line))
            }
            guard let category = Category(rawValue: fields[0]) else {
                throw LoadError.unknownCategory(number: index + 1, name: fields[0])
            }
            let entry = Entry(language: fields[1], phrase: fields[2], concept: fields[3],
                              folded: Lexicon.fold(fields[2]))
            entries[category, default: []].append(entry)
            byFirstScalar[category, default: [:]][entry.folded[0], default: []].append(entry)
        }
    }

    public func entries(_ category: Category) -> [Entry] { entries[category] ?? [] }

    /// Lowercases scalar by scalar, so that offsets in the folded text are offsets in the text.
    static func fold(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.map(fold)
    }

    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        if lower.count == 1, let only = lower.first { return only }
        if scalar == "\u{2010}" || scalar == "\u{2011}" { return "-" }
        if scalar == "\u{2019}" { return "'" }
        return scalar
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    /// Every non-overlapping occurrence of the category's phrases, in text order.
    public func matches(_ category: Category, in text: String, language: String? = nil) -> [Match] {
        let folded = Lexicon.fold(text)
        guard let index = byFirstScalar[category] else { return [] }
        var candidates: [(Match, Int)] = []
        for position in folded.indices {
            if position > 0, Lexicon.isWordScalar(folded[position - 1]), Lexicon.isWordScalar(folded[position]) { continue }
            guard let starting = index[folded[position]] else { continue }
            for entry in starting {
                if let language, entry.language != "*", entry.language != language { continue }
                let end = position + entry.folded.count
                guard end <= folded.count, Array(folded[position..<end]) == entry.folded else { continue }
                if end < folded.count, Lexicon.isWordScalar(folded[end]), Lexicon.isWordScalar(folded[end - 1]) { continue }
                candidates.append((Match(range: position..<end, concept: entry.concept, phrase: entry.phrase), entry.folded.count))
            }
        }
        candidates.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.range.lowerBound < $1.0.range.lowerBound }
        var taken: [Match] = []
        for (match, _) in candidates where !taken.contains(where: { $0.range.overlaps(match.range) }) {
            taken.append(match)
        }
        return taken.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The concept of a phrase that is exactly a lexicon phrase (ignoring case), if any.
    public func concept(_ category: Category, for phrase: String, language: String? = nil) -> String? {
        let folded = Lexicon.fold(phrase.trimmingCharacters(in: .whitespacesAndNewlines))
        guard let first = folded.first else { return nil }
        return byFirstScalar[category]?[first]?.first {
            $0.folded == folded && (language == nil || $0.language == "*" || $0.language == language)
        }?.concept
    }

    /// The first occurrence's concept, if the text holds any phrase of the category.
    public func firstConcept(_ category: Category, in text: String, language: String? = nil) -> String? {
        matches(category, in: text, language: language).first?.concept
    }
}
