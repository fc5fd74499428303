import Foundation

/// MedDRA's 27 system organ classes, the first column of every SmPC adverse-reaction table.
/// A closed list: it tells a table's organ-class cells (and their wrapped second lines)
/// from the terms beside them, whatever the layout.
enum SystemOrganClass {
    static let names: [String] = [
        "Blood and lymphatic system disorders", "Cardiac disorders", "Congenital, familial and genetic disorders",
        "Ear and labyrinth disorders", "Endocrine disorders", "Eye disorders", "Gastrointestinal disorders",
        "General disorders and administration site conditions", "Hepatobiliary disorders", "Immune system disorders",
        "Infections and infestations", "Injury, poisoning and procedural complications", "Investigations",
        "Metabolism and nutrition disorders", "Musculoskeletal and connective tissue disorders",
        "Neoplasms benign, malignant and unspecified (incl cysts and polyps)", "Nervous system disorders",
        "Pregnancy, puerperium and perinatal conditions", "Product issues", "Psychiatric disorders",
        "Renal and urinary disorders", "Reproductive system and breast disorders",
        "Respiratory, thoracic and mediastinal disorders", "Skin and subcutaneous tissue disorders",
        "Social circumstances", "Surgical and medical procedures", "Vascular disorders",
    ]

    /// The Danish MedDRA names (as Danish SmPCs print them, with the variants in use) and
    /// the English organ class each is.
    static let danish: [(String, String)] = [
        ("Blod og lymfesystem", "Blood and lymphatic system disorders"), ("Hjerte", "Cardiac disorders"),
        ("Medfødte, familiære og genetiske forstyrrelser", "Congenital, familial and genetic disorders"),
        ("Øre og labyrint", "Ear and labyrinth disorders"), ("Det endokrine system", "Endocrine disorders"),
        ("Øjne", "Eye disorders"), ("Mave-tarm-kanalen", "Gastrointestinal disorders"), ("Mave-tarmkanalen", "Gastrointestinal disorders"),
        ("Almene symptomer og reaktioner på administrationsstedet", "General disorders and administration site conditions"),
        ("Lever og galdeveje", "Hepatobiliary disorders"), ("Immunsystemet", "Immune system disorders"),
        ("Infektioner og parasitære sygdomme", "Infections and infestations"),
        ("Traumer, forgiftninger og behandlingskomplikationer", "Injury, poisoning and procedural complications"),
        ("Undersøgelser", "Investigations"), ("Metabolisme og ernæring", "Metabolism and nutrition disorders"),
        ("Knogler, led, muskler og bindevæv", "Musculoskeletal and connective tissue disorders"),
        ("Benigne, maligne og uspecificerede tumorer (inkl. cyster og polypper)", "Neoplasms benign, malignant and unspecified (incl cysts and polyps)"),
        ("Nervesystemet", "Nervous system disorders"),
        ("Graviditet, puerperium og den perinatale periode", "Pregnancy, puerperium and perinatal conditions"),
        ("Produktproblemer", "Product issues"), ("Psykiske forstyrrelser", "Psychiatric disorders"),
        ("Nyrer og urinveje", "Renal and urinary disorders"), ("Det reproduktive system og mammae", "Reproductive system and breast disorders"),
        ("Luftveje, thorax og mediastinum", "Respiratory, thoracic and mediastinal disorders"),
        ("Hud og subkutane væv", "Skin and subcutaneous tissue disorders"), ("Hud og subkutant væv", "Skin and subcutaneous tissue disorders"),
        ("Sociale forhold", "Social circumstances"), ("Kirurgiske og medicinske procedurer", "Surgical and medical procedures"),
        ("Vaskulære sygdomme", "Vascular disorders"),
    ]

    static let folded: [(folded: String, name: String)] = names.map { (fold($0), $0.lowercased()) }
        + danish.map { (fold($0.0), $0.1.lowercased()) }

    /// Lowercase, without parentheses and punctuation, "hepato-biliary" as one word.
    static func fold(_ text: String) -> String {
        var out = ""
        var depth = 0
        for character in text.lowercased() {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if depth == 0 {
                out.append(character.isLetter || character == " " ? character : " ")
            }
        }
        return out.replacingOccurrences(of: "hepato biliary", with: "hepatobiliary")
            .split(separator: " ").joined(separator: " ")
    }

    /// The organ class a cell's text names completely ("Reproductive system and breast
    /// disorder" is the MedDRA "… disorders"), as MedDRA writes it in lowercase.
    static func named(_ text: String) -> String? {
        let key = fold(text)
        return folded.first { $0.folded == key || $0.folded == key + "s" }?.name
    }

    /// Whether the text is an organ class or the start of one cut at a line end
    /// ("Blood and lymphatic system").
    static func couldStart(_ text: String) -> Bool {
        let key = fold(text)
        guard !key.isEmpty else { return false }
        return folded.contains { $0.folded == key || $0.folded == key + "s" || $0.folded.hasPrefix(key + " ") }
    }
}
