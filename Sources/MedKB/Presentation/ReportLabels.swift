/// The fixed words of the compare and check reports, in Danish or English.
public struct ReportLabels: Sendable {
    public let language: String

    public init(language: String) { self.language = language == "da" ? "da" : "en" }

    /// The English labels, the words of the JSON outputs and of stored texts.
    public static let english = ReportLabels(language: "en")

    /// Every label: the reports' own, and by concern those of the check's findings, the
    /// product card and the commands' messages (`ReportLabels+Findings.swift`, ...).
    static let words: [String: (en: String, da: String)] = [reportWords, findingWords, cardWords, messageWords]
        .reduce(into: [:]) { all, part in
            all.merge(part) { _, _ in preconditionFailure("a label is defined twice") }
        }

    static let reportWords: [String: (en: String, da: String)] = [
        "comparison": ("Comparison", "Sammenligning"),
        "check": ("Guideline check", "Tjek af vejledning"),
        "generated": ("Generated", "Dannet"),
        "documents": ("Documents used", "Anvendte dokumenter"),
        "guideline": ("Guideline", "Vejledning"),
        "aspect": ("Aspect", "Aspekt"),
        "concept": ("Concept", "Begreb"),
        "status": ("Status", "Status"),
        "quotes": ("Quotes", "Citater"),
        "severity": ("Severity", "Alvor"),
        "topic": ("Topic", "Emne"),
        "substance": ("Substance", "Stof"),
        "product": ("Product", "Produkt"),
        "ema_number": ("EMA number", "EMA-nummer"),
        "change": ("Change", "Ændring"),
        "finding": ("Finding", "Fund"),
        "same": ("same", "ens"),
        "differs": ("differs", "forskellig"),
        "only_a": ("only A", "kun A"),
        "only_b": ("only B", "kun B"),
        "not_stated_a": ("not stated A", "ikke angivet A"),
        "not_stated_b": ("not stated B", "ikke angivet B"),
        "conflict": ("conflict", "konflikt"),
        "warning": ("warning", "advarsel"),
        "info": ("info", "info"),
        "consistent": ("consistent", "i overensstemmelse"),
        "indications": ("Indications", "Indikationer"),
        "dosing": ("Dosing", "Dosering"),
        "contraindications": ("Contraindications", "Kontraindikationer"),
        "side_effects": ("Side effects", "Bivirkninger"),
        "substitution": ("Substitution", "Substitution"),
        "no_substitution_statement": ("no guideline in the base says whether they may be substituted",
                                      "ingen vejledning i basen siger, om de må substitueres"),
        "nothing_stated": ("stated by neither", "angives af ingen af dem"),
        "can_replace": ("Can %1 replace %2?", "Kan %1 erstatte %2?"),
        "no_relation": ("Neither document declares %1 a copy of %2 or the reverse",
                        "Ingen af dokumenterne erklærer %1 for en kopi af %2 eller omvendt"),
        "declared": ("%1 is declared a %2 of %3", "%1 er erklæret %2 til %3"),
        "copy_of": ("%1 of %2", "%1 til %2"),
        "biosimilar": ("biosimilar", "biosimilær"),
        "generic": ("generic", "generisk"),
        "copy": ("copy", "kopi"),
        "status_only_a": ("only in %1", "kun i %1"),
        "status_only_b": ("only in %2", "kun i %2"),
        "status_not_stated_a": ("not stated for %1", "ikke angivet for %1"),
        "status_not_stated_b": ("not stated for %2", "ikke angivet for %2"),
        "status_differs": ("differ", "forskellige"),
        "status_same": ("same", "ens"),
        "active_substance": ("active substance", "aktivt stof"),
        "relation": ("relation", "relation"),
        "reference_product": ("reference product", "referencelægemiddel"),
        "pharmaceutical_form": ("form", "lægemiddelform"),
        "indication": ("indication", "indikation"),
        "route": ("route", "administrationsvej"),
        "interval": ("interval", "interval"),
        "dose": ("dose", "dosis"),
        "sites": ("injection sites", "injektionssteder"),
        "injection sites": ("injection sites", "injektionssteder"),
        "co_medication": ("given with", "gives sammen med"),
        "contraindication": ("contraindication", "kontraindikation"),
        "adverse_event": ("side effect", "bivirkning"),
        "study_result": ("study result", "studieresultat"),
        "very common": ("very common", "meget almindelig"),
        "common": ("common", "almindelig"),
        "uncommon": ("uncommon", "ikke almindelig"),
        "rare": ("rare", "sjælden"),
        "very rare": ("very rare", "meget sjælden"),
        "not known": ("not known", "hyppighed ikke kendt"),
        "not stated": ("not stated", "ikke angivet"),
        "sources": ("Sources", "Kilder"),
        "search_corrected": ("No section holds “%1”; searched for “%2” instead.", "Intet afsnit indeholder “%1”; der er søgt efter “%2” i stedet."),
        "search_also": ("Searched “%1” also as", "Søgte “%1” også som"),
        "search_concept": ("the concept %1", "begrebet %1"),
        "search_concepts": ("the concepts %1", "begreberne %1"),
        "search_and_more": ("and more", "med flere"),
        "search_products": ("products that contain %1", "produkter, der indeholder %1"),
        "search_ranked": ("More than %1 sections hold these words; these are the best of the %1 imported last. Add a word to narrow the search.",
                          "Flere end %1 afsnit indeholder ordene; dette er de bedste af de %1 senest importerede. Tilføj et ord for at indsnævre søgningen."),
        "search_suggest": ("No product is named %1; did you mean %2?", "Intet produkt hedder %1; mente du %2?"),
        "search_none": ("No section holds every word of “%1”.", "Intet afsnit indeholder alle ordene i “%1”."),
        "or": ("or", "eller"),
        "changes_title": ("Changes from the EMA catalogue of %1 to that of %2:", "Ændringer fra EMA-kataloget af %1 til det af %2:"),
        "none": ("none", "ingen"),
        "in": ("in", "i"),
        "no_longer_listed": ("no longer listed", "ikke længere opført"),
        "and_more": ("and %1 more", "og %1 til"),
        "new_product": ("new product|new products", "nyt produkt|nye produkter"),
        "status_change": ("status change|status changes", "statusændring|statusændringer"),
        "changed_field": ("changed field|changed fields", "ændret felt|ændrede felter"),
        "product_count": ("product|products", "produkt|produkter"),
        "application": ("application|applications", "ansøgning|ansøgninger"),
        "new_breakdown": ("%1 authorised, %2 not authorised", "%1 godkendt, %2 ikke godkendt"),
        "section_new": ("New", "Nye"),
        "section_new_not_authorised": ("New applications not authorised — withdrawn, refused or awaiting a decision",
                                       "Nye ansøgninger, ikke godkendt — trukket tilbage, afslået eller afventer afgørelse"),
        "section_status": ("Status changed", "Ændret status"),
        "section_fields": ("Fields changed", "Ændrede felter"),
        "section_removed": ("No longer listed", "Ikke længere opført"),
        "column_product": ("PRODUCT", "PRODUKT"),
        "column_substance": ("ACTIVE SUBSTANCE", "AKTIVT STOF"),
        "column_status": ("STATUS", "STATUS"),
        "column_relation": ("RELATION", "RELATION"),
        "column_sources": ("SOURCES", "KILDER"),
        "stated": ("stated", "angivet"),
        "inferred": ("inferred", "udledt"),
        "stated_and_inferred": ("stated and inferred", "angivet og udledt"),
        "of": ("of", "af"),
        "given_with": ("Given with", "Gives sammen med"),
        "studies": ("Studies", "Studier"),
        "risk_measures": ("Risk measures", "Risikoforanstaltninger"),
    ]

