import Foundation

/// One row of a worksheet: its number as the sheet gives it (1-based) and the cells that
/// hold text, left to right by column (0-based). Only those are kept, so a lone cell far to
/// the right costs one entry, not the columns before it.
struct WorksheetRow {
    let number: Int
    let cells: [(column: Int, text: String)]

    init(number: Int, cells: [Int: String]) {
        self.number = number
        self.cells = cells.sorted { $0.key < $1.key }.map { (column: $0.key, text: $0.value) }
    }

    subscript(column: Int) -> String? {
        var low = 0, high = cells.count
        while low < high {
            let middle = (low + high) / 2
            if cells[middle].column < column { low = middle + 1 } else { high = middle }
        }
        return low < cells.count && cells[low].column == column ? cells[low].text : nil
    }
}

/// Streams the rows of a worksheet part, handing each to `body` as soon as it is complete.
enum WorksheetRows {
    /// Excel's last column (XFD) and last row; a reference beyond them is not Excel's.
    static let columnLimit = 16_384
    static let rowLimit = 1_048_576

    static func read(_ data: Data, part: String, sharedStrings: [String],
                     _ body: (WorksheetRow) throws -> Void) throws {
        let reader = try XMLPullReader(data, part: part)
        var rowNumber = 0
        var cells: [Int: String] = [:]
        var column = 0, cellType = "n"
        var inCell = false, inValue = false, inInlineText = false
        var value = ""

        func finishCell() throws {
            defer { column += 1 }
            guard !value.isEmpty else { return }
            var text = value
            if cellType == "s" {
                guard let index = Int(value), sharedStrings.indices.contains(index) else {
                    throw WorkbookError.damagedPart(part: part, reason: "points at shared string \(value), which does not exist")
                }
                text = sharedStrings[index]
            }
            cells[column] = text
        }

        while try reader.next() {
            switch reader.node {
            case .element:
                switch reader.localName {
                case "row":
                    rowNumber = try reader.attribute("r").flatMap { try Self.row(of: $0, part: part) } ?? rowNumber + 1
                    guard rowNumber <= rowLimit else {
                        throw WorkbookError.beyondSheet(part: part, reference: "row \(rowNumber)", limit: "last row \(rowLimit)")
                    }
                    cells = [:]
                    column = 0
                    if reader.isEmptyElement { try body(WorksheetRow(number: rowNumber, cells: [:])) }
                case "c":
                    column = try reader.attribute("r").flatMap { try Self.column(of: $0, part: part) } ?? column
                    guard column < columnLimit else {
                        throw WorkbookError.beyondSheet(part: part, reference: "the cell after \(columnName(columnLimit - 1))\(rowNumber)",
                                                        limit: "last column \(columnName(columnLimit - 1))")
                    }
                    cellType = reader.attribute("t") ?? "n"
                    value = ""
                    inCell = !reader.isEmptyElement
                    if !inCell { column += 1 }
                case "v": inValue = inCell && !reader.isEmptyElement
                case "t": inInlineText = inCell && cellType == "inlineStr" && !reader.isEmptyElement
                default: break
                }
            case .endElement:
                switch reader.localName {
                case "row": try body(WorksheetRow(number: rowNumber, cells: cells))
                case "c": try finishCell(); inCell = false
                case "v": inValue = false
                case "t": inInlineText = false
                default: break
                }
            case .text:
                if inValue || inInlineText { value += reader.value }
            case .other:
                break
            }
        }
    }

    /// "AB12" → 27: the column letters of a cell reference, 0-based; nil without letters.
    /// A reference beyond Excel's last column or row is refused, the cell named.
    static func column(of reference: String, part: String) throws -> Int? {
        var column = 0, letters = 0, row = 0, digits = 0
        func beyond(_ limit: String) -> WorkbookError {
            .beyondSheet(part: part, reference: "cell \(reference.prefix(40))", limit: limit)
        }
        for scalar in reference.unicodeScalars {
            if digits == 0, ("A"..."Z").contains(scalar) {
                column = column * 26 + Int(scalar.value - 64)
                letters += 1
                guard column <= columnLimit else { throw beyond("last column \(columnName(columnLimit - 1))") }
            } else if ("0"..."9").contains(scalar) {
                row = row * 10 + Int(scalar.value - 48)
                digits += 1
                guard row <= rowLimit else { throw beyond("last row \(rowLimit)") }
            } else {
                break
            }
        }
        return letters == 0 ? nil : column - 1
    }

    /// A row's `r`: its number, refused beyond Excel's last row; a value that is no number is left out.
    static func row(of attribute: String, part: String) throws -> Int? {
        guard !attribute.isEmpty, attribute.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        guard attribute.utf8.count <= 7, let row = Int(attribute), row <= rowLimit else {
            throw WorkbookError.beyondSheet(part: part, reference: "row \(attribute.prefix(40))", limit: "last row \(rowLimit)")
        }
        return row
    }

    /// 0 → "A", 16383 → "XFD".
    static func columnName(_ column: Int) -> String {
        var column = column + 1, name = ""
        while column > 0 {
            name = String(UnicodeScalar(UInt8(65 + (column - 1) % 26))) + name
            column = (column - 1) / 26
        }
        return name
    }
}
