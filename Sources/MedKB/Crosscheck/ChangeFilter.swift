/// What `medkb changes` may narrow to; nil means any. Each compares without case: the
/// substance whole (one of the product's), the ATC code by its start, the therapeutic
/// area by a word or phrase in it, the status as the newer export gives it.
public struct ChangeFilter: Sendable {
    public var substance: String?
    public var atc: String?
    public var area: String?
    public var status: String?

    public init(substance: String? = nil, atc: String? = nil, area: String? = nil, status: String? = nil) {
        (self.substance, self.atc, self.area, self.status) = (substance, atc, area, status)
    }

    var isEmpty: Bool { substance == nil && atc == nil && area == nil && status == nil }

    func admits(_ product: CatalogueChanges.Product) -> Bool {
        if let substance, !product.activeSubstances.contains(where: { $0.caseInsensitiveCompare(substance) == .orderedSame }) { return false }
        if let atc, !(product.atc ?? "").uppercased().hasPrefix(atc.uppercased()) { return false }
        if let area, (product.therapeuticArea ?? "").range(of: area, options: [.caseInsensitive, .diacriticInsensitive]) == nil { return false }
        if let status, (product.status ?? "").caseInsensitiveCompare(status) != .orderedSame { return false }
        return true
    }
}

extension ChangeFilter {
    /// "substance denosumab, ATC M05", in the language of `labels`.
    public func description(_ labels: ReportLabels) -> String {
        [substance.map { labels.format("criterion_substance", $0) }, atc.map { labels.format("criterion_atc_prefix", $0) },
         area.map { labels.format("criterion_area", $0) }, status.map { labels.format("criterion_status", $0) }]
            .compactMap { $0 }.joined(separator: ", ")
    }

    /// Whether `since` is a date `changes(since:)` takes: YYYY, YYYY-MM or YYYY-MM-DD.
    public static func isDate(_ since: String) -> Bool {
        since.wholeMatch(of: /\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?/) != nil
    }
}

/// The catalogue changes `medkb changes` reports: each comparison narrowed by a filter.
public struct FilteredChanges: Sendable {
    public let all: [CatalogueChanges]
    /// The comparisons before the filter: whether the filter or the base explains an empty report.
    public let unfiltered: [CatalogueChanges]
    public let filter: ChangeFilter
    public let since: String?
    /// How many catalogue exports the base holds.
    public let catalogues: Int

    /// Why nothing is reported, in the language of `labels`: too few exports, none since
    /// the date, or a filter that matches no change; nil when there is something to report.
    public func emptyReason(labels: ReportLabels) -> String? {
        if all.isEmpty {
            return catalogues < 2 ? labels.format("changes_need_two", labels.count(catalogues, "catalogue_export"))
                : labels.format("no_export_since", since ?? "")
        }
        guard all.allSatisfy(\.isEmpty), !unfiltered.allSatisfy(\.isEmpty) else { return nil }
        let criteria = filter.description(labels)
        return all.count == 1 ? labels.format("no_change_matches", criteria) : labels.format("no_change_matches_in", criteria, String(all.count))
    }

    /// The report as text, or why it is empty.
    public func text(labels: ReportLabels) -> String {
        emptyReason(labels: labels) ?? all.map { ChangeReport.text($0, labels: labels) }.joined(separator: "\n\n")
    }

    /// The report as HTML (a heading, the summary and a table for each kind of change), or why it is empty.
    public func html(labels: ReportLabels) -> String {
        if let reason = emptyReason(labels: labels) {
            var writer = HTMLWriter()
            writer.element("p", reason)
            return writer.body
        }
        return all.map { ChangeReport.html($0, labels: labels) }.joined()
    }

    public var json: JSONValue { ChangeReport.json(all) }
    public var csv: String { ChangeReport.csv(all) }
}

extension KnowledgeBase {
    /// The changes between the exports dated `since` or later and the export before each,
    /// narrowed by `filter` ("2019" and "2019-06" compare as their first day does).
    public func changes(since: String?, filter: ChangeFilter) throws -> FilteredChanges {
        let unfiltered = try changes(since: since ?? "")
        return FilteredChanges(all: unfiltered.map { $0.filtered(filter) }, unfiltered: unfiltered, filter: filter, since: since,
                               catalogues: try catalogues().count)
    }
}
