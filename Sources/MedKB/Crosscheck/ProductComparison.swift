import Foundation

/// One product as a comparison sees it: its summary and the facts of the documents used.
public struct ProductSide: Sendable {
    public let product: ProductSummary
    public let documents: [DocumentRecord]
    public let facts: [SourcedFact]

    func facts(_ type: FactType) -> [SourcedFact] { facts.filter { $0.fact.type == type } }
}

/// Every fact of product A beside product B, matched through the normalised concepts so
/// that documents in different languages compare fact by fact.
public struct ProductComparison: Sendable {
    public let a: ProductSide
    public let b: ProductSide
    public let rows: [ComparisonRow]
    /// "Conexxence is declared a biosimilar of Prolia", or nil when neither names the other.
    public let relation: String?
    /// What the base's guidelines say about substituting one for the other.
    public var substitution: [SubstitutionStatement] = []

    public var summary: [(ComparisonStatus, Int)] {
        ComparisonStatus.allCases.map { status in (status, rows.filter { $0.status == status }.count) }
    }

    public init(a: ProductSide, b: ProductSide, lexicon: Lexicon = .shared) {
        self.a = a
        self.b = b
        var rows: [ComparisonRow] = []
        let productA = a.facts(.product).first, productB = b.facts(.product).first

        var relation: String?

        // Active substance.
        let substancesA = productA.map { $0.fact.strings("active_substances").sorted().joined(separator: ", ") }
        let substancesB = productB.map { $0.fact.strings("active_substances").sorted().joined(separator: ", ") }
        func stating(_ fact: SourcedFact?, _ phrases: (Fact) -> [String]) -> SourcedFact? {
            fact.map { StatingSentence.supporting($0, naming: phrases($0.fact)) }
        }
        rows.append(Self.row("active_substance", substancesA ?? substancesB ?? "",
                             stating(productA) { $0.strings("active_substances") }, substancesA,
                             stating(productB) { $0.strings("active_substances") }, substancesB))

        // The reference relation: one side declared a copy of the other, or both copies of a third.
        func statement(_ fact: SourcedFact?) -> String? {
            guard let fact, let reference = fact.fact.string("reference_product") else { return nil }
            let kind = fact.fact["biosimilar"]?.boolValue == true ? "biosimilar" : fact.fact["generic"]?.boolValue == true ? "generic" : "copy"
            return "\(kind) of \(reference)"
        }
        let referenceA = productA?.fact.string("reference_product"), referenceB = productB?.fact.string("reference_product")
        let aCopiesB = referenceA?.caseInsensitiveCompare(b.product.name) == .orderedSame
        let bCopiesA = referenceB?.caseInsensitiveCompare(a.product.name) == .orderedSame
        if aCopiesB || bCopiesA {
            let copy = aCopiesB ? a.product.name : b.product.name, original = aCopiesB ? b.product.name : a.product.name
            let kind = (aCopiesB ? statement(productA) : statement(productB))?.components(separatedBy: " of ").first ?? "copy"
            relation = "\(copy) is declared a \(kind) of \(original)"
        }
        // A reference declares nothing of its copies: its side of the row is empty, not the same.
        if referenceA != nil || referenceB != nil {
            rows.append(Self.row("relation", "reference_product", productA, statement(productA), productB, statement(productB)))
        }
        self.relation = relation

        // Pharmaceutical form, through the form concepts.
        func form(_ fact: SourcedFact?) -> String? {
            fact?.fact.string("pharmaceutical_form").map { lexicon.concept(.form, for: $0) ?? $0.lowercased() }
        }
        if form(productA) != nil || form(productB) != nil {
            // Quoted where the document names the form: "injektionsvæske, opløsning" is found by its first word.
            let formWords: (Fact) -> [String] = { [$0.string("pharmaceutical_form")?.split(separator: ",").first.map(String.init) ?? ""] }
            rows.append(Self.row("pharmaceutical_form", form(productA) ?? form(productB)!, stating(productA, formWords), form(productA),
                                 stating(productB, formWords), form(productB)))
        }

        rows += Self.indicationRows(a.facts(.indication), b.facts(.indication))
        rows += Self.dosingRows(a.facts(.dosing).first, b.facts(.dosing).first)
        rows += Self.setRows("co_medication", a.facts(.coMedication), b.facts(.coMedication)) { $0.strings("substances") }
        rows += Self.setRows("contraindication", a.facts(.contraindication), b.facts(.contraindication)) { [$0.string("condition")].compactMap { $0 } }
        rows += Self.adverseEventRows(a.facts(.adverseEvent), b.facts(.adverseEvent))
        rows += Self.studyRows(a.facts(.studyResult), b.facts(.studyResult))
        self.rows = rows
    }

