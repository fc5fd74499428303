import Foundation

/// Tells Danish from English by their commonest short words and Danish letters.
public enum LanguageDetector {
    /// The commonest short words, and the words of prescriptions that a list of drug names
    /// and doses has when it has no sentence ("Rekommanderet", "doseres x 2", "2 gange dgl.").
    static let markers: [String: Set<String>] = [
        "da": ["og", "er", "det", "til", "af", "med", "hos", "der", "ikke", "som", "på", "en", "et", "kan", "ved",
               "for", "at", "de", "har", "skal", "bør", "eller", "efter", "mindst", "behandling",
               "dagligt", "gange", "doser", "doseres", "rekommanderet", "anbefales", "dgl", "døgn", "valg", "hver"],
        "en": ["the", "and", "of", "is", "to", "in", "with", "for", "that", "are", "it", "be", "by", "as", "or",
               "this", "has", "was", "which", "who", "patients", "treatment",
               "daily", "times", "doses", "recommended", "every", "choice"],
    ]

    /// `da`, `en`, or nil when the text gives too little to tell.
    public static func detect(_ text: String) -> String? {
        var counts: [String: Int] = [:]
        var words = 0
        // Words as runs of letters, lowercased scalar by scalar: no copy of the whole text, and
        // only words as short as the markers become Strings.
        let longest = markers.values.flatMap { $0 }.map(\.utf8.count).max() ?? 0
        var word = String.UnicodeScalarView()
        var wordLength = 0
        var danishLetters = 0
        func endWord() {
            guard wordLength > 0 else { return }
            words += 1
            if wordLength <= longest {
                let string = String(word)
                for (language, set) in markers where set.contains(string) { counts[language, default: 0] += 1 }
            }
            word = String.UnicodeScalarView()
            wordLength = 0
        }
        // A word longer than every marker is only counted, never spelled out.
        func append(_ scalar: Unicode.Scalar) {
            wordLength += 1
            if wordLength <= longest { word.append(scalar) }
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                if ("a"..."z").contains(scalar) {
                    append(scalar)
                } else if ("A"..."Z").contains(scalar) {
                    append(Unicode.Scalar(scalar.value + 32)!)
                } else {
                    endWord()
                }
            } else if scalar.properties.isAlphabetic {
                switch scalar {
                case "æ", "ø", "å", "Æ", "Ø", "Å": danishLetters += 1
                default: break
                }
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { append(lower) }
            } else {
                endWord()
            }
        }
        endWord()
        counts["da", default: 0] += danishLetters / 2
        guard words >= 20, let best = counts.max(by: { $0.value < $1.value }),
              Double(best.value) >= Double(words) * 0.08 else { return nil }
        let runnerUp = counts.filter { $0.key != best.key }.map(\.value).max() ?? 0
        return best.value > runnerUp ? best.key : nil
    }
}
