import Foundation

/// One row of a worksheet: its number as the sheet gives it (1-based) and its cells'
/// text by column (0-based), empty cells as nil.
struct WorksheetRow {
    let number: Int
    let cells: [String?]

    subscript(column: Int) -> String? { column < cells.count ? cells[column] : nil }
}

/// Streams the rows of a worksheet part, handing each to `body` as soon as it is complete.
enum WorksheetRows {
    static func read(_ data: Data, part: String, sharedStrings: [String],
                     _ body: (WorksheetRow) throws -> Void) throws {
        let reader = try XMLPullReader(data, part: part)
        var rowNumber = 0
        var cells: [String?] = []
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
            if cells.count <= column { cells.append(contentsOf: repeatElement(nil, count: column - cells.count + 1)) }
            cells[column] = text
        }

        while try reader.next() {
            switch reader.node {
            case .element:
                switch reader.localName {
                case "row":
                    rowNumber = reader.attribute("r").flatMap(Int.init) ?? rowNumber + 1
                    cells = []
                    column = 0
                    if reader.isEmptyElement { try body(WorksheetRow(number: rowNumber, cells: [])) }
                case "c":
                    column = reader.attribute("r").flatMap(Self.column(of:)) ?? column
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

    /// "AB12" → 27: the column letters of a cell reference, 0-based.
    static func column(of reference: String) -> Int? {
        var column = 0, letters = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            column = column * 26 + Int(scalar.value - 64)
            letters += 1
        }
        return letters == 0 ? nil : column - 1
    }
}
