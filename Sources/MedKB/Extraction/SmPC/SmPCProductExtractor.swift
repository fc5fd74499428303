import Foundation

/// The `product` fact of each SmPC: the name from section 1, the active substances from
/// section 2, the pharmaceutical form from section 3, the ATC code from section 5.1.
enum SmPCProductExtractor {
    nonisolated(unsafe) static let contains = try! Pattern(
        "contains? (?:approximately |about )?\\d[\\d.,]*(?:\\s*[x×]\\s*10\\S*)?\\s*(?:mg|µg|mcg|g|ml|IU|units?|micrograms?|milligrams?)\\b(?: \\([^)]*\\))? (?:of )?(?<name>\\p{Ll}[\\p{Ll}\\d -]{2,60}?)(?=[.,;(]| as | equivalent | per | in |$)"
    ).ignoresCase()
    /// "68 ml of dispersion for infusion" names the vehicle, not a substance.
    nonisolated(unsafe) static let vehicle = try! Pattern("\\b(?:dispersion|solution|suspension|infusion|concentrate|powder|solvent|water|emulsion)\\b")
    /// "Hjælpestof(fer) med kendt virkning", "Hjælpestof, som behandleren skal være opmærksom på".
    nonisolated(unsafe) static let danishExcipients = try! Pattern("\\bHjælpesto(?:f|ffer)\\b")
    nonisolated(unsafe) static let atc = try! Pattern("ATC[- ]code:?\\s*(?<code>[A-Z]\\d{2}[A-Z]{2}\\d{2})")

    static func extract(_ context: SmPCContext) -> [Fact] {
        let names = context.sections("1")
        let compositions = context.sections("2")
        let forms = context.sections("3")
        let pharmacodynamics = context.sections("5.1")
        var facts: [Fact] = []
        for (index, section) in names.enumerated() {
            guard let line = firstLineRange(in: context.text, section) else { continue }
            // Section 2 with its sub-sections (2.1 General description, 2.2 …), up to section 3.
            let composition = index < compositions.count
                ? compositions[index].body.lowerBound..<(index < forms.count ? forms[index].range.lowerBound : compositions[index].body.upperBound)
                : nil
            let substances = composition.map { activeSubstances(in: $0, context) } ?? []
            let form = index < forms.count ? firstLine(in: context.text, forms[index]).map {
                firstSentence(of: $0).trimmingCharacters(in: CharacterSet(charactersIn: ". ")) } : nil
            let code = index < pharmacodynamics.count
                ? context.text.slice(pharmacodynamics[index].body).firstMatch(of: atc).flatMap { $0["code"]?.substring.map(String.init) }
                : nil
            facts.append(context.fact(.product, [
                ("name", .string(context.product)),
                ("active_substances", .strings(substances)),
                ("biosimilar", .null), ("generic", .null), ("reference_product", .null),
                ("pharmaceutical_form", .optional(form)),
                ("prescription_only", .null),
                ("atc", .optional(code)),
            ], context.evidence(line, in: section)))
        }
        return facts
    }

    /// The INNs of section 2: those the lexicon knows, else what "contains 40 mg of X" names.
    static func activeSubstances(in range: Range<Int>, _ context: SmPCContext) -> [String] {
        // Excipients with known effect follow under their own line; they are not active.
        var body = context.text.slice(range).replacingOccurrences(of: "\t", with: " ")
        if let excipients = body.range(of: "\nExcipient") { body = String(body[..<excipients.lowerBound]) }
        if context.language == "da", let excipients = body.firstMatch(of: danishExcipients) { body = String(body[..<excipients.range.lowerBound]) }
        body = body.replacingOccurrences(of: "\n", with: " ")
        if context.language == "da" { return ActiveSubstanceReader.read(body, language: context.language, lexicon: context.lexicon) }
        let known = unique(context.lexicon.matches(.substance, in: body, language: context.language).map(\.concept))
        if !known.isEmpty { return known }
        let stated = unique(body.matches(of: contains).compactMap { match in
            (match["name"]?.substring).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        }.filter { !$0.isEmpty && $0.firstMatch(of: vehicle) == nil }).prefix(3).map { $0 }
        if !stated.isEmpty { return stated }
        // "Yescarta (axicabtagene ciloleucel) is a genetically modified …"
        let named = try? Pattern("\\b" + NSRegularExpression.escapedPattern(for: context.product) + " \\((?<inn>\\p{Ll}[\\p{Ll} -]{2,60})\\)").ignoresCase()
        return named.flatMap { body.firstMatch(of: $0)?["inn"]?.substring }.map { [String($0)] } ?? []
    }

    /// The medicine's name: the words of section 1's first line before its strength or
    /// form ("AZOPT 10 mg/ml eye drops" gives Azopt, "Xtandi - 40 mg soft capsules" Xtandi).
    static func name(in text: NormalizedText, _ section: Section) -> String? {
        guard let line = firstLine(in: text, section) else { return nil }
        var words: [String] = []
        for word in line.split(separator: " ") {
            guard let first = word.first, !word.contains(where: \.isNumber), !first.isLowercase else { break }
            // "Adjupanrix, suspension og emulsion …": a comma ends the name.
            if word.count > 1, let last = word.last, ",;".contains(last) {
                words.append(String(word.dropLast()))
                break
            }
            words.append(String(word))
        }
        while let last = words.last, last.allSatisfy({ "-–—,".contains($0) }) { words.removeLast() }
        guard !words.isEmpty else { return nil }
        return words.map { word in
            // EMA prints some names in capitals ("AZOPT"); the catalogue writes "Azopt".
            word.count >= 4 && word.allSatisfy({ !$0.isLetter || $0.isUppercase }) ? word.prefix(1) + word.dropFirst().lowercased() : word
        }.joined(separator: " ")
    }

    /// A flattened line's first sentence: "Tablet. Hvid til næsten hvid …" gives "Tablet.".
    static func firstSentence(of line: String) -> String {
        (line.firstMatch(of: sentenceEnd).map { String(line[..<$0.range.lowerBound]) + "." } ?? line).trimmingCharacters(in: .whitespaces)
    }

    nonisolated(unsafe) static let sentenceEnd = try! Pattern("\\. (?=\\p{Lu})")

    static func firstLine(in text: NormalizedText, _ section: Section) -> String? {
        firstLineRange(in: text, section).map { text.slice($0).replacingOccurrences(of: "\t", with: " ") }
    }

    static func firstLineRange(in text: NormalizedText, _ section: Section) -> Range<Int>? {
        TextLine.lines(of: text, in: section.body).first { !$0.isBlank }.map { $0.start..<$0.end }
    }
}
