import Foundation

/// Abbreviations a text defines ("castration-resistant prostate cancer (CRPC)") and later
/// uses on their own ("metastatic CRPC"): expanded so that the lexicon finds the concept.
enum Abbreviations {
    nonisolated(unsafe) static let definition = try! Pattern("(?<long>(?:[\\p{L}][\\p{L}'-]* ){1,6})\\((?<abbr>\\p{Lu}[\\p{L}]{1,7})\\)")

    /// Each abbreviation whose capitals are the initials of the words before it.
    static func definitions(in text: String) -> [String: String] {
        var found: [String: String] = [:]
        for match in text.matches(of: definition) {
            guard let long = match["long"]?.substring, let abbr = match["abbr"]?.substring else { continue }
            let capitals = abbr.filter(\.isUppercase).lowercased()
            guard capitals.count >= 2 else { continue }
            // Take words from the end until their initials (each part of a hyphenated word
            // counts) spell the abbreviation's capitals.
            var initials = ""
            var words: [Substring] = []
            for word in long.split(separator: " ").reversed() {
                initials = word.split(separator: "-").compactMap { $0.first.map { String($0).lowercased() } }.joined() + initials
                words.insert(word, at: 0)
                if initials == capitals {
                    found[String(abbr)] = words.joined(separator: " ")
                    break
                }
                if initials.count >= capitals.count { break }
            }
        }
        return found
    }

    /// The text with each defined abbreviation that stands alone replaced by its long form.
    static func expand(_ text: String, with definitions: [String: String]) -> String {
        guard !definitions.isEmpty else { return text }
        var out = text
        for (abbr, long) in definitions {
            // Swift's Regex has no lookbehind: the character before is matched and kept.
            let regex = try! Pattern("(?<before>^|[^\\p{L}(])" + NSRegularExpression.escapedPattern(for: abbr) + "(?![\\p{L})])")
            out = out.replacing(regex) { match in (match["before"]?.substring.map(String.init) ?? "") + long }
        }
        return out
    }
}