    static func row(_ aspect: String, _ key: String, _ factA: SourcedFact?, _ a: String?, _ factB: SourcedFact?, _ b: String?) -> ComparisonRow {
        ComparisonRow(aspect: aspect, key: key,
                      a: a.flatMap { text in factA.map { SideValue(text: text, source: $0) } },
                      b: b.flatMap { text in factB.map { SideValue(text: text, source: $0) } },
                      status: ComparisonRow.status(a, b))
    }

    /// Indications pair by condition; the context must agree where both give one (sharing a
    /// word such as "prostate" is agreement: "prostate cancer treatment" and "hormone
    /// ablation for prostate cancer" name the same setting in more or fewer words).
    static func indicationRows(_ a: [SourcedFact], _ b: [SourcedFact]) -> [ComparisonRow] {
        func label(_ fact: Fact) -> String {
            (fact.string("condition") ?? "?") + (fact.string("context").map { " (\($0))" } ?? "")
        }
        func compatible(_ x: Fact, _ y: Fact) -> Bool {
            guard sameConcept(x, y, "condition") else { return false }
            switch (x.string("context"), y.string("context")) {
            case (nil, nil): return true
            case let (p?, q?): return p == q || !significantWords(p).isDisjoint(with: significantWords(q))
            default: return false
            }
        }
        var unmatched = b
        var rows: [ComparisonRow] = []
        for item in a {
            if let index = unmatched.firstIndex(where: { compatible(item.fact, $0.fact) }) {
                let other = unmatched.remove(at: index)
                rows.append(ComparisonRow(aspect: "indication", key: label(item.fact), a: SideValue(text: label(item.fact), source: item),
                                          b: SideValue(text: label(other.fact), source: other), status: .same))
            } else {
                rows.append(ComparisonRow(aspect: "indication", key: label(item.fact), a: SideValue(text: label(item.fact), source: item),
                                          b: nil, status: .onlyA))
            }
        }
        for other in unmatched {
            rows.append(ComparisonRow(aspect: "indication", key: label(other.fact), a: nil,
                                      b: SideValue(text: label(other.fact), source: other), status: .onlyB))
        }
        return rows
    }

