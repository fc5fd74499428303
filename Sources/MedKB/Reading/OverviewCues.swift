import Foundation

/// What an EPAR overview says in its own words, with or without the template's headings:
/// the EMA web page's "Overview" text has none, mirrors drop them, excerpts cut them off.
/// These cues recognise such a text and tell what each of its paragraphs is about.
public enum OverviewCues {
    /// The fixed sentences around an overview that are about the document, not the medicine.
    nonisolated(unsafe) static let preamble = try! Pattern(
        "summary of the European public assessment report|sammendrag af den europæiske offentlige vurderingsrapport|"
            + "If you need more information about your medical condition|If you want more information on the basis|"
            + "It explains how (?:the|it)|It is not intended to provide practical advice|For practical information about using|"
            + "Det forklarer, hvordan|Det er ikke en praktisk vejledning|Hvis du ønsker (?:praktisk vejledning|yderligere oplysninger om din sygdom|flere oplysninger om grundlaget)"
    ).ignoresCase()

    /// Signs of an overview; a text with two different ones is taken for one.
    nonisolated(unsafe) static let signals: [Pattern] = [preamble] + [
        "\\b(?:is|are) (?:a|an) (?:[\\p{L}-]+ ){0,3}(?:medicine|vaccine)s?\\b|\\ber (?:et|en) (?:[\\p{L}-]+ ){0,3}(?:lægemiddel|vaccine)\\b",
        "contains? the active substances?|containing the active substances?|indeholder (?:det|de) aktive stof",
        "can only be obtained with a prescription|udleveres kun efter recept|fås kun på recept",
        "reference medicine|referencelægemidde",
        "package leaflet|indlægssedlen",
        "An overview of .+ and why it is authorised|En oversigt over .+ og hvorfor (?:det|de) er godkendt",
    ].map { try! Pattern($0).ignoresCase() }

    /// The signs stand in an overview's opening paragraphs; only those are read.
    public static func looksLikeOverview(_ text: String) -> Bool {
        let opening = String(text.unicodeScalars.prefix(8_000))
        return signals.filter { opening.firstMatch(of: $0) != nil }.count >= 2
    }

    /// Cues of each template role, most specific roles last so that ties go to the earlier role.
    static let rolePatterns: [(EPARTemplate.Role, String)] = [
        (.whatUsedFor, "\\bused (?:to|for|in|as)\\b|\\bis used\\b|\\bto (?:treat|prevent|protect|relieve)\\b|\\bindicated\\b|"
            + "\\b(?:anvendes|bruges|indiceret)\\b|\\btil (?:behandling|forebyggelse) af\\b|\\btil at (?:behandle|forebygge)\\b"),
        (.whatIs, "active substances?|aktive stof|biosimilar|\\bgeneric|generisk|hybrid|reference medicine|referencelægemid|"
            + "\\bcontaining\\b|der indeholder|\\bis a (?:cream|gel|patch|solution|powder|concentrate|vaccine)"),
        (.howUsed, "prescription|recept|\\bdoses?\\b|\\bdosis|\\bgiven\\b|\\btaken\\b|\\binjected\\b|\\binjections?\\b|infusion|"
            + "\\bapplied\\b|\\binhaled\\b|\\bgives\\b|\\btages\\b|indsprøjt|once a|twice a|\\bdaily\\b|dagligt?\\b|"
            + "package leaflet|indlægssedl"),
        (.howWorks, "\\bworks?\\b|\\bvirker\\b|is thought to|\\battach|\\bblocks?\\b|\\bblocking\\b|receptors?|enzym|"
            + "\\bbinds?\\b|hæmmer|blokerer"),
        (.benefits, "\\bstud(?:y|ies)\\b|undersøgelse|\\bstudie|\\btrials?\\b|compared with|placebo"),
        (.risks, "side effects?|bivirkning|must not be used|må ikke (?:anvendes|gives|bruges)"),
    ]
    nonisolated(unsafe) static let roleCues: [(EPARTemplate.Role, Pattern)] =
        rolePatterns.map { ($0.0, try! Pattern($0.1).ignoresCase()) }

    /// The role of a paragraph by its cues; nil when it has none (it then continues the
    /// paragraph before it) or when it is the preamble.
    static func role(of paragraph: String) -> (role: EPARTemplate.Role?, isPreamble: Bool) {
        if paragraph.firstMatch(of: preamble) != nil { return (nil, true) }
        var best: (EPARTemplate.Role, Int)?
        for (role, cue) in roleCues {
            let count = paragraph.matches(of: cue).count
            if count > 0, count > (best?.1 ?? 0) { best = (role, count) }
        }
        return (best?.0, false)
    }

    /// Sections for the paragraphs of a stretch without template headings, each with the
    /// role its cues give. Title lines and the preamble get none.
    static func paragraphSections(of text: NormalizedText, in range: Range<Int>) -> [Section] {
        var sections: [Section] = []
        var current: EPARTemplate.Role?
        for (paragraph, telling) in paragraphs(of: text, in: range).flatMap({ units(of: $0, in: text) }) {
            let (role, isPreamble) = role(of: text.slice(telling))
            if isPreamble { current = nil } else if let role { current = role }
            sections.append(Section(heading: nil, role: isPreamble ? nil : current, range: paragraph, body: paragraph))
        }
        return sections
    }

    /// A long block with no blank lines (text taken from a PDF or a web page without its
    /// paragraphs) is told about sentence by sentence, so that its uses, dosing and workings
    /// are not all given the role of its strongest words.
    static func units(of paragraph: Range<Int>, in text: NormalizedText) -> [(unit: Range<Int>, telling: Range<Int>)] {
        let sentences = Sentence.split(text, in: paragraph)
        guard sentences.count > 6 else { return [(paragraph, paragraph)] }
        // A list item stays with the sentence that introduces it, and that sentence alone tells the role.
        let leads = sentences.filter { !$0.text.hasPrefix("•") && !$0.text.hasPrefix("▪") }
        guard let first = leads.first else { return [(paragraph, paragraph)] }
        var units: [(Range<Int>, Range<Int>)] = []
        var start = paragraph.lowerBound, telling = first.start..<first.end
        for sentence in leads.dropFirst() {
            units.append((start..<sentence.start, telling))
            start = sentence.start
            telling = sentence.start..<sentence.end
        }
        units.append((start..<paragraph.upperBound, telling))
        return units
    }

    /// Blank-line separated blocks, covering the whole range.
    static func paragraphs(of text: NormalizedText, in range: Range<Int>) -> [Range<Int>] {
        var blocks: [Range<Int>] = []
        var start = range.lowerBound
        var blank = false
        for line in TextLine.lines(of: text, in: range) {
            if line.text.trimmingCharacters(in: .whitespaces).isEmpty {
                blank = true
            } else if blank {
                if line.start > start { blocks.append(start..<line.start) }
                start = line.start
                blank = false
            }
        }
        if range.upperBound > start { blocks.append(start..<range.upperBound) }
        return blocks
    }
}
