import Foundation

/// Catalogue changes for people (text) and programs (JSON `medkb-changes/1`).
public enum ChangeReport {
    /// A summary line, then the changes by kind; `limit` lines of each kind at most; the
    /// words in the language of `labels`.
    public static func text(_ changes: CatalogueChanges, limit: Int? = nil, labels: ReportLabels = ReportLabels(language: "en")) -> String {
        let parts = self.parts(changes, labels)
        guard let summary = parts.summary else { return parts.title + " " + labels["none"] }
        var lines = [parts.title, "  " + summary]
        for section in parts.sections {
            lines.append("")
            lines.append("\(section.title) (\(number(section.rows.count))):")
            let shown = limit.map { Array(section.rows.prefix($0)) } ?? section.rows
            lines.append(TextLayout.table(shown.map { ["   "] + $0 }))
            if shown.count < section.rows.count { lines.append("    … " + labels.format("and_more", number(section.rows.count - shown.count))) }
        }
        return lines.joined(separator: "\n")
    }

    /// As `text`, as HTML: the title, the summary, a table for each kind of change.
    public static func html(_ changes: CatalogueChanges, labels: ReportLabels = ReportLabels(language: "en")) -> String {
        let parts = self.parts(changes, labels)
        var writer = HTMLWriter()
        // A heading, not a line that introduces a list: without the text's colon.
        writer.element("h2", parts.title.hasSuffix(":") ? String(parts.title.dropLast()) : parts.title)
        writer.element("p", parts.summary.map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? labels["none"], class: "meta")
        for section in parts.sections {
            writer.element("h3", "\(section.title) (\(number(section.rows.count)))")
            let header = [labels["product"], labels["ema_number"], labels["substance"], section.isChange ? labels["change"] : labels["status"]]
            writer.table(header: header, rows: section.rows, statusColumn: nil, classes: section.rows.map { _ in "" })
        }
        return writer.body
    }

    /// What a report of one comparison says: its title, the summary line (nil when nothing
    /// changed), and each kind of change with its rows (name, number, substance, and the
    /// status or the change).
    static func parts(_ changes: CatalogueChanges, _ labels: ReportLabels)
        -> (title: String, summary: String?, sections: [(title: String, rows: [[String]], isChange: Bool)]) {
        let title = labels.format("changes_title", changes.fromExport, changes.toExport)
        if changes.isEmpty { return (title, nil, []) }
        let changedProducts = Set(changes.fieldChanges.map { $0.product.emaProductNumber ?? $0.product.name }).count
        let summary = [
            changes.added.isEmpty ? nil : labels.count(changes.added.count, "new_product") + newBreakdown(changes.added, labels),
            changes.statusChanges.isEmpty ? nil : labels.count(changes.statusChanges.count, "status_change") + statusBreakdown(changes.statusChanges),
            changes.fieldChanges.isEmpty ? nil : labels.count(changes.fieldChanges.count, "changed_field") + " " + labels["in"] + " "
                + labels.count(changedProducts, "product_count"),
            changes.removed.isEmpty ? nil : labels.count(changes.removed.count, "product_count") + " " + labels["no_longer_listed"],
        ].compactMap { $0 }.joined(separator: ", ")
        // A new authorised medicine is news of another kind than an application withdrawn or refused.
        let sections: [(title: String, rows: [[String]], isChange: Bool)] = [
            (labels["section_new"], changes.added.filter(\.wasAuthorised).map(productCells), false),
            (labels["section_new_not_authorised"], changes.added.filter { !$0.wasAuthorised }.map(productCells), false),
            (labels["section_status"], changes.statusChanges.map { productCells($0.product).prefix(3) + ["\($0.old ?? "-") → \($0.new ?? "-")"] }, true),
            (labels["section_fields"], changes.fieldChanges.map {
                productCells($0.product).prefix(3) + ["\($0.field.replacingOccurrences(of: "_", with: " ")): \($0.old ?? "-") → \($0.new ?? "-")"]
            }, true),
            (labels["section_removed"], changes.removed.map(productCells), false),
        ]
        return (title, summary, sections.filter { !$0.rows.isEmpty })
    }

