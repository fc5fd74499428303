import Foundation

/// The `product` fact of an overview: active substances, biosimilar or generic and of
/// which reference product, pharmaceutical form, prescription status.
enum ProductExtractor {
    nonisolated(unsafe) static let substance = try! Pattern(
        "(?:indeholder (?:de|det) aktive stof(?:fer)?|contains? the active substances?|containing the active substances?) "
            + "(?<s>[^.]+?)(?=\\.|,| og er| og | and is| which| that| som |$)").ignoresCase()
    nonisolated(unsafe) static let substanceList = try! Pattern(
        "(?:indeholder de aktive stoffer|contains? the active substances|containing the active substances) (?<s>[^.]+?)(?=\\.|, which|, som| and is| og er|$)").ignoresCase()
    nonisolated(unsafe) static let reference = try! Pattern(
        "(?:referencelægemidlet for .+? er|reference medicine for .+? is|(?:referencelægemid\\p{L}*|reference medicine)[^.]{0,80}?(?:kaldet|called|som hedder|hedder|named)|reference medicine,(?= \\p{Lu})) "
            + "(?<r>\\p{Lu}[\\p{L}\\d-]*(?: \\p{Lu}[\\p{L}\\d-]*)?)").ignoresCase()
    nonisolated(unsafe) static let form = try! Pattern(
        "(?:leveres som|fås som|findes som|is available as|comes as|is supplied as|\\b(?:is|er) (?:a|an|en|et)(?= \\p{L}+ (?:[\\p{L} -]+ )?(?:containing|that contains|der indeholder|som indeholder))) "
            + "(?:(?:a|an|en|et) )?(?<f>[^.()]+?)(?=,? (?:i|in|med|with|containing|that contains|der indeholder|som indeholder)\\b|, (?:og|and|men|but|der|som|which|that|to be|til)\\b|,? \\(|\\.|$)").ignoresCase()
    nonisolated(unsafe) static let prescriptionOnly = try! Pattern(
        "kun (?:på|efter|mod) recept|receptpligtig|only (?:be )?(?:obtained|available) (?:with|on) (?:a )?prescription|prescription[- ]only").ignoresCase()
    nonisolated(unsafe) static let overTheCounter = try! Pattern("uden recept|receptfri|without (?:a )?prescription").ignoresCase()

    static func extract(_ context: OverviewContext, title: String?) -> Fact {
        let all = context.sentences(.whatIs, .whatUsedFor, .howUsed)
        let preamble = context.sections.first { $0.role == nil }
        var evidence: Evidence?
        var substances: [String] = []
        var reference: String?
        var biosimilar: Bool?
        var generic: Bool?
        var form: String?
        var prescription: Bool?

        for (sentence, section) in all {
            let text = sentence.text.oneLine
            if substances.isEmpty, let match = text.firstMatch(of: substanceList) ?? text.firstMatch(of: substance),
               let raw = match["s"]?.substring {
                substances = splitList(String(raw)).map { normalizeSubstance($0, context) }
                if evidence == nil { evidence = context.evidence(sentence, in: section) }
            }
            let lower = text.lowercased()
            if lower.holds("biosimil") { biosimilar = true }
            if lower.holds("generisk") || lower.holds("generic") { generic = true }
            if reference == nil, let match = text.firstMatch(of: self.reference), let name = match["r"]?.substring {
                reference = String(name)
                evidence = context.evidence(sentence, in: section)
            }
            if form == nil, let match = text.firstMatch(of: self.form), let raw = match["f"]?.substring,
               !["medicine", "lægemiddel", "vaccine", "medicinal product"].contains(raw.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " ,"))) {
                form = raw.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
            }
            if prescription == nil {
                if text.firstMatch(of: prescriptionOnly) != nil { prescription = true }
                else if text.firstMatch(of: overTheCounter) != nil { prescription = false }
            }
        }
        if substances.isEmpty, let title, let open = title.firstIndex(of: "("), let close = title.lastIndex(of: ")"), open < close {
            substances = splitList(String(title[title.index(after: open)..<close])).map { normalizeSubstance($0, context) }
        }
        if biosimilar == true { generic = generic == true ? true : nil }
        let fallback = preamble.map { context.evidence(firstLine(of: $0, in: context.document.text), in: $0) }
        return context.fact(.product, [
            ("name", .string(context.product)),
            ("active_substances", .strings(substances)),
            ("biosimilar", .optional(biosimilar)),
            ("generic", .optional(generic)),
            ("reference_product", .optional(reference)),
            ("pharmaceutical_form", .optional(form)),
            ("prescription_only", .optional(prescription)),
            ("atc", .null),
        ], evidence ?? fallback ?? context.evidence(0..<min(1, context.document.text.count), in: nil))
    }

    static func splitList(_ text: String) -> [String] {
        text.components(separatedBy: CharacterSet(charactersIn: ",/"))
            .flatMap { $0.components(separatedBy: " og ") }
            .flatMap { $0.components(separatedBy: " and ") }
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }

    static func normalizeSubstance(_ raw: String, _ context: OverviewContext) -> String {
        // "capsaicin (8%)": a strength in parentheses is not part of the name.
        let name = TermListReader.removingParentheses(raw).text.trimmingCharacters(in: .whitespaces)
        if let known = context.lexicon.concept(.substance, for: name, language: context.language) { return known }
        // A Danish spelling the vocabulary lacks: the INN by the Danish spelling rules ("…hydrochlorid").
        return context.language == "da" ? ActiveSubstanceReader.englishINN(name) : name.lowercased()
    }

    static func firstLine(of section: Section, in text: NormalizedText) -> Range<Int> {
        let line = TextLine.lines(of: text, in: section.body).first { !$0.isBlank }
        return line.map { $0.start..<$0.end } ?? section.body
    }
}
