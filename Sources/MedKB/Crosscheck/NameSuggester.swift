/// Names a document or a user may have got wrong ("Ozvyrti" for "Osvyrti"): the known
/// products whose folded names are a few edits away, those sharing an active
/// substance with what the name was given for first.
public struct NameSuggester: Sendable {
    public struct Suggestion: Sendable, Equatable {
        public let product: ProductSummary
        public let distance: Int

        /// "Osvyrti (denosumab, biosimilar, Authorised)".
        public var label: String { label(.english) }

        /// "Osvyrti (denosumab, biosimilær, Authorised)": the status as the EMA words it.
        public func label(_ labels: ReportLabels) -> String {
            var traits = [product.activeSubstances.joined(separator: ", ")]
            if product.biosimilar == true { traits.append(labels["biosimilar"]) } else if product.generic == true { traits.append(labels["generic"]) }
            if let status = product.status { traits.append(status) }
            let shown = traits.filter { !$0.isEmpty }
            return shown.isEmpty ? product.name : "\(product.name) (\(shown.joined(separator: ", ")))"
        }
    }

    let products: [(key: String, product: ProductSummary)]

    public init(_ products: [ProductSummary]) {
        self.products = products.map { (ProductIdentity.nameKey($0.name), $0) }
    }

    /// At most `limit` names: the fewest edits first, then those with one of `substances`,
    /// then authorised ones. Short names allow one edit, longer ones two.
    public func suggestions(for name: String, substances: [String] = [], limit: Int = 3) -> [Suggestion] {
        let key = ProductIdentity.nameKey(name)
        guard key.count >= 3 else { return [] }
        let allowed = Self.allowedEdits(forLength: key.count)
        let wanted = Set(substances)
        var found: [Suggestion] = []
        var measure = EditDistance(from: key)
        for (candidateKey, product) in products where candidateKey != key && abs(candidateKey.count - key.count) <= allowed {
            let distance = measure.to(candidateKey, limit: allowed)
            if distance <= allowed { found.append(Suggestion(product: product, distance: distance)) }
        }
        func rank(_ suggestion: Suggestion) -> (Int, Int, Int, String) {
            (suggestion.distance, wanted.isDisjoint(with: suggestion.product.activeSubstances) ? 1 : 0,
             suggestion.product.status == "Authorised" ? 0 : 1, suggestion.product.name.lowercased())
        }
        var seen = Set<String>()
        return found.sorted { rank($0) < rank($1) }.filter { seen.insert($0.product.name.lowercased()).inserted }.prefix(limit).map { $0 }
    }

    /// The words of `candidates` closest to `word` (a misspelt substance, status or command):
    /// those the fewest edits away, within the edits a name allows; a candidate that differs
    /// only in case, accents or punctuation ("zoledronic-acid") is the closest of all.
    public static func closest(to word: String, among candidates: [String], limit: Int = 3) -> [String] {
        let key = ProductIdentity.nameKey(word)
        guard key.count >= 3 else { return [] }
        let allowed = allowedEdits(forLength: key.count)
        let ranked = Set(candidates).compactMap { candidate -> (Int, String)? in
            guard candidate.caseInsensitiveCompare(word) != .orderedSame else { return nil }
            let distance = editDistance(key, ProductIdentity.nameKey(candidate), limit: allowed)
            return distance <= allowed ? (distance, candidate) : nil
        }
        let fewest = ranked.map(\.0).min()
        return ranked.filter { $0.0 == fewest }.map(\.1).sorted { $0.lowercased() < $1.lowercased() }.prefix(limit).map { $0 }
    }

    /// Short names allow one edit, longer ones two.
    static func allowedEdits(forLength length: Int) -> Int { length <= 5 ? 1 : 2 }

    /// Damerau–Levenshtein distance (adjacent swaps count as one edit), stopping early past
    /// `limit`: any distance past it is returned as `limit + 1`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        var measure = EditDistance(from: a)
        return measure.to(b, limit: limit)
    }
}
