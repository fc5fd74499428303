import Foundation

/// An Excel workbook (.xlsx) opened for reading its first worksheet row by row.
struct Workbook {
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private let package: WorkbookPackage
    private let sheetPath: String
    private let sharedStringsPath: String?

    init(_ data: Data) throws {
        package = try WorkbookPackage(data)
        let workbookPath = "xl/workbook.xml"
        let relationships = try Self.relationships(package, of: workbookPath)
        let sheetId = try Self.firstSheetRelationship(try package.part(workbookPath), part: workbookPath)
        guard let target = relationships.first(where: { $0.id == sheetId })?.target else { throw WorkbookError.noSheet }
        sheetPath = Self.resolve(target, from: "xl/")
        sharedStringsPath = relationships.first { $0.type.hasSuffix("/sharedStrings") }.map { Self.resolve($0.target, from: "xl/") }
    }

    /// Calls `body` with every row of the first worksheet, in order.
    func forEachRow(_ body: (WorksheetRow) throws -> Void) throws {
        let strings = try sharedStringsPath.map { try SharedStrings.read(try package.part($0), part: $0) } ?? []
        try WorksheetRows.read(try package.part(sheetPath), part: sheetPath, sharedStrings: strings, body)
    }

    private struct Relationship { let id, type, target: String }

    private static func relationships(_ package: WorkbookPackage, of partPath: String) throws -> [Relationship] {
        let slash = partPath.lastIndex(of: "/").map { partPath.index(after: $0) } ?? partPath.startIndex
        let path = String(partPath[..<slash]) + "_rels/" + String(partPath[slash...]) + ".rels"
        let reader = try XMLPullReader(try package.part(path), part: path)
        var found: [Relationship] = []
        while try reader.next() {
            if reader.node == .element, reader.localName == "Relationship",
               let id = reader.attribute("Id"), let target = reader.attribute("Target") {
                found.append(Relationship(id: id, type: reader.attribute("Type") ?? "", target: target))
            }
        }
        return found
    }

    private static func firstSheetRelationship(_ data: Data, part: String) throws -> String {
        let reader = try XMLPullReader(data, part: part)
        while try reader.next() {
            if reader.node == .element, reader.localName == "sheet",
               let id = reader.attribute("id", namespace: relationshipsNamespace) {
                return id
            }
        }
        throw WorkbookError.noSheet
    }

    /// A relationship target: absolute ("/xl/…") or relative to the workbook's folder.
    private static func resolve(_ target: String, from folder: String) -> String {
        target.hasPrefix("/") ? String(target.dropFirst()) : folder + target
    }
}
