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

    /// Each marker and whether it is Danish, English or both ("for"): one lookup a word.
    static let markerLanguages: [String: (da: Bool, en: Bool)] = {
        var languages: [String: (da: Bool, en: Bool)] = [:]
        for word in markers["da", default: []] { languages[word, default: (false, false)].da = true }
        for word in markers["en", default: []] { languages[word, default: (false, false)].en = true }
        return languages
    }()

    /// The UTF-8 length of the longest marker: a longer word is none.
    static let longestMarker = markerLanguages.keys.map(\.utf8.count).max() ?? 0

    /// `da`, `en`, or nil when the text gives too little to tell.
    public static func detect(_ text: String) -> String? {
        var (danish, english) = (0, 0)
        var words = 0
        // Words as runs of letters, lowercased scalar by scalar: no copy of the whole text, and
        // only words as short as the markers become Strings.
        let longest = longestMarker
        var word = String.UnicodeScalarView()
        var wordLength = 0
        var danishLetters = 0
        func endWord() {
            guard wordLength > 0 else { return }
            words += 1
            if wordLength <= longest {
                if let languages = markerLanguages[String(word)] {
                    if languages.da { danish += 1 }
                    if languages.en { english += 1 }
                }
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
        danish += danishLetters / 2
        // A tie tells nothing.
        let (best, count, runnerUp) = danish >= english ? ("da", danish, english) : ("en", english, danish)
        guard words >= 20, Double(count) >= Double(words) * 0.08 else { return nil }
        return count > runnerUp ? best : nil
    }
}
