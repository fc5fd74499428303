import Foundation

/// What `medkb show` was asked about: one product, or the products of a substance or an
/// ATC code (a substance is not a product, so it gets a list, not one product's card).
public enum ShowSubject: Sendable {
    case product(ProductSummary)
    case substance(String, [ProductSummary])
    case atc(String, [ProductSummary])
}

extension KnowledgeBase {
    /// A product by its number or exact name first; then an active substance (its
    /// products), then an ATC code or its start (M05BX04, M05B); else a product by the
    /// start of its name, with suggestions when none is close.
    public func subject(named query: String) throws -> ShowSubject {
        let all = try products()
        let exact = all.contains {
            $0.emaProductNumber?.caseInsensitiveCompare(query) == .orderedSame || $0.name.caseInsensitiveCompare(query) == .orderedSame
        }
        if !exact {
            let folded = query.lowercased()
            let ofSubstance = all.filter { $0.activeSubstances.contains { $0.lowercased() == folded } }
            if !ofSubstance.isEmpty { return .substance(folded, ofSubstance) }
            if ATCCode.isCode(query) {
                let code = query.uppercased()
                let ofCode = all.filter { ($0.atc ?? "").uppercased().hasPrefix(code) }
                if !ofCode.isEmpty { return .atc(code, ofCode) }
            }
        }
        return .product(try product(named: query))
    }
}

/// The shape of an ATC code or of its first levels: M, M05, M05B, M05BX, M05BX04.
enum ATCCode {
    static func isCode(_ text: String) -> Bool {
        let scalars = Array(text.uppercased().unicodeScalars)
        // Letter, two digits, letter, letter, two digits: each level's kind of character.
        let shape: [CharacterSet] = [.uppercaseLetters, .decimalDigits, .decimalDigits, .uppercaseLetters,
                                     .uppercaseLetters, .decimalDigits, .decimalDigits]
        guard [1, 3, 4, 5, 7].contains(scalars.count) else { return false }
        return zip(scalars, shape).allSatisfy { $0.isASCII && $1.contains($0) }
    }
}
