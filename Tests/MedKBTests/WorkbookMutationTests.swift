import Foundation
import Testing
@testable import MedKB

/// Seeded mutations of workbooks: flipped header bytes, lying sizes and offsets, cuts,
/// duplicated entries, huge cell references. Each mutant is read or refused with a
/// `WorkbookError` or `CatalogueError`; none may trap, and a refused one changes no base.
@Suite struct WorkbookMutationTests {
    static let medicines: [[String: String]] = [
        ["Name of medicine": "Glucorix", "EMA product number": "EMEA/H/C/100001",
         "Therapeutic indication": "Treatment of type 2 diabetes mellitus in adults."],
        ["Name of medicine": "Osteva", "EMA product number": "EMEA/H/C/100002", "Biosimilar": "Yes"],
    ]

    /// Where the ZIP structures start: local headers, central directory entries, the end record.
    static func structures(in data: Data) -> [(offset: Int, length: Int)] {
        let lengths: [UInt8: Int] = [0x03: 30, 0x01: 46, 0x05: 22]
        var found: [(Int, Int)] = []
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            for offset in 0..<max(bytes.count - 4, 0) where bytes[offset] == 0x50 && bytes[offset + 1] == 0x4B {
                if let length = lengths[bytes[offset + 2]], bytes[offset + 3] == bytes[offset + 2] + 1 {
                    found.append((offset, min(length, bytes.count - offset)))
                }
            }
        }
        return found
    }

    /// The archive with one central directory entry copied, and the end record counting it.
    static func duplicatingAnEntry(_ data: Data, using random: inout SeededGenerator) -> Data {
        var bytes = [UInt8](data)
        let end = bytes.count - 22  // the workbooks mutated here have no archive comment
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        let start = u32(end + 16), count = u16(end + 10), size = u32(end + 12)
        var entry = start
        for _ in 0..<Int.random(in: 0..<count, using: &random) { entry += 46 + u16(entry + 28) + u16(entry + 30) + u16(entry + 32) }
        let copy = Array(bytes[entry..<entry + 46 + u16(entry + 28) + u16(entry + 30) + u16(entry + 32)])
        bytes.insert(contentsOf: copy, at: start + size)
        let newEnd = end + copy.count
        for (at, value, width) in [(newEnd + 8, count + 1, 2), (newEnd + 10, count + 1, 2), (newEnd + 12, size + copy.count, 4)] {
            for byte in 0..<width { bytes[at + byte] = UInt8(truncatingIfNeeded: value >> (8 * byte)) }
        }
        return Data(bytes)
    }

    /// One mutant of `data`: which kind is the generator's choice.
    static func mutant(of data: Data, structures: [(offset: Int, length: Int)], using random: inout SeededGenerator) -> Data {
        var bytes = [UInt8](data)
        let structure = structures.randomElement(using: &random)!
        switch Int.random(in: 0..<6, using: &random) {
        case 0:  // flip bytes of a header
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                bytes[structure.offset + Int.random(in: 0..<structure.length, using: &random)] ^= UInt8.random(in: 1...255, using: &random)
            }
        case 1:  // a size, offset or length field made to lie
            let field = structure.offset + Int.random(in: 4..<structure.length - 3, using: &random)
            let lies: [UInt32] = [0, 1, 0xFFFF_FFFF, 0x7FFF_FFFF, UInt32(bytes.count), UInt32(bytes.count + 1), UInt32.random(in: 0...UInt32.max, using: &random)]
            let lie = lies.randomElement(using: &random)!
            for byte in 0..<Int.random(in: 1...2, using: &random) * 2 where field + byte < bytes.count {
                bytes[field + byte] = UInt8(truncatingIfNeeded: lie >> (8 * UInt32(byte)))
            }
        case 2:  // cut short
            bytes.removeLast(Int.random(in: 1..<bytes.count, using: &random))
        case 3:  // an entry twice
            return duplicatingAnEntry(data, using: &random)
        case 4:  // bytes anywhere
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
        default:  // bytes added or taken out in the middle
            let at = Int.random(in: 0..<bytes.count, using: &random)
            if Bool.random(using: &random) {
                bytes.insert(contentsOf: (0..<Int.random(in: 1...64, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }, at: at)
            } else {
                bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...64, using: &random)))
            }
        }
        return Data(bytes)
    }

    /// Reads the bytes as a catalogue; false (and an issue) for an error that is not a refusal.
    @discardableResult
    static func readOrRefuse(_ data: Data, _ label: String) -> Bool {
        do {
            _ = try CatalogueReader.read(data)
            return true
        } catch is WorkbookError, is CatalogueError {
            return false
        } catch {
            Issue.record("\(label): \(type(of: error)) \(error)")
            return false
        }
    }

    @Test(arguments: [true, false])
    func mutantsOfASmallWorkbookAreReadOrRefused(compressed: Bool) throws {
        var builder = WorkbookBuilder.catalogue(exportDate: "01/03/2024", Self.medicines)
        builder.compress = compressed
        let original = try builder.data()
        let structures = Self.structures(in: original)
        var random = SeededGenerator(state: compressed ? 2026 : 2018)
        var refused = 0
        for index in 0..<300 {
            if !Self.readOrRefuse(Self.mutant(of: original, structures: structures, using: &random), "mutant \(index)") { refused += 1 }
        }
        #expect(refused > 100)
    }

    @Test func hugeAndOddCellReferencesAreReadOrRefused() throws {
        var random = SeededGenerator(state: 1600)
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for _ in 0..<150 {
            let column = String((0..<Int.random(in: 0...16, using: &random)).map { _ in letters.randomElement(using: &random)! })
            let row = String((0..<Int.random(in: 0...22, using: &random)).map { _ in "0123456789".randomElement(using: &random)! })
            let reference = Bool.random(using: &random) ? column + row : row + column
            var builder = WorkbookBuilder.catalogue(exportDate: "01/03/2024", Self.medicines)
            builder.sheetXML = builder.generatedSheet()
                .replacingOccurrences(of: #"r="A1""#, with: #"r="\#(reference)""#)
                .replacingOccurrences(of: #"<row r="11">"#, with: #"<row r="\#(row.isEmpty ? "11" : row)">"#)
            Self.readOrRefuse(try builder.data(), reference)
        }
    }

    @Test func cellReferencesBeyondExcelAreRefusedWithTheCellNamed() throws {
        let cases: [(String, String?)] = [
            ("XFD1", nil), ("XFE1", "cell XFE1 is beyond Excel's last column XFD"),
            ("ZZZZZZ1600", "cell ZZZZZZ1600 is beyond Excel's last column XFD"),
            ("ZZZZZZZZZZZZZZZZZZZZ1", "cell ZZZZZZZZZZZZZZZZZZZZ1 is beyond Excel's last column XFD"),
            ("A1048576", nil), ("A1048577", "cell A1048577 is beyond Excel's last row 1048576"),
            ("B99999999999999999999999", "cell B99999999999999999999999 is beyond Excel's last row 1048576"),
        ]
        for (reference, refusal) in cases {
            var builder = WorkbookBuilder.catalogue(exportDate: "01/03/2024", Self.medicines)
            // The preamble's first cell, which nothing reads: a reference within Excel's sheet changes nothing.
            builder.sheetXML = builder.generatedSheet().replacingOccurrences(of: #"r="A1""#, with: #"r="\#(reference)""#)
            if let refusal {
                #expect("\(reference)") { try CatalogueReader.read(try builder.data()) } throws: { error in
                    "\(error)" == "the workbook's xl/worksheets/sheet1.xml is damaged: \(refusal)"
                }
            } else {
                #expect(throws: Never.self, "\(reference)") { try CatalogueReader.read(try builder.data()) }
            }
        }
        var builder = WorkbookBuilder.catalogue(exportDate: "01/03/2024", Self.medicines)
        builder.sheetXML = builder.generatedSheet().replacingOccurrences(of: #"<row r="11">"#, with: #"<row r="1048577">"#)
        #expect(throws: WorkbookError.beyondSheet(part: "xl/worksheets/sheet1.xml", reference: "row 1048577", limit: "last row 1048576")) {
            try CatalogueReader.read(try builder.data())
        }
    }

    @Test func aDuplicatedEntryIsRefused() throws {
        let original = try WorkbookBuilder.catalogue(exportDate: "01/03/2024", Self.medicines).data()
        var random = SeededGenerator(state: 7)
        for _ in 0..<10 {
            let mutant = Self.duplicatingAnEntry(original, using: &random)
            #expect { try CatalogueReader.read(mutant) } throws: { error in
                guard case let .damagedPart(_, reason)? = error as? WorkbookError else { return false }
                return reason == "appears twice in the archive" || reason.hasPrefix("overlaps ")
            }
        }
    }

    @Test func refusedMutantsLeaveTheBaseUnchanged() throws {
        let (base, _) = try HostileWorkbookTests.base()
        let original = try WorkbookBuilder.catalogue(exportDate: "01/03/2025", Self.medicines).data()
        let structures = Self.structures(in: original)
        var random = SeededGenerator(state: 42)
        var before = try HostileWorkbookTests.dump(base)
        for index in 0..<40 {
            let mutant = Self.mutant(of: original, structures: structures, using: &random)
            do {
                _ = try base.importCatalogue(mutant, source: "mutant-\(index).xlsx")
                before = try HostileWorkbookTests.dump(base)
            } catch is WorkbookError, is CatalogueError {
                #expect(try HostileWorkbookTests.dump(base) == before, "mutant \(index)")
            }
        }
    }

    /// The real 2026 export with its ZIP headers mutated: the archive opens and its small
    /// workbook part unpacks, or it is refused (the large parts are not unpacked: that is slow).
    @Test(.enabled(if: TestSupport.realDataAvailable(TestSupport.catalogue2026)))
    func mutantsOfARealExportsHeadersOpenOrAreRefused() throws {
        let original = try Data(contentsOf: TestSupport.catalogue2026)
        let structures = Self.structures(in: original)
        var random = SeededGenerator(state: 129)
        for index in 0..<150 {
            let mutant = index % 3 == 0 ? Self.duplicatingAnEntry(original, using: &random)
                : Self.mutant(of: original, structures: structures, using: &random)
            do {
                _ = try WorkbookPackage(mutant).part("xl/workbook.xml")
            } catch is WorkbookError {
            } catch {
                Issue.record("mutant \(index): \(type(of: error)) \(error)")
            }
        }
    }
}
