import Foundation

/// Reads the concepts of a coordinated list: "smerter i arme eller ben samt knogle-, led-
/// og muskelsmerter" gives pain in extremity, bone pain, arthralgia, myalgia.
///
/// Suspended compounds ("knogle-, led- og muskelsmerter", "bone, joint and muscle pain")
/// are expanded where the lexicon knows each expanded term; the list is then cut at
/// commas and "og", "samt", "and" (not at "eller" and "or", which join the parts of one
/// term such as "arms or legs"). An item the lexicon does not know keeps its own wording.
public enum TermListReader {
    public struct Term: Sendable, Equatable {
        public let concept: String
        /// What a parenthesis after the item said ("kun zoledronsyre"), if anything.
        public let note: String?
    }

    nonisolated(unsafe) static let danishSuspended = try! Pattern("(^|[^\\p{L}-])((?:\\p{L}+-, )*\\p{L}+-) (og|eller|samt) (\\p{L}+)")
    nonisolated(unsafe) static let englishSuspended = try! Pattern("(^|[^\\p{L}-])(\\p{L}+(?:, \\p{L}+)*),? (and|or) (\\p{L}+) (\\p{L}+)")
    nonisolated(unsafe) static let separators = try! Pattern(",\\s+|;\\s+|\\s+(?:og|samt|and|as well as|herunder|including)\\s+")

    public static func terms(in text: String, category: Lexicon.Category, language: String,
                             lexicon: Lexicon = .shared) -> [Term] {
        let expanded = expandSuspendedCompounds(text, category: category, language: language, lexicon: lexicon)
        var terms: [Term] = []
        for piece in splitOutsideParentheses(expanded) {
            let (item, note) = removingParentheses(piece)
            var chunk = item.trimmingCharacters(in: CharacterSet(charactersIn: " \n.,:;"))
            for prefix in ["andre ", "other ", "og ", "and ", "samt ", "eller "] where chunk.lowercased().hasPrefix(prefix) {
                chunk = String(chunk.dropFirst(prefix.count))
            }
            guard !chunk.isEmpty else { continue }
            let matches = lexicon.matches(category, in: chunk, language: language)
            // An English term the vocabulary knows only in part ("restless legs syndrome") keeps its wording.
            let words = Lexicon.words(Lexicon.fold(chunk))
            let partial = language == "en" && matches.count == 1 && matches[0].generated
                && matches[0].range != (words.first?.range.lowerBound ?? 0)..<(words.last?.range.upperBound ?? 0)
            let concepts = (matches.isEmpty || partial) && chunk.split(separator: " ").count <= 5 && chunk.first?.isLetter == true
                ? [chunk.lowercased().replacingOccurrences(of: "\n", with: " ")]
                : matches.map(\.concept)
            for concept in concepts where !terms.contains(where: { $0.concept == concept }) {
                terms.append(Term(concept: concept, note: note))
            }
        }
        return terms
    }

    /// Cuts at the list separators that stand outside parentheses: the commas of "(damage
    /// to the jaw bone, which may cause pain, mouth ulcers …)" do not separate terms.
    static func splitOutsideParentheses(_ text: String) -> [String] {
        var masked = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 }
            // Inside a parenthesis, separators are masked so that the split cannot see them.
            masked.append(depth > 0 && (character == "," || character == ";" || character == " ") ? "\u{1F}" : character)
            if character == ")", depth > 0 { depth -= 1 }
        }
        // A parenthesis comes back with spaces for its commas: it is read as a note only.
        return masked.split(separator: separators).map { $0.replacingOccurrences(of: "\u{1F}", with: " ") }
    }

    /// The text without its parentheses, and what the last of them said.
    public static func removingParentheses(_ text: String) -> (text: String, note: String?) {
        var out = ""
        var note = ""
        var lastNote: String?
        var depth = 0
        for character in text {
            if character == "(" { depth += 1; if depth == 1 { note = "" }; continue }
            if character == ")", depth > 0 {
                depth -= 1
                if depth == 0 { lastNote = note.trimmingCharacters(in: .whitespacesAndNewlines) }
                continue
            }
            if depth == 0 { out.append(character) } else { note.append(character) }
        }
        let folded = out.replacingOccurrences(of: "  ", with: " ").replacingOccurrences(of: " ,", with: ",")
        return (folded, lastNote)
    }

    static func expandSuspendedCompounds(_ text: String, category: Lexicon.Category, language: String,
                                         lexicon: Lexicon) -> String {
        let known = { (term: String) in lexicon.concept(category, for: term, language: language) != nil }
        var result = text
        // "knogle-, led- og muskelsmerter": the last word lends its ending to the others.
        for match in text.matches(of: danishSuspended).reversed() {
            guard let boundary = match[1].substring, let heads = match[2].substring, let conjunction = match[3].substring,
                  let last = match[4].substring.map(String.init) else { continue }
            let parts = heads.components(separatedBy: ", ").map { String($0.dropLast()) }
            let endings = (1..<max(last.count, 1)).map { String(last.dropFirst($0)) }
            guard let ending = endings.first(where: { ending in parts.allSatisfy { known($0 + ending) } }) else { continue }
            let rebuilt = boundary + parts.map { $0 + ending }.joined(separator: ", ") + " \(conjunction) " + last
            result.replaceSubrange(match.range, with: rebuilt)
        }
        // "bone, joint and muscle pain": the last noun belongs to each.
        let current = result
        for match in current.matches(of: englishSuspended).reversed() {
            guard let boundary = match[1].substring, let heads = match[2].substring, let conjunction = match[3].substring,
                  let lastModifier = match[4].substring, let noun = match[5].substring else { continue }
            let parts = heads.components(separatedBy: ", ") + [String(lastModifier)]
            guard parts.allSatisfy({ known("\($0) \(noun)") }) else { continue }
            let rebuilt = boundary + parts.dropLast().map { "\($0) \(noun)" }.joined(separator: ", ")
                + " \(conjunction) \(lastModifier) \(noun)"
            result.replaceSubrange(match.range, with: rebuilt)
        }
        return result
    }
}
