/// The organisations a guideline's text names: its publisher and the societies whose guidance it
/// builds on, as the text states them ("DSAM-vejledning", "Dansk Endokrinologisk Selskab",
/// "Published by the National Institute for Health and Care Excellence"), so that a user may
/// name a guideline by its organisation. Names stay within a line.
enum OrganisationScanner {
    /// An acronym that owns a guideline: "DSAM-vejledning", "NICE guideline", "ESC's guidelines".
    static let acronymGuideline = try! Pattern(
        "\\b(?<name>\\p{Lu}{2,}[\\p{Lu}\\d]*)(?:-| |'s |’s )(?i:vejledning|retningslinje|anbefaling|guideline|guidance|recommendation)")

    /// Capitalised words ending in an organisation's word, or the word with an English "of ..."
    /// tail: "Dansk Endokrinologisk Selskab", "European Society of Cardiology", "Society for Endocrinology".
    static let namedBody: Pattern = {
        let body = "(?:Selskab|Selskabet|Forening|Foreningen|Styrelse|Styrelsen|Råd|Rådet|Institut|"
            + "Society|Association|College|Institute|Council|Agency|Federation|Foundation)"
        let tail = " (?:of|for) (?:the )?\\p{Lu}[\\p{L}-]+(?: (?:and )?\\p{Lu}[\\p{L}-]+){0,4}"
        return try! Pattern("(?<name>(?:\\p{Lu}[\\p{L}-]+ ){1,4}\(body)(?:\(tail))?|\\b\(body)\(tail))\\b")
    }()

    /// A Danish compound ending in an organisation's word: "Sundhedsstyrelsen", "Osteoporoseforeningen".
    static let compoundBody = try! Pattern(
        "\\b(?<name>\\p{Lu}\\p{Ll}+(?:selskabet|selskab|foreningen|forening|styrelsen|styrelse|rådet|instituttet|institut))\\b")

    /// The capitalised name after "Published by", "Udarbejdet af" and the like, its small
    /// joining words and an acronym in brackets included: "Dansk Selskab for Almen Medicin (DSAM)".
    static let publishedBy = try! Pattern(
        "(?i:udgivet af|udarbejdet af|udgiver:|published by|issued by|prepared by|developed by) (?:the )?"
            + "(?<name>\\p{Lu}[\\p{L}\\d-]*(?: (?:(?:of|for|and|the|og|i) )*(?:\\p{Lu}[\\p{L}\\d-]*|\\(\\p{Lu}+\\)))*)")

    /// Each name once, in the order the patterns find them; a name within one found before is left out.
    static func names(in text: String) -> [String] {
        var names: [String] = []
        for pattern in [publishedBy, acronymGuideline, namedBody, compoundBody] {
            for match in text.matches(of: pattern) {
                guard let name = match["name"]?.substring.map({ String($0).trimmingCharacters(in: .whitespaces) }),
                      name.contains(where: \.isLetter), !names.contains(where: { $0.localizedCaseInsensitiveContains(name) }) else { continue }
                names.append(name)
            }
        }
        return names
    }
}
