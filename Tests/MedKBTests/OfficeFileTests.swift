import Foundation
import Testing
import ZIPFoundation
@testable import MedKB

/// Office files under another name (a Word document saved as `.txt`, an old .xls named
/// `.xlsx`) are refused as what they are, with what to save them as, and change nothing.
@Suite struct OfficeFileTests {
    typealias CLI = CommandLineTests

    /// A ZIP package holding `parts` (empty files), as Word and Excel write them.
    static func package(_ parts: [String]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for part in parts {
            try archive.addEntry(with: part, type: .file, uncompressedSize: Int64(0), compressionMethod: .none) { _, _ in Data() }
        }
        return archive.data!
    }

    /// The start of an OLE2 compound file: its signature, a header, and a directory naming `streams` in UTF-16LE.
    static func compound(_ streams: [String]) -> Data {
        var data = Data(OfficeFile.compoundSignature) + Data(repeating: 0, count: 504)
        for stream in ["Root Entry"] + streams {
            let name = stream.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            data += Data(name) + Data(repeating: 0, count: 128 - name.count)
        }
        return data
    }

    static let docx = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"]

    @Test func recognisesOfficeFilesByTheirBytes() throws {
        let cases: [(Data, OfficeFile?)] = [
            (try Self.package(Self.docx), .wordXML),
            (Self.compound(["WordDocument", "1Table"]), .wordBinary),
            (Self.compound(["Workbook"]), .excelBinary),
            (Self.compound(["PowerPoint Document"]), .otherCompound),
            (Data("{\\rtf1\\ansi Tekst}".utf8), .richText),
            (try WorkbookBuilder.catalogue(CatalogueSyntheticTests.first).data(), nil),
            (Data("Prolia indeholder denosumab.".utf8), nil),
            (Data("%PDF-1.7".utf8), nil),
        ]
        for (data, expected) in cases { #expect(OfficeFile.recognise(data) == expected, "\(data.prefix(8) as NSData)") }
    }

    @Test func anOfficeFileUnderAnotherNameIsRefusedAsWhatItIs() throws {
        let database = try TestSupport.temporaryDatabase()
        #expect(try CLI.medkb(["import", "corpus/prolia-epar-overview_da.txt"], database: database).status == 0)
        let before = try CLI.medkb(["export"], database: database).output
        let folder = URL(fileURLWithPath: database).deletingLastPathComponent()
        let saveAsText = "not a text file; medkb reads text and PDF files: save it as Plain Text (.txt, UTF-8) or as PDF, and import that"
        let cases: [(String, Data, [String], String)] = [
            ("notes.txt", try Self.package(Self.docx), [], "a Word document (.docx), " + saveAsText),
            ("notes-forced.txt", try Self.package(Self.docx), ["--kind", "guideline"], "a Word document (.docx), " + saveAsText),
            ("old.txt", Self.compound(["WordDocument"]), [], "a Word document (.doc, Word 97–2003), " + saveAsText),
            ("letter.txt", Data("{\\rtf1\\ansi Tekst om l\\'e6gemidler}".utf8), [], "an RTF document (Rich Text Format), " + saveAsText),
            ("catalogue.xlsx", Self.compound(["Workbook"]), [],
             "an Excel 97–2003 workbook (.xls), not an .xlsx workbook; medkb reads the EMA catalogue as .xlsx: "
                + "download the export again, or save it from Excel as Excel Workbook (.xlsx)"),
        ]
        for (name, data, options, message) in cases {
            let file = folder.appendingPathComponent(name)
            try data.write(to: file)
            let run = try CLI.medkb(["import"] + options + [file.path], database: database)
            #expect(run.status == 1, "\(name)")
            #expect(run.error == "refused    \(file.path): \(message)\n", "\(run.error)")
            #expect(run.output.contains("imported 0, unchanged 0, refused 1"))
        }
        #expect(try CLI.medkb(["export"], database: database).output == before)
    }
}
