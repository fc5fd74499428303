import Foundation

/// The words of the product card (`medkb show`) and of the reference inference's basis, in
/// Danish and English. The basis is stored in English (the products' JSON gives it so);
/// ``basis(_:)`` reads a stored one back through its template and words it in Danish.
extension ReportLabels {
    static let cardWords: [String: (en: String, da: String)] = [
        "origin_smpc": ("SmPC", "produktresumé"),
        "origin_epar_overview": ("EPAR overview", "EPAR-oversigt"),
        "origin_guideline": ("guideline", "vejledning"),
        "origin_catalogue": ("EMA catalogue", "EMA-kataloget"),
        "page": ("p. %1", "s. %1"),
        "kind_originator": ("originator", "original"),
        "kind_biosimilar": ("biosimilar", "biosimilær"),
        "kind_generic": ("generic", "generisk"),
        "count_originator": ("originator|originators", "originalpræparat|originalpræparater"),
        "count_biosimilar": ("biosimilar|biosimilars", "biosimilært lægemiddel|biosimilære lægemidler"),
        "count_generic": ("generic|generics", "generisk lægemiddel|generiske lægemidler"),
        "column_kind": ("KIND", "TYPE"),
        "column_authorised": ("AUTHORISED", "GODKENDT"),
        "column_atc": ("ATC", "ATC"),
        "column_reference": ("REFERENCE", "REFERENCE"),
        "substance_products_hint": ("`medkb show NAME` shows one product's card; `medkb compare A B` compares two.",
                                    "`medkb show NAVN` viser et produkts kort; `medkb compare A B` sammenligner to."),
        "generic_or_hybrid": ("generic or hybrid", "generisk eller hybrid"),
        "authorised_on": ("authorised %1", "godkendt %1"),
        "human": ("human", "humanmedicin"),
        "veterinary": ("veterinary", "veterinærmedicin"),
        "prescription_only": ("prescription only", "receptpligtigt"),
        "reference_stated": ("Reference product: %1, stated", "Referencelægemiddel: %1, angivet"),
        "reference_stated_by": ("Reference product: %1, stated by %2", "Referencelægemiddel: %1, angivet af %2"),
        "reference_inferred": ("Reference product: %1, inferred from the EMA catalogue (%2)",
                               "Referencelægemiddel: %1, udledt af EMA-kataloget (%2)"),
        "reference_basis": ("Reference product: %1", "Referencelægemiddel: %1"),
        "references_disagree": ("The stated and the inferred reference products disagree: check the EPAR.",
                                "Det angivne og det udledte referencelægemiddel er ikke det samme: se EPAR'en."),
        "only_named_as_reference": ("No document in the base describes this product; it is named as a reference product.",
                                    "Intet dokument i basen beskriver dette lægemiddel; det er nævnt som referencelægemiddel."),
        "updated": ("updated %1", "opdateret %1"),
        "dose_not_stated": ("dose not stated", "dosis ikke angivet"),
        "into_sites": ("into %1", "i %1"),
        "with_context": ("(with %1)", "(med %1)"),
        "participants": ("%1 participants", "%1 deltagere"),
        "over_duration": ("over %1", "over %1"),
        "frequency_disagrees": ("! The SmPC and the EPAR overview disagree on 1 frequency:",
                                "! Produktresuméet og EPAR-oversigten angiver forskellig hyppighed for 1 bivirkning:"),
        "frequencies_disagree": ("! The SmPC and the EPAR overview disagree on %1 frequencies:",
                                 "! Produktresuméet og EPAR-oversigten angiver forskellig hyppighed for %1 bivirkninger:"),
        "frequency_disagreement": ("! %1: SmPC %2 says %3; overview %4 says %5", "! %1: produktresuméet %2 siger %3; oversigten %4 siger %5"),
        "frequency_text_and_table": ("! %1: the text %2 says %3; the table %4 says %5; the table's is shown",
                                     "! %1: teksten %2 siger %3; tabellen %4 siger %5; tabellens vises"),
        "basis_none": ("not inferred: no medicine with %1 that is not a biosimilar and was authorised before it is in the base; "
                           + "the reference is not in the catalogue (it may be authorised nationally)",
                       "ikke udledt: basen har intet lægemiddel med %1, som ikke er biosimilært og blev godkendt før det; "
                           + "referencelægemidlet findes ikke i kataloget (det kan være godkendt nationalt)"),
        "basis_only": ("%1 is the only medicine with %2 that is not a biosimilar", "%1 er det eneste lægemiddel med %2, som ikke er biosimilært"),
        "basis_indications": ("not a biosimilar, same active substance (%1), shares the indications %2 (%3)",
                              "ikke biosimilært, samme aktive stof (%1), har indikationerne %2 til fælles (%3)"),
        "basis_area": ("not a biosimilar, same active substance (%1), closest therapeutic area among %2",
                       "ikke biosimilært, samme aktive stof (%1), nærmeste terapeutiske område blandt %2"),
        "basis_only_authorised": ("not a biosimilar, same active substance (%1), the only one authorised among %2, whose indications do not tell them apart",
                                  "ikke biosimilært, samme aktive stof (%1), det eneste godkendte blandt %2, hvis indikationer ikke skiller dem ad"),
        "basis_first_authorised": ("not a biosimilar, same active substance (%1), the first authorised (%2) of %3, whose indications do not tell them apart",
                                   "ikke biosimilært, samme aktive stof (%1), det først godkendte (%2) af %3, hvis indikationer ikke skiller dem ad"),
        "basis_undecided": ("not inferred: %1 all have %2 and the indications do not tell them apart",
                            "ikke udledt: %1 har alle %2, og indikationerne skiller dem ikke ad"),
    ]

    /// The basis templates, each with the pattern that reads its English text back.
    static let basisPatterns: [(key: String, pattern: NSRegularExpression)] = cardWords.keys
        .filter { $0.hasPrefix("basis_") }.sorted().map { key in
            let blanks = NSRegularExpression.escapedPattern(for: cardWords[key]!.en)
                .replacingOccurrences(of: #"%\d"#, with: "(.+?)", options: .regularExpression)
            return (key, try! NSRegularExpression(pattern: "^" + blanks + "$"))
        }

    /// A stored basis (English) in the labels' language; a text no template made stays as it is.
    public func basis(_ stored: String) -> String {
        guard language == "da" else { return stored }
        let whole = NSRange(stored.startIndex..., in: stored)
        for (key, pattern) in Self.basisPatterns {
            guard let match = pattern.firstMatch(in: stored, range: whole) else { continue }
            var values = (1..<match.numberOfRanges).map { String(stored[Range(match.range(at: $0), in: stored)!]) }.map(basisValue)
            // The indications shared are concepts, worded as the vocabulary words them.
            if key == "basis_indications" {
                values[1] = values[1].components(separatedBy: ", ").map(aspectOrConcept).joined(separator: ", ")
            }
            return fill(key, values)
        }
        return stored
    }

    /// A blank of a basis in Danish: "Xgeva: none" as "Xgeva: ingen", "and 3 more" as "og 3 til".
    func basisValue(_ value: String) -> String {
        value.replacingOccurrences(of: #": none(?=;|$)"#, with: ": " + self["none"], options: .regularExpression)
            .replacingOccurrences(of: #"and (\d+) more$"#, with: format("and_more", "$1"), options: .regularExpression)
    }

    /// `key`'s label with its blanks filled from `values`.
    func fill(_ key: String, _ values: [String]) -> String {
        var text = self[key]
        for (index, value) in values.enumerated() { text = text.replacingOccurrences(of: "%\(index + 1)", with: value) }
        return text
    }
}
