import Foundation

/// The QRD template's numbered SmPC headings in Danish and English, as EMA and the Danish
/// Medicines Agency print them. They let the headings be found where the text has lost
/// its lines (a PDF transcript flattened onto one line) or part of its numbers
/// ("… anført under pkt LÆGEMIDDELFORM Tablet.").
extension SmPCTemplate {
    struct KnownTitle {
        let number: String
        let title: [Unicode.Scalar]
        /// Top-level titles are printed in capitals and may stand without their number.
        var isTopLevel: Bool { !number.contains(".") }
    }

    static let knownTitles: [KnownTitle] = [
        ("1", ["LÆGEMIDLETS NAVN", "NAME OF THE MEDICINAL PRODUCT"]),
        ("2", ["KVALITATIV OG KVANTITATIV SAMMENSÆTNING", "QUALITATIVE AND QUANTITATIVE COMPOSITION"]),
        ("3", ["LÆGEMIDDELFORM", "PHARMACEUTICAL FORM"]),
        ("4", ["KLINISKE OPLYSNINGER", "CLINICAL PARTICULARS"]),
        ("4.1", ["Terapeutiske indikationer", "Therapeutic indications"]),
        ("4.2", ["Dosering og administration", "Dosering og indgivelsesmåde", "Posology and method of administration"]),
        ("4.3", ["Kontraindikationer", "Contraindications"]),
        ("4.4", ["Særlige advarsler og forsigtighedsregler vedrørende brugen", "Special warnings and precautions for use"]),
        ("4.5", ["Interaktion med andre lægemidler og andre former for interaktion",
                 "Interaction with other medicinal products and other forms of interaction"]),
        ("4.6", ["Fertilitet, graviditet og amning", "Graviditet og amning", "Fertility, pregnancy and lactation", "Pregnancy and lactation"]),
        ("4.7", ["Virkning på evnen til at føre motorkøretøj og betjene maskiner", "Effects on ability to drive and use machines"]),
        ("4.8", ["Bivirkninger", "Undesirable effects"]),
        ("4.9", ["Overdosering", "Overdose"]),
        ("5", ["FARMAKOLOGISKE EGENSKABER", "PHARMACOLOGICAL PROPERTIES"]),
        ("5.1", ["Farmakodynamiske egenskaber", "Pharmacodynamic properties"]),
        ("5.2", ["Farmakokinetiske egenskaber", "Pharmacokinetic properties"]),
        ("5.3", ["Prækliniske sikkerhedsdata", "Non-clinical safety data", "Preclinical safety data"]),
        ("6", ["FARMACEUTISKE OPLYSNINGER", "PHARMACEUTICAL PARTICULARS"]),
        ("6.1", ["Hjælpestoffer", "Fortegnelse over hjælpestoffer", "List of excipients"]),
        ("6.2", ["Uforligeligheder", "Incompatibilities"]),
        ("6.3", ["Opbevaringstid", "Shelf life"]),
        ("6.4", ["Særlige opbevaringsforhold", "Special precautions for storage"]),
        ("6.5", ["Emballagetype og pakningsstørrelser", "Nature and contents of container"]),
        ("6.6", ["Regler for bortskaffelse og anden håndtering", "Special precautions for disposal"]),
        ("7", ["INDEHAVER AF MARKEDSFØRINGSTILLADELSEN", "MARKETING AUTHORISATION HOLDER"]),
        ("8", ["MARKEDSFØRINGSTILLADELSESNUMMER", "MARKETING AUTHORISATION NUMBER"]),
        ("9", ["DATO FOR FØRSTE MARKEDSFØRINGSTILLADELSE", "DATE OF FIRST AUTHORISATION"]),
        ("10", ["DATO FOR ÆNDRING AF TEKSTEN", "DATE OF REVISION OF THE TEXT"]),
    ].flatMap { number, titles in titles.map { KnownTitle(number: number, title: Array($0.unicodeScalars)) } }

    /// Words that make a following section number a cross-reference ("se pkt. 4.4", "see
    /// section 4.8"), not a heading.
    static let referenceWords: Set<String> = ["pkt", "punkt", "punkterne", "afsnit", "se", "og", "section", "sections", "see", "and", "jf", "i", "in", "under"]

    /// Whether a known title starts at `position` of the scalars, with a word boundary after it;
    /// a space of the title matches any run of spaces.
    static func knownTitle(at position: Int, in scalars: [Unicode.Scalar]) -> (KnownTitle, end: Int)? {
        var best: (KnownTitle, end: Int)?
        for known in knownTitles where known.title[0] == scalars[position] {
            var i = position, j = 0
            while j < known.title.count, i < scalars.count {
                if known.title[j] == " ", scalars[i] == " " || scalars[i] == "\t" {
                    while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
                    j += 1
                } else if known.title[j] == scalars[i] {
                    i += 1
                    j += 1
                } else {
                    break
                }
            }
            guard j == known.title.count, i == scalars.count || !isWordScalar(scalars[i]) else { continue }
            if best == nil || i > best!.end { best = (known, i) }
        }
        return best
    }

    /// Known titles inside one line, each with the section number printed before it (if
    /// any): `(number, start, end)` in scalars of the line. A number that is a
    /// cross-reference, or that is not the title's, makes no heading; a sub-heading needs
    /// its number.
    static func inlineTitles(in line: String) -> [(number: String, start: Int, end: Int)] {
        let scalars = Array(line.unicodeScalars)
        var found: [(number: String, start: Int, end: Int)] = []
        var position = 0
        while position < scalars.count {
            defer { position += 1 }
            guard position == 0 || !isWordScalar(scalars[position - 1]),
                  let (known, end) = knownTitle(at: position, in: scalars) else { continue }
            var start = position
            var numberStart = position
            while numberStart > 0, scalars[numberStart - 1] == " " || scalars[numberStart - 1] == "\t" { numberStart -= 1 }
            var digitsStart = numberStart
            while digitsStart > 0, scalars[digitsStart - 1] == "." || ("0"..."9").contains(scalars[digitsStart - 1]) { digitsStart -= 1 }
            let printed = String(String.UnicodeScalarView(scalars[digitsStart..<numberStart]))
            let number = printed.split(separator: ".").joined(separator: ".")
            let standsAlone = digitsStart == 0 || !isWordScalar(scalars[digitsStart - 1])
            if !number.isEmpty, number.first?.isNumber == true, standsAlone {
                guard number == known.number, !isReference(before: digitsStart, in: scalars) else { continue }
                start = digitsStart
            } else if !known.isTopLevel {
                continue
            }
            found.append((known.number, start, end))
            position = end - 1
        }
        return found
    }

    static func isReference(before position: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var end = position
        while end > 0, !isWordScalar(scalars[end - 1]) { end -= 1 }
        var start = end
        while start > 0, isWordScalar(scalars[start - 1]) { start -= 1 }
        return referenceWords.contains(String(String.UnicodeScalarView(scalars[start..<end])).lowercased())
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}
