/// The fixed words of the compare and check reports, in Danish or English.
public struct ReportLabels: Sendable {
    public let language: String

    public init(language: String) { self.language = language == "da" ? "da" : "en" }

    static let words: [String: (en: String, da: String)] = [
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
    ]

    public subscript(_ key: String) -> String {
        guard let entry = Self.words[key] else { return key }
        return language == "da" ? entry.da : entry.en
    }
}

/// The formats of the compare and check reports.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, markdown, html, json
}
