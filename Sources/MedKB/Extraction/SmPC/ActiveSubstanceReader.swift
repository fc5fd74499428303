import Foundation

/// The active substances section 2 of an SmPC names, as English INNs: those the lexicon
/// knows first; else what the text states with a strength ("contains 40 mg of X", "5 mg
/// ulipristalacetat", "2,5 mikrogram tiotropium (som bromidmonohydrat)"), a Danish
/// spelling brought back to the English INN by a conservative rule.
///
/// ```swift
/// ActiveSubstanceReader.englishINN("ulipristalacetat")  // "ulipristal acetate"
/// ActiveSubstanceReader.englishINN("buprenorphin")      // "buprenorphine"
/// ```
enum ActiveSubstanceReader {
    /// "5 mg ulipristalacetat", "100 enheder insulin degludec*": a strength, then a
    /// lowercase name up to punctuation or a joining word.
    nonisolated(unsafe) static let danishStrength = try! Pattern(
        "(?:^|[^\\p{L}\\d,.])\\d[\\d.,]*\\s*(?:mg|mikrogram|µg|μg|g|ml|enheder|IE|E)\\s+(?<name>\\p{Ll}[\\p{Ll}\\d-]{2,40}(?: \\p{Ll}[\\p{Ll}\\d-]{2,30})?)(?=\\s*[.,;:(*)]|\\s+(?:som|svarende|pr\\.?|per|i|og|ved|samt|til)\\s|\\s*$|\\s+\\p{Lu})"
    )
    /// Words after a strength that name the vehicle, the form or a measure, not a substance.
    static let danishVehicles: Set<String> = [
        "opløsning", "suspension", "emulsion", "injektionsvæske", "infusionsvæske", "koncentrat", "pulver", "solvens",
        "vand", "væske", "dosis", "doser", "tablet", "tabletter", "kapsel", "kapsler", "plaster", "depotplaster", "pust",
        "frigivelse", "laktose", "lactose", "saccharose", "natrium", "alkohol", "ethanol", "glucose", "sorbitol",
        "hjælpestof", "hjælpestoffer", "aktivt", "aktive", "af", "pr", "per",
    ]
    /// Danish salt and hydrate endings of a one-word name ("ulipristalacetat") and their English words.
    static let salts: [(danish: String, english: String)] = [
        ("hydrochloridmonohydrat", "hydrochloride monohydrate"), ("bromidmonohydrat", "bromide monohydrate"),
        ("hydrochlorid", "hydrochloride"), ("hydrobromid", "hydrobromide"), ("dihydrochlorid", "dihydrochloride"),
        ("acetat", "acetate"), ("maleat", "maleate"), ("fumarat", "fumarate"), ("succinat", "succinate"), ("tartrat", "tartrate"),
        ("citrat", "citrate"), ("mesilat", "mesilate"), ("besilat", "besilate"), ("tosilat", "tosilate"), ("sulfat", "sulfate"),
        ("phosphat", "phosphate"), ("fosfat", "phosphate"), ("propionat", "propionate"), ("furoat", "furoate"),
        ("valerat", "valerate"), ("bromid", "bromide"), ("chlorid", "chloride"), ("natrium", "sodium"), ("kalium", "potassium"),
        ("calcium", "calcium"), ("magnesium", "magnesium"), ("monohydrat", "monohydrate"), ("dihydrat", "dihydrate"),
    ]
    /// Endings where Danish drops the English INN's final -e ("buprenorphin", "dexamethason",
    /// "furosemid"); other endings are left as they are ("metformin", "orlistat").
    static let droppedFinalE = ["phin", "pin", "zin", "idin", "tidin", "cain", "xetin", "tylin", "amin", "azol", "olon", "son",
                                "don", "zon", "amid", "mid", "nid", "lid", "tid", "zid", "ozid"]

    static func read(_ body: String, language: String, lexicon: Lexicon) -> [String] {
        let known = unique(lexicon.matches(.substance, in: body, language: language).map(\.concept))
        if !known.isEmpty || language != "da" { return known }
        let stated = body.matches(of: danishStrength).compactMap { match -> String? in
            guard let raw = match["name"]?.substring else { return nil }
            let words = raw.split(separator: " ").map(String.init)
            guard let first = words.first, !danishVehicles.contains(first) else { return nil }
            let name = words.count > 1 && danishVehicles.contains(words[1]) ? first : words.joined(separator: " ")
            return lexicon.concept(.substance, for: name, language: language) ?? englishINN(name)
        }
        return Array(unique(stated).prefix(4))
    }

    /// The English INN for a Danish spelling: a salt ending split off and translated, a
    /// dropped final -e restored where Danish drops it.
    static func englishINN(_ danish: String) -> String {
        let name = danish.lowercased()
        for salt in salts where name.hasSuffix(salt.danish) && name.count >= salt.danish.count + 4 {
            let base = String(name.dropLast(salt.danish.count))
            return englishINN(base) + " " + salt.english
        }
        if name.contains(" ") {
            return name.split(separator: " ").map { englishINN(String($0)) }.joined(separator: " ")
        }
        // "-at" is an INN's own ending ("orlistat") unless it is a salt, handled above.
        for ending in droppedFinalE where name.hasSuffix(ending) && name.count > ending.count + 2 {
            return name + "e"
        }
        return name
    }
}
