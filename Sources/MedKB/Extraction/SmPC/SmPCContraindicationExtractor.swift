import Foundation

/// `contraindication` facts of section 4.3, one item (bullet or sentence) at a time:
/// hypersensitivity to the active substance or excipients is `hypersensitivity`, to
/// anything else `hypersensitivity to X`; other items give the conditions the lexicon
/// knows, else their own short wording.
enum SmPCContraindicationExtractor {
    nonisolated(unsafe) static let hypersensitivityTo = try! Pattern(
        "^(?:known |history of )?(?:hypersensitivity|allergy) to (?<what>.+?)(?: or to | or |,|$)").ignoresCase()
    nonisolated(unsafe) static let instruction = try! Pattern("\\b(?:must|should|see|may|can|is|are|skal|bør|se|må|kan|er)\\b").ignoresCase()
    /// "Overfølsomhed over for det aktive stof eller over for et eller flere af hjælpestofferne …".
    nonisolated(unsafe) static let danishHypersensitivityTo = try! Pattern(
        "^(?:kendt )?(?:overfølsomhed|allergi) (?:over for|overfor|for|mod) (?<what>.+?)(?: eller | og |,|$)").ignoresCase()
    static let theProductItself = ["the active substance", "any of the excipients", "the excipients",
                                   "det aktive stof", "de aktive stoffer", "et eller flere af hjælpestofferne", "et af hjælpestofferne",
                                   "nogen af hjælpestofferne", "hjælpestofferne", "indholdsstofferne"]

    static func extract(_ context: SmPCContext) -> [Fact] {
        var facts: [Fact] = []
        for section in context.sections("4.3") {
            for sentence in context.sentences(of: section) {
                var item = sentence.text.replacingOccurrences(of: "\n", with: " ")
                if let first = item.first, "•▪◦●-–".contains(first) { item = String(item.dropFirst()) }
                item = TermListReader.removingParentheses(item).text
                    .trimmingCharacters(in: CharacterSet(charactersIn: " .;:"))
                for condition in conditions(in: item, context) {
                    facts.append(context.fact(.contraindication, [("condition", .string(condition))],
                                              context.evidence(sentence.start..<sentence.end, in: section)))
                }
            }
        }
        return facts
    }

    static func conditions(in item: String, _ context: SmPCContext) -> [String] {
        if let match = item.firstMatch(of: hypersensitivityTo) ?? item.firstMatch(of: danishHypersensitivityTo),
           let what = match["what"]?.substring {
            let target = what.lowercased().trimmingCharacters(in: .whitespaces)
            let rest = item[what.startIndex...].lowercased()
            if theProductItself.contains(where: rest.hasPrefix) { return ["hypersensitivity"] }
            let named = context.lexicon.concept(.substance, for: target, language: context.language) ?? target
            return ["hypersensitivity to \(named)"]
        }
        let known = context.lexicon.matches(.condition, in: item, language: context.language).map(\.concept)
        if !known.isEmpty { return unique(known) }
        let words = item.split(separator: " ")
        guard !words.isEmpty, words.count <= 5, item.firstMatch(of: instruction) == nil else { return [] }
        return [item.lowercased()]
    }
}
