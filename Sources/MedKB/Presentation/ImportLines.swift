/// The lines `medkb import` prints for each file, which `medkb serve` shows after an upload.
public enum ImportLines {
    /// How many changes of each kind a catalogue import lists; `medkb changes` lists them all.
    public static let changesShown = 10

    static func n(_ value: Int) -> String { ChangeReport.number(value) }

    /// `imported   prolia.txt  (epar-overview, da, “Prolia”, 24 facts)` or `unchanged  …`.
    public static func document(_ outcome: ImportOutcome, source: String) -> String {
        switch outcome {
        case let .imported(_, kind, language, title, facts, encoding):
            // UTF-8 goes without saying; another encoding is worth knowing.
            let readAs = encoding.flatMap { $0 == .utf8 ? nil : "; read as \($0.rawValue)" } ?? ""
            return "imported   \(source)  (\(kind.rawValue), \(language), \(title.map { "“\($0)”, " } ?? "")\(facts) facts\(readAs))"
        case let .unchanged(id):
            return "unchanged  \(source)  (already in the base as \(id.prefix(12)))"
        }
    }

    /// `refused    scan.pdf: the reason`: the error in words, never its SQL.
    public static func refused(_ source: String, _ error: any Error) -> String {
        "refused    \(source): \(readableMessage(for: error))"
    }

    /// The catalogue's line, then, when the base held an earlier export, what changed since it.
    public static func catalogue(_ outcome: CatalogueImportOutcome, source: String) -> [String] {
        switch outcome {
        case let .imported(result):
            var lines = ["imported   \(source)  (EMA medicines catalogue of \(result.exportDate): "
                + "\(n(result.rows)) rows, \(n(result.human)) human, \(n(result.veterinary)) veterinary; "
                + newProducts(result) + ", \(n(result.facts)) indication facts)"]
            if let changes = result.changes {
                lines += [ChangeReport.text(changes, limit: changesShown), "\n`medkb changes --since \(changes.toExport)` lists every change."]
            }
            return lines
        case let .unchanged(id):
            return ["unchanged  \(source)  (this catalogue export is already in the base as \(id.prefix(12)))"]
        }
    }

    /// The export's new products, the same figure `medkb changes` gives: rows the export
    /// before it did not have, some of them products already known from documents.
    static func newProducts(_ result: CatalogueImport) -> String {
        guard let added = result.changes?.added.count else { return "\(n(result.newProducts)) new products" }
        let known = added - result.newProducts
        return "\(n(added)) new products" + (known > 0 ? " (\(n(known)) of them known from documents)" : "")
    }
}
