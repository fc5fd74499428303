import Foundation

/// An EMA medicines catalogue export, read whole before anything is stored.
public struct Catalogue: Sendable {
    public let layout: String
    /// The day EMA generated the export (ISO 8601), from the lines above the header.
    public let exportDate: String
    public let fields: Set<CatalogueField>
    public let entries: [CatalogueEntry]

    public func count(category: String) -> Int { entries.filter { $0.category == category }.count }
}

/// Why a workbook is not a catalogue medkb can read.
public enum CatalogueError: Error, CustomStringConvertible, Equatable {
    case noHeader(rowsSearched: Int)
    case noExportDate
    case noRows
    case rowWithoutName(row: Int)

    public var description: String {
        switch self {
        case let .noHeader(rows):
            "it is not an EMA medicines catalogue: none of its first \(rows) rows is a header with the columns "
                + "Category, Name of medicine (or Medicine name), EMA product number, Medicine status and Biosimilar"
        case .noExportDate:
            "the catalogue gives no export date (a dd/mm/yyyy date above its header row); medkb needs it to order exports"
        case .noRows:
            "the catalogue has a header row but no medicines under it"
        case let .rowWithoutName(row):
            "row \(row) of the catalogue has no medicine name; the file looks damaged"
        }
    }
}

public enum CatalogueReader {
    /// How far down the sheet the header row may be.
    static let headerSearchRows = 50

    /// Whether the bytes are a ZIP archive, as every .xlsx is.
    public static func looksLikeWorkbook(_ data: Data) -> Bool { WorkbookPackage.isZip(data) }

    public static func read(_ data: Data) throws -> Catalogue {
        // A Word document is a ZIP package too, and an old .xls may be named .xlsx.
        if let office = OfficeFile.recognise(data) { throw ReadError.officeFile(office) }
        let workbook = try Workbook(data)
        var header: CatalogueHeader?
        var exportDate: String?
        var entries: [CatalogueEntry] = []
        var searched = 0
        try workbook.forEachRow { row in
            guard let header else {
                searched += 1
                guard searched <= headerSearchRows else { throw CatalogueError.noHeader(rowsSearched: headerSearchRows) }
                if let found = CatalogueHeader(row) {
                    header = found
                } else if exportDate == nil {
                    exportDate = row.cells.lazy.compactMap { CatalogueValue.isoDate(in: $0.text) }.first
                }
                return
            }
            guard !row.cells.isEmpty else { return }
            let entry = CatalogueEntry(row: row.number, cells: row, header: header)
            guard !entry.name.isEmpty else { throw CatalogueError.rowWithoutName(row: row.number) }
            entries.append(entry)
        }
        guard let header else { throw CatalogueError.noHeader(rowsSearched: searched) }
        guard let exportDate else { throw CatalogueError.noExportDate }
        guard !entries.isEmpty else { throw CatalogueError.noRows }
        return Catalogue(layout: header.layout.rawValue, exportDate: exportDate,
                         fields: header.fields, entries: entries)
    }
}
