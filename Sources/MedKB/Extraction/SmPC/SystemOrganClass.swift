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

    static let folded: [(folded: String, name: String)] = names.map { (fold($0), $0.lowercased()) }

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
