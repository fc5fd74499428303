import Hummingbird

/// The language of a page's labels: `?lang=da|en` when asked for (and then kept in every
/// link), else the first of Danish and English the browser accepts, else English.
struct PageLanguage: Sendable, Equatable {
    let code: String
    /// Whether `lang` asked for it, so that links carry it on.
    let asked: Bool
    /// Whether `lang` or the browser named it; else a report speaks its documents' language.
    let named: Bool

    static let codes = ["da", "en"]

    init(code: String?, asked: Bool) {
        (self.code, self.asked, named) = (code ?? "en", asked, code != nil)
    }

    init(_ request: Request, query: QueryValues) throws {
        if let asked = try query.choice("lang", among: Self.codes) {
            self.init(code: asked, asked: true)
        } else {
            self.init(code: Self.accepted(request.headers[.acceptLanguage]), asked: false)
        }
    }

    /// The language of a report: the one named, else nil (the report's documents').
    var report: String? { named ? code : nil }

    /// The first of `da` and `en` an Accept-Language header ranks highest
    /// (`da-DK,da;q=0.9,en;q=0.8` is Danish); nil when it names neither.
    static func accepted(_ header: String?) -> String? {
        guard let header else { return nil }
        let ranked = header.split(separator: ",").enumerated().compactMap { index, item -> (code: String, weight: Double, index: Int)? in
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased(), !tag.isEmpty else { return nil }
            let weight = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            let primary = String(tag.split(separator: "-").first ?? "")
            return codes.contains(primary) && weight > 0 ? (primary, weight, index) : nil
        }
        return ranked.min { ($1.weight, $0.index) < ($0.weight, $1.index) }?.code
    }

    /// The `lang` field of links: only when it was asked for.
    var linkValue: String? { asked ? code : nil }
}
