import Foundation

/// The route of administration a sentence states: a route word of the lexicon ("subkutan",
/// "by mouth", "inhaler") or where the medicine goes, said in words ("into the shoulder
/// muscle", "i skulder- eller sædemusklen", "applied to the affected areas of skin",
/// "injected into the eye"). A route named after "together with …" belongs to the other
/// medicine ("given together with diabetes medicines taken by mouth") and is not read.
public enum RouteReader {
    nonisolated(unsafe) static let described: [(Pattern, String)] = [
        ("\\binject\\w*\\b[^.;]{0,40}?\\binto (?:the|an?) (?:affected )?eyes?\\b|\\binto the vitreous\\b|\\bi glaslegemet\\b", "intravitreal"),
        ("\\b(?:into|in) (?:the|a) (?:[\\p{L}-]+ ){0,2}muscles?\\b|\\bi (?:en |det |\\p{L}+- (?:eller|og) )?\\p{L}*musk(?:el|len|elen)\\b", "intramuscular"),
        ("\\b(?:into|in) (?:the|a) (?:[\\p{L}-]+ ){0,2}veins?\\b|\\bi (?:en )?(?:vene|blodåre)n?\\b", "intravenous"),
        ("\\bappl(?:y|ied|ying)\\b[^.;]{0,50}?\\b(?:to|on|onto) (?:the )?(?:[\\p{L}-]+ ){0,4}skin\\b|\\bsmøres [^.;]{0,30}?\\bhuden\\b", "cutaneous"),
    ].map { (try! Pattern($0.0).ignoresCase(), $0.1) }

    nonisolated(unsafe) static let otherMedicine = try! Pattern(
        "\\b(?:together with|in combination with|combined with|sammen med|i kombination med|kombineret med)\\b").ignoresCase()

    public static func first(in text: String, language: String, lexicon: Lexicon = .shared) -> String? {
        let own = text.firstMatch(of: otherMedicine).map { String(text[..<$0.range.lowerBound]) } ?? text
        var found: [(offset: Int, route: String)] = lexicon.matches(.route, in: own, language: language).map {
            ($0.range.lowerBound, $0.concept)
        }
        for (regex, route) in described {
            if let match = own.firstMatch(of: regex) {
                found.append((own.unicodeScalars.distance(from: own.startIndex, to: match.range.lowerBound), route))
            }
        }
        return found.min { $0.offset < $1.offset }?.route
    }
}
