import Foundation

/// The medicine an overview is about, in the document's own words: the template's headings
/// ("What is X?"), the preamble ("… (EPAR) for X."), the current title ("An overview of X and
/// why it is authorised in the EU"), the subject of its opening sentences ("X is a medicine
/// used to treat …", "X contains the active substance …") or a title line that the text
/// names again.
enum OverviewName {
    nonisolated(unsafe) static let stated = try! Pattern(
        "\\(EPAR\\) for (?<n>\\p{Lu}[^.\\n]{0,60}?)\\.(?:\\s|$)|An overview of (?<o>.{1,60}?) and why (?:it is|they are) authorised|"
            + "En oversigt over (?<d>.{1,60}?) og hvorfor (?:det|de) er godkendt").ignoresCase()
    /// A sentence whose subject is the medicine: up to five words before "is a", "contains", ….
    nonisolated(unsafe) static let subject = try! Pattern(
        "^(?<n>\\p{Lu}[\\p{L}\\d'’\"-]*(?: [\\p{L}\\d'’\"()-]+){0,4}?),? (?:is (?:a|an)|are|contains?|is available|er (?:et|en)|indeholder|fås) ")
    /// Words that start sentences but never name a medicine.
    static let notNames: Set<String> = [
        "this", "it", "the", "these", "they", "patients", "treatment", "each", "a", "an", "in", "for", "when",
        "det", "dette", "den", "de", "der", "hvis", "behandling", "patienter", "en", "et", "lægemidlet", "medicinen", "vaccinen",
        "the medicine", "the vaccine", "this medicine",
    ]

    static func find(in text: NormalizedText, headingNames: [String], language: String) -> String? {
        if let name = mostCommon(headingNames) { return name }
        let string = text.string
        if let match = string.firstMatch(of: stated),
           let name = match["n"]?.substring ?? match["o"]?.substring ?? match["d"]?.substring {
            return String(name).trimmingCharacters(in: .whitespaces)
        }
        var subjects: [String] = []
        for sentence in Sentence.split(text, in: 0..<text.count) {
            let flat = sentence.text.replacingOccurrences(of: "\n", with: " ")
            guard let match = flat.firstMatch(of: subject), let raw = match["n"]?.substring else { continue }
            let name = String(raw)
            guard !notNames.contains(name.lowercased()), !notNames.contains(name.split(separator: " ")[0].lowercased()) else { continue }
            subjects.append(name)
        }
        if let name = mostCommon(subjects) { return name }
        return titleLine(of: text, in: string)
    }

    /// A short first line ("Abilify", "Bekemv | European Medicines Agency") that the text names again.
    static func titleLine(of text: NormalizedText, in string: String) -> String? {
        guard let first = TextLine.lines(of: text).first(where: { !$0.isBlank }) else { return nil }
        var line = first.text
        for separator in [" | ", " - ", " – ", ": "] {
            if let cut = line.range(of: separator) { line = String(line[..<cut.lowerBound]) }
        }
        line = line.trimmingCharacters(in: .whitespaces)
        guard !line.isEmpty, line.split(separator: " ").count <= 5, line.first?.isUppercase == true,
              !line.hasSuffix("."), string.components(separatedBy: line).count > 2 else { return nil }
        return line
    }

    /// The most frequent name, the first of equally frequent ones.
    static func mostCommon(_ names: [String]) -> String? {
        let counts = Dictionary(names.map { ($0, 1) }, uniquingKeysWith: +)
        return names.enumerated().max { a, b in
            counts[a.element]! != counts[b.element]! ? counts[a.element]! < counts[b.element]! : a.offset > b.offset
        }?.element
    }
}