    /// One row per change: new, new_not_authorised, status, field, removed.
    public static func csv(_ all: [CatalogueChanges]) -> String {
        var rows: [[String]] = []
        func row(_ changes: CatalogueChanges, _ kind: String, _ product: CatalogueChanges.Product,
                 _ field: String = "", _ old: String? = nil, _ new: String? = nil) {
            rows.append([changes.fromExport, changes.toExport, kind, product.name, product.emaProductNumber ?? "",
                         product.activeSubstances.joined(separator: ", "), product.atc ?? "", product.status ?? "", field, old ?? "", new ?? ""])
        }
        for changes in all {
            for product in changes.added { row(changes, product.wasAuthorised ? "new" : "new_not_authorised", product) }
            for change in changes.statusChanges { row(changes, "status", change.product, change.field, change.old, change.new) }
            for change in changes.fieldChanges { row(changes, "field", change.product, change.field, change.old, change.new) }
            for product in changes.removed { row(changes, "removed", product) }
        }
        return CSVTable.text(header: ["from_export", "to_export", "change", "name", "ema_product_number", "active_substances", "atc",
                                      "status", "field", "old", "new"], rows: rows)
    }

    public static func json(_ all: [CatalogueChanges]) -> JSONValue {
        func product(_ product: CatalogueChanges.Product) -> [(String, JSONValue)] {
            [("name", .string(product.name)), ("ema_product_number", .optional(product.emaProductNumber)),
             ("status", .optional(product.status)), ("active_substances", .strings(product.activeSubstances))]
        }
        func change(_ change: CatalogueChanges.Change) -> JSONValue {
            .object(product(change.product) + [("field", .string(change.field)), ("old", .optional(change.old)),
                                               ("new", .optional(change.new))])
        }
        return .object([
            ("schema", .string("medkb-changes/1")),
            ("exports", .array(all.map { changes in
                .object([
                    ("from", .string(changes.fromExport)), ("to", .string(changes.toExport)),
                    ("added", .array(changes.added.map { .object(product($0)) })),
                    ("removed", .array(changes.removed.map { .object(product($0)) })),
                    ("status_changes", .array(changes.statusChanges.map(change))),
                    ("field_changes", .array(changes.fieldChanges.map(change))),
                ])
            })),
        ])
    }

    /// Name, number, substance, status.
    static func productCells(_ product: CatalogueChanges.Product) -> [String] {
        // Some names and substances run to 100 characters; clipped, the table stays readable.
        [ProductList.clipped(product.name), product.emaProductNumber ?? "",
         ProductList.clipped(product.activeSubstances.joined(separator: ", ")), product.status ?? ""]
    }

    /// " (1,040 authorised, 48 applications not authorised)"; nothing when all were authorised.
    static func newBreakdown(_ added: [CatalogueChanges.Product], _ labels: ReportLabels) -> String {
        let never = added.filter { !$0.wasAuthorised }.count
        guard never > 0 else { return "" }
        return " (" + labels.format("new_breakdown", number(added.count - never), labels.count(never, "application")) + ")"
    }

    static func statusBreakdown(_ changes: [CatalogueChanges.Change]) -> String {
        guard !changes.isEmpty else { return "" }
        let byStatus = Dictionary(grouping: changes, by: { ($0.new ?? "no status").lowercased() })
        return " (" + byStatus.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
            .map { "\(number($0.value.count)) \($0.key)" }.joined(separator: ", ") + ")"
    }

    /// "2,650": digits in threes, as NumberFormatter's British decimal style writes a whole
    /// number. Grouped here, not by a NumberFormatter, whose first use loads ICU's locale
    /// data: a millisecond of every search that says "More than 2,000 sections".
    public static func number(_ value: Int) -> String {
        let digits = Array(String(value.magnitude).utf8)
        var grouped: [UInt8] = value < 0 ? [UInt8(ascii: "-")] : []
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(UInt8(ascii: ",")) }
            grouped.append(digit)
        }
        return String(decoding: grouped, as: UTF8.self)
    }
}
