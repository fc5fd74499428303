import Foundation
import ZIPFoundation

/// Writes small .xlsx workbooks for tests: the parts Excel writes, rows as inline strings.
struct WorkbookBuilder {
    var rows: [[String?]]
    /// Replaces the generated sheet XML when set (malformed or hostile parts).
    var sheetXML: String?
    var compress = true

    init(rows: [[String?]], sheetXML: String? = nil) {
        self.rows = rows
        self.sheetXML = sheetXML
    }

    /// A catalogue in the 2026 layout: the preamble with the export date, the header, `medicines`.
    static func catalogue(exportDate: String = "29/01/2026 - 06:00", _ medicines: [[String: String]]) -> WorkbookBuilder {
        let header = ["Category", "Name of medicine", "EMA product number", "Medicine status",
                      "International non-proprietary name (INN) / common name", "Active substance",
                      "Therapeutic area (MeSH)", "ATC code (human)", "Therapeutic indication", "Additional monitoring",
                      "Biosimilar", "Conditional approval", "Generic or hybrid", "Orphan medicine",
                      "Marketing authorisation developer / applicant / holder", "Marketing authorisation date",
                      "Withdrawal / expiry / revocation / lapse of marketing authorisation date", "Revision number",
                      "Medicine URL"]
        var rows: [[String?]] = [["Content type:", "Medicine", "Output automatically generated on:", exportDate]]
        rows += Array(repeating: [], count: 7)
        rows.append(header)
        for medicine in medicines {
            rows.append(header.map { medicine[$0] ?? Self.defaults[$0] })
        }
        return WorkbookBuilder(rows: rows)
    }

    static let defaults: [String: String] = [
        "Category": "Human", "Medicine status": "Authorised", "Additional monitoring": "No", "Biosimilar": "No",
        "Conditional approval": "No", "Generic or hybrid": "No", "Orphan medicine": "No",
    ]

    func data() throws -> Data {
        let archive = try Archive(accessMode: .create)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
                """),
            ("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """),
            ("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Medicine" sheetId="1" r:id="rId7"/></sheets></workbook>
                """),
            ("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
                """),
            ("xl/worksheets/sheet1.xml", sheetXML ?? generatedSheet()),
        ]
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                 compressionMethod: compress ? .deflate : .none) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    func generatedSheet() -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        for (index, row) in rows.enumerated() {
            xml += #"<row r="\#(index + 1)">"#
            for (column, cell) in row.enumerated() {
                guard let cell else { continue }
                xml += #"<c r="\#(Self.columnName(column))\#(index + 1)" t="inlineStr"><is><t xml:space="preserve">\#(Self.escape(cell))</t></is></c>"#
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    static func columnName(_ column: Int) -> String {
        var column = column + 1, name = ""
        while column > 0 {
            let remainder = (column - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            column = (column - 1) / 26
        }
        return name
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