    public subscript(_ key: String) -> String {
        guard let entry = Self.words[key] else { return key }
        return language == "da" ? entry.da : entry.en
    }

    /// A label with its blanks (%1, %2, …) filled in order.
    public func format(_ key: String, _ values: String...) -> String { fill(key, values) }

    /// "1 new product", "3 nye produkter": the count with the singular or plural label.
    public func count(_ value: Int, _ key: String) -> String {
        let forms = self[key].components(separatedBy: "|")
        return "\(ChangeReport.number(value)) " + (value == 1 ? forms[0] : forms.last!)
    }

    /// A row status in words, with the products' names: "only in Prolia".
    func status(_ status: ComparisonStatus, _ nameA: String, _ nameB: String) -> String {
        format("status_" + status.rawValue, nameA, nameB)
    }

    /// An aspect or a value in words ("active substance", "sjælden"); a concept the labels
    /// do not hold stays as the vocabulary names it.
    func aspectOrConcept(_ key: String) -> String {
        if Self.words[key] != nil { return self[key] }
        // A concept with its context, "bone loss (prostate cancer treatment)": each worded on its own.
        if language == "da", key.hasSuffix(")"), let open = key.range(of: " (") {
            let head = String(key[..<open.lowerBound]), inner = String(key[open.upperBound...].dropLast())
            return "\(ConceptWording.name(of: head, in: language)) (\(ConceptWording.name(of: inner, in: language)))"
        }
        return ConceptWording.name(of: key, in: language)
    }

    /// "biosimilar of Prolia" in the labels' words ("biosimilær til Prolia"); other text as it is.
    func relationValue(_ text: String) -> String {
        guard let match = text.wholeMatch(of: /(biosimilar|generic|copy) of (.+)/) else { return text }
        return format("copy_of", self[String(match.1)], String(match.2))
    }

    /// "rare (up to 1 in 1,000 people)" or "sjælden (op til 1 ud af 1.000 personer)".
    func frequency(_ category: String?) -> String {
        guard language == "da" else { return TextLayout.frequencyLabel(category) }
        switch category {
        case "very_common": return "meget almindelig (flere end 1 ud af 10 personer)"
        case "common": return "almindelig (op til 1 ud af 10 personer)"
        case "uncommon": return "ikke almindelig (op til 1 ud af 100 personer)"
        case "rare": return "sjælden (op til 1 ud af 1.000 personer)"
        case "very_rare": return "meget sjælden (op til 1 ud af 10.000 personer)"
        case "not_known": return "hyppighed ikke kendt"
        default: return "hyppighed ikke angivet"
        }
    }

    /// "P7M" as "7 months" or "7 måneder"; the ISO text when it is not a one-unit duration.
    func duration(_ iso: String) -> String {
        guard language == "da", let duration = ISODuration(iso) else { return TextLayout.durationLabel(iso) ?? iso }
        let unit = Self.danishUnits[duration.unit]!
        return "\(duration.count) " + (duration.count == 1 ? unit.one : unit.many)
    }

    static let danishUnits: [Character: (one: String, many: String)] = ["D": ("dag", "dage"), "W": ("uge", "uger"), "M": ("måned", "måneder"),
                                                                       "Y": ("år", "år"), "H": ("time", "timer")]

    /// "P6M" as "every 6 months" or "hver 6. måned".
    func interval(_ iso: String) -> String {
        guard language == "da", let duration = ISODuration(iso) else { return TextLayout.intervalLabel(iso) ?? iso }
        let unit = Self.danishUnits[duration.unit]!.one
        return duration.count == 1 ? "hver \(unit)" : "hver \(duration.count). \(unit)"
    }
}

/// The formats of the compare and check reports.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, markdown, html, json, csv
}