    static func significantWords(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 5 && !["therapy", "treatment"].contains($0) })
    }

    static func dosingRows(_ a: SourcedFact?, _ b: SourcedFact?) -> [ComparisonRow] {
        guard a != nil || b != nil else { return [] }
        let doseA = a.flatMap { Dose(json: $0.fact["dose"]) }?.description
        let doseB = b.flatMap { Dose(json: $0.fact["dose"]) }?.description
        let sitesA = a.map { $0.fact.strings("sites").sorted().joined(separator: ", ") }.flatMap { $0.isEmpty ? nil : $0 }
        let sitesB = b.map { $0.fact.strings("sites").sorted().joined(separator: ", ") }.flatMap { $0.isEmpty ? nil : $0 }
        var rows = [
            row("route", "route", a, a?.fact.string("route"), b, b?.fact.string("route")),
            row("interval", "interval", a, a?.fact.string("interval"), b, b?.fact.string("interval")),
            row("dose", "dose", a, doseA, b, doseB),
        ]
        if sitesA != nil || sitesB != nil { rows.append(row("sites", "injection sites", a, sitesA, b, sitesB)) }
        return rows
    }

    /// Rows for concepts listed on either side: `same` where both list it.
    static func setRows(_ aspect: String, _ a: [SourcedFact], _ b: [SourcedFact], concepts: (Fact) -> [String]) -> [ComparisonRow] {
        let itemsA = a.flatMap { fact in concepts(fact.fact).map { ($0, fact) } }
        let itemsB = b.flatMap { fact in concepts(fact.fact).map { ($0, fact) } }
        var keys: [String] = []
        for key in itemsA.map(\.0) + itemsB.map(\.0) where !keys.contains(key) { keys.append(key) }
        return keys.map { key in
            let x = itemsA.first { $0.0 == key }, y = itemsB.first { $0.0 == key }
            return ComparisonRow(aspect: aspect, key: key, a: x.map { SideValue(text: key, source: $0.1) }, b: y.map { SideValue(text: key, source: $0.1) },
                                 status: x == nil ? .onlyB : y == nil ? .onlyA : .same)
        }
    }

    /// One concept in both: the same words, or the same vocabulary code ("eye pain" in an English
    /// SmPC, "ocular pain" from a Danish one: H57.1).
    static func sameConcept(_ x: Fact, _ y: Fact, _ field: String) -> Bool {
        if x.string(field) == y.string(field) { return true }
        guard let code = x.string("code") else { return false }
        return code == y.string("code")
    }

    static func adverseEventRows(_ a: [SourcedFact], _ b: [SourcedFact]) -> [ComparisonRow] {
        var keys: [SourcedFact] = []
        for fact in a + b where fact.fact.string("term") != nil && !keys.contains(where: { sameConcept($0.fact, fact.fact, "term") }) {
            keys.append(fact)
        }
        return keys.map { key in
            let term = key.fact.string("term")!
            let x = a.first { sameConcept($0.fact, key.fact, "term") }, y = b.first { sameConcept($0.fact, key.fact, "term") }
            let fx = x.map { $0.fact.string("frequency") ?? "not stated" }, fy = y.map { $0.fact.string("frequency") ?? "not stated" }
            let status: ComparisonStatus
            switch (x, y) {
            case (nil, _): status = .onlyB
            case (_, nil): status = .onlyA
            default:
                if fx == fy { status = .same }
                else if fx == "not stated" { status = .notStatedA }
                else if fy == "not stated" { status = .notStatedB }
                else { status = .differs }
            }
            return ComparisonRow(aspect: "adverse_event", key: term,
                                 a: x.map { SideValue(text: fx!.replacingOccurrences(of: "_", with: " "), source: $0) },
                                 b: y.map { SideValue(text: fy!.replacingOccurrences(of: "_", with: " "), source: $0) },
                                 status: status)
        }
    }

    /// Studies pair by endpoint and size; each study is its own row.
    static func studyRows(_ a: [SourcedFact], _ b: [SourcedFact]) -> [ComparisonRow] {
        func key(_ fact: Fact) -> String {
            let n = fact["participants"]?.doubleValue.map { "\(Int($0)) participants" } ?? "participants not stated"
            return "\(fact.string("endpoint") ?? "endpoint not stated"), \(n)"
        }
        func describe(_ fact: Fact) -> String {
            (fact["arms"]?.arrayValue ?? []).compactMap { arm in
                guard let product = arm["product"]?.stringValue, let value = arm["value"]?.doubleValue else { return nil }
                // A no-break space keeps a value with its unit ("5.1 %") on one line.
                return "\(product) \(JSONValue.format(value))\u{A0}\(arm["unit"]?.stringValue ?? "")".trimmingCharacters(in: .whitespaces)
            }.joined(separator: " vs ")
        }
        var unmatched = b
        var rows: [ComparisonRow] = []
        for item in a {
            if let index = unmatched.firstIndex(where: { key($0.fact) == key(item.fact) }) {
                let other = unmatched.remove(at: index)
                rows.append(ComparisonRow(aspect: "study_result", key: key(item.fact), a: SideValue(text: describe(item.fact), source: item),
                                          b: SideValue(text: describe(other.fact), source: other),
                                          status: describe(item.fact) == describe(other.fact) ? .same : .differs))
            } else {
                rows.append(ComparisonRow(aspect: "study_result", key: key(item.fact), a: SideValue(text: describe(item.fact), source: item), b: nil, status: .onlyA))
            }
        }
        rows += unmatched.map {
            ComparisonRow(aspect: "study_result", key: key($0.fact), a: nil, b: SideValue(text: describe($0.fact), source: $0), status: .onlyB)
        }
        return rows
    }
}
