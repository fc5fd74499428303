import Foundation

/// The catalogue's header row: which column holds which field. Found by its labels,
/// wherever it is in the sheet and whatever the file is called.
struct CatalogueHeader {
    /// The two layouts EMA has published, told apart by how the name column is labelled.
    enum Layout: String, Sendable {
        case medicinesReport = "medicines-report"      // 2025 on: "Name of medicine", 39 columns
        case eparReport = "epar-report"                // up to 2018: "Medicine name", 30 columns
    }

    let row: Int
    let layout: Layout
    let columns: [CatalogueField: Int]

    /// Fields the layout has; a field it lacks cannot be said to have changed.
    var fields: Set<CatalogueField> { Set(columns.keys) }

    /// The header, if this row is one.
    init?(_ row: WorksheetRow) {
        let labels = row.cells.map { (column: $0.column, label: Self.fold($0.text)) }
        var columns: [CatalogueField: Int] = [:]
        var layout: Layout?
        for field in CatalogueField.allCases {
            for (index, label) in field.labels.enumerated() {
                if let column = labels.first(where: { $0.label == label })?.column {
                    columns[field] = column
                    if field == .name { layout = index == 0 ? .medicinesReport : .eparReport }
                    break
                }
            }
        }
        guard let layout, CatalogueField.required.allSatisfy({ columns[$0] != nil }) else { return nil }
        self.row = row.number
        self.layout = layout
        self.columns = columns
    }

    static func fold(_ label: String) -> String {
        label.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
