import Foundation
import Testing
@testable import MedKB

@Suite struct CatalogueReaderTests {
    @Test(.enabled(if: TestSupport.realDataAvailable(TestSupport.catalogue2026)))
    func readsThe2026Export() throws {
        let catalogue = try CatalogueReader.read(try Data(contentsOf: TestSupport.catalogue2026))
        #expect(catalogue.layout == "medicines-report")
        #expect(catalogue.exportDate == "2026-01-29")
        #expect(catalogue.entries.count == 2650)
        #expect(catalogue.count(category: "human") == 2271)
        #expect(catalogue.count(category: "veterinary") == 379)
        let conexxence = try #require(catalogue.entries.first { $0.name == "Conexxence" })
        #expect(conexxence.productNumber == "EMEA/H/C/006268")
        #expect(conexxence.biosimilar == true)
        #expect(conexxence[.authorisationDate] == .date("2025-07-18"))
        #expect(conexxence[.atc] == .text("M05BX04"))
        #expect(conexxence[.status] == .text("Authorised"))
        #expect(conexxence.activeSubstances == ["denosumab"])
        #expect(conexxence.indicationText?.hasPrefix("Treatment of osteoporosis in postmenopausal women") == true)
        let prolia = try #require(catalogue.entries.first { $0.name == "Prolia" })
        #expect(prolia[.revision] == .number(34))
        #expect(prolia.biosimilar == false)
        let withdrawn = try #require(catalogue.entries.first { $0.name == "Pylori-Chek" })
        #expect(withdrawn[.status] == .text("Withdrawn"))
    }

    @Test(.enabled(if: TestSupport.realDataAvailable(TestSupport.catalogue2018)))
    func readsThe2018ExportInItsOlderLayout() throws {
        let catalogue = try CatalogueReader.read(try Data(contentsOf: TestSupport.catalogue2018))
        #expect(catalogue.layout == "epar-report")
        #expect(catalogue.exportDate == "2018-12-23")
        #expect(catalogue.entries.count == 1562)
        #expect(catalogue.count(category: "human") == 1334)
        #expect(catalogue.count(category: "veterinary") == 228)
        #expect(!catalogue.fields.contains(.withdrawalDate))
        let prolia = try #require(catalogue.entries.first { $0.name == "Prolia" })
        #expect(prolia.productNumber == "EMEA/H/C/001120")
        #expect(prolia[.revision] == .number(19))
        #expect(prolia[.authorisationDate] == .date("2010-05-26"))
        #expect(prolia.activeSubstances == ["denosumab"])
        #expect(prolia.indicationText?.contains("Treatment of bone loss associated with hormone ablation") == true)
    }

    @Test func findsTheHeaderWhereverItIsAndSplitsSubstances() throws {
        var builder = WorkbookBuilder.catalogue(exportDate: "03/02/2027", [
            ["Name of medicine": "Duotrav-like", "EMA product number": "EMEA/H/C/009001",
             "International non-proprietary name (INN) / common name": "travoprost / timolol",
             "Generic or hybrid": "Yes", "Marketing authorisation date": "24/04/2006"],
            ["Name of medicine": "Triplex", "EMA product number": "EMEA/H/C/009002",
             "International non-proprietary name (INN) / common name": "Abacavir;Lamivudine;rotavirus vaccine, live"],
        ])
        builder.rows.insert(["Some other preamble line"], at: 2)
        let catalogue = try CatalogueReader.read(try builder.data())
        #expect(catalogue.exportDate == "2027-02-03")
        #expect(catalogue.entries.map(\.name) == ["Duotrav-like", "Triplex"])
        #expect(catalogue.entries[0].activeSubstances == ["travoprost", "timolol"])
        #expect(catalogue.entries[0][.generic] == .flag(true))
        #expect(catalogue.entries[0][.authorisationDate] == .date("2006-04-24"))
        #expect(catalogue.entries[1].activeSubstances == ["abacavir", "lamivudine", "rotavirus vaccine, live"])
        #expect(catalogue.entries[1][.withdrawalDate] == nil)
    }

    @Test func refusesAWorkbookWithAnotherHeader() throws {
        let builder = WorkbookBuilder(rows: [["Report of 01/02/2026"], ["Product", "Number", "Status"], ["Aspirin", "1", "ok"]])
        #expect(throws: CatalogueError.noHeader(rowsSearched: 3)) { try CatalogueReader.read(try builder.data()) }
    }

    @Test func refusesACatalogueWithoutExportDate() throws {
        var builder = WorkbookBuilder.catalogue([["Name of medicine": "Anything", "EMA product number": "EMEA/H/C/1"]])
        builder.rows[0] = ["Content type:", "Medicine"]
        #expect(throws: CatalogueError.noExportDate) { try CatalogueReader.read(try builder.data()) }
    }

    @Test func refusesAnExternalEntity() throws {
        let hostile = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <row r="1"><c r="A1" t="inlineStr"><is><t>&secret;</t></is></c></row></sheetData></worksheet>
            """
        let data = try WorkbookBuilder(rows: [], sheetXML: hostile).data()
        #expect(throws: WorkbookError.documentTypeDeclaration(part: "xl/worksheets/sheet1.xml")) {
            try CatalogueReader.read(data)
        }
    }

    @Test func refusesMalformedXML() throws {
        let data = try WorkbookBuilder(rows: [], sheetXML: "<worksheet><sheetData><row></sheetData>").data()
        #expect { try CatalogueReader.read(data) } throws: { error in
            guard case let .malformedXML(part, _)? = error as? WorkbookError else { return false }
            return part == "xl/worksheets/sheet1.xml"
        }
    }

    @Test func refusesTruncatedAndDamagedFiles() throws {
        let data = try WorkbookBuilder.catalogue([["Name of medicine": "Anything", "EMA product number": "EMEA/H/C/1"]]).data()
        #expect { try CatalogueReader.read(data.prefix(data.count / 2)) } throws: { error in
            if case .notZip? = error as? WorkbookError { return true } else { return false }
        }
        // Flip bytes inside the sheet's compressed data: the checksum or the inflater notices.
        var damaged = data
        let sheetName = Data("xl/worksheets/sheet1.xml".utf8)
        let header = try #require(damaged.range(of: sheetName))
        for offset in header.upperBound + 20..<header.upperBound + 40 { damaged[offset] ^= 0x5A }
        #expect { try CatalogueReader.read(damaged) } throws: { error in
            switch error as? WorkbookError {
            case .damagedPart?, .malformedXML?: true
            default: false
            }
        }
        #expect(throws: WorkbookError.notZip(reason: "does not start like one")) {
            try CatalogueReader.read(Data("Category;Name of medicine\n".utf8))
        }
    }
}
