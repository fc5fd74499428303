/// The words of the web pages around the reports (menus, forms, buttons), in Danish or
/// English; the reports bring their own (`ReportLabels`).
struct PageWords: Sendable {
    let language: String

    init(_ language: String) { self.language = language == "da" ? "da" : "en" }

    subscript(_ key: String) -> String {
        guard let pair = Self.words[key] else { preconditionFailure("no page word \(key)") }
        return language == "da" ? pair.da : pair.en
    }

    static let words: [String: (en: String, da: String)] = [
        "search": ("Search", "Søg"),
        "products": ("Products", "Produkter"),
        "compare": ("Compare", "Sammenlign"),
        "check": ("Check a guideline", "Tjek en vejledning"),
        "changes": ("Catalogue changes", "Ændringer i kataloget"),
        "documents": ("Documents", "Dokumenter"),
        "import": ("Import", "Importér"),
        "words": ("Words", "Ord"),
        "kind": ("Kind", "Type"),
        "language": ("Language", "Sprog"),
        "product": ("Product", "Produkt"),
        "any": ("any", "alle"),
        "show": ("Show", "Vis"),
        "substance": ("Substance (INN)", "Stof (INN)"),
        "atc": ("ATC code", "ATC-kode"),
        "biosimilar": ("Biosimilars only", "Kun biosimilære"),
        "generic": ("Generics only", "Kun generiske"),
        "status": ("Status", "Status"),
        "reference": ("Reference product", "Referencelægemiddel"),
        "side_effect": ("Side effect", "Bivirkning"),
        "frequency": ("Frequency", "Hyppighed"),
        "organ_class": ("Organ class", "Organklasse"),
        "product_a": ("Product A", "Produkt A"),
        "product_b": ("Product B", "Produkt B"),
        "guideline": ("Guideline", "Vejledning"),
        "since": ("Since (YYYY, YYYY-MM or YYYY-MM-DD)", "Siden (ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD)"),
        "area": ("Therapeutic area", "Terapeutisk område"),
        "download": ("Download", "Hent"),
        "no_hits": ("No hits.", "Ingen hits."),
        "hits": ("%1 hits", "%1 hits"),
        "one_hit": ("1 hit", "1 hit"),
        "compare_with_reference": ("Compare with its reference product %1", "Sammenlign med referencelægemidlet %1"),
        "open_card": ("Open a product's card from the list of products, or search.", "Åbn et produkts kort fra listen over produkter, eller søg."),
        "quote_at": ("The quote at characters %1–%2", "Citatet ved tegn %1–%2"),
        "page": ("page %1", "side %1"),
        "facts_marked": ("%1 facts are marked in the text; the chosen quote is darker.", "%1 fakta er markeret i teksten; det valgte citat er mørkere."),
        "file": ("File (text, PDF or EMA catalogue .xlsx)", "Fil (tekst, PDF eller EMA-katalogets .xlsx)"),
        "upload_limit": ("At most %1 MB. The file is imported whole or not at all.", "Højst %1 MB. Filen importeres helt eller slet ikke."),
        "import_off": ("Import through the page is off: start the server with `medkb serve --allow-import` to turn it on.",
                       "Import via siden er slået fra: start serveren med `medkb serve --allow-import` for at slå den til."),
        "import_result": ("Import", "Import"),
        "error": ("Error", "Fejl"),
        "back": ("Back to the search", "Tilbage til søgningen"),
        "choose_two": ("Choose two products to compare.", "Vælg to produkter at sammenligne."),
        "choose_guideline": ("Choose a guideline.", "Vælg en vejledning."),
        "no_guidelines": ("The base holds no guideline.", "Basen indeholder ingen vejledning."),
    ]

    /// The word with its blanks (%1, %2, …) filled in order.
    func format(_ key: String, _ values: String...) -> String {
        var text = self[key]
        for (index, value) in values.enumerated() { text = text.replacingOccurrences(of: "%\(index + 1)", with: value) }
        return text
    }
}
