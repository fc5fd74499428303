import Foundation
import ZIPFoundation

/// The ZIP container of an .xlsx: its parts by path, unpacked one at a time with
/// their checksums verified.
struct WorkbookPackage {
    /// No part of a real workbook comes near this (the 2026 export's sheet is 1.5 MB, the 2018 one 3.6 MB); a ZIP bomb would.
    static let largestPart: UInt64 = 64 * 1_000_000

    /// XML packs to about a tenth of its size; a part that claims to unpack to two hundred times
    /// more (beyond its first megabyte) is a bomb, not a sheet.
    static let largestRatio: UInt64 = 200

    /// What is reserved for a part before unpacking it: its stated size, up to this.
    static let largestReservation = 1 << 24

    private let archive: Archive
    private let entries: [String: Entry]

    /// Whether the bytes start as a ZIP archive does (as every .xlsx does).
    static func isZip(_ data: Data) -> Bool { data.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    init(_ data: Data) throws {
        guard Self.isZip(data) else {
            throw WorkbookError.notZip(reason: "does not start like one")
        }
        // ZIPFoundation traps on an offset or size that points outside the bytes: it sees only an archive whose structures hold together.
        let directory = try ZipDirectory(data)
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw WorkbookError.notZip(reason: "has no readable table of contents")
        }
        var entries: [String: Entry] = [:]
        for entry in archive {
            // Two entries of one name: which one a reader takes is up to the reader.
            guard entries.updateValue(entry, forKey: entry.path) == nil else {
                throw WorkbookError.damagedPart(part: entry.path, reason: "appears twice in the archive")
            }
        }
        guard entries.count == directory.entries.count else {
            throw WorkbookError.notZip(reason: "has a table of contents that cannot be read to its end")
        }
        self.entries = entries
    }

    /// The bytes of one part.
    func part(_ path: String) throws -> Data {
        guard let entry = entries[path] else { throw WorkbookError.missingPart(path) }
        guard entry.uncompressedSize <= Self.largestPart,
              entry.uncompressedSize <= 1_000_000 + UInt64(entry.compressedSize) * Self.largestRatio else {
            throw WorkbookError.partTooLarge(part: path, bytes: entry.uncompressedSize)
        }
        var bytes = Data()
        // The stated size is the file's word, not a fact: reserve no more than a real part needs.
        bytes.reserveCapacity(min(Int(entry.uncompressedSize), Self.largestReservation))
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 16) { chunk in
                // The size in the directory may lie; the unpacked bytes may not exceed it (checked above).
                guard UInt64(bytes.count + chunk.count) <= entry.uncompressedSize else {
                    throw WorkbookError.damagedPart(part: path, reason: "unpacks to more than its directory entry says")
                }
                bytes.append(chunk)
            }
        } catch let error as WorkbookError {
            throw error
        } catch Archive.ArchiveError.invalidCRC32 {
            throw WorkbookError.damagedPart(part: path, reason: "fails its checksum")
        } catch {
            throw WorkbookError.damagedPart(part: path, reason: "cannot be unpacked")
        }
        guard UInt64(bytes.count) == entry.uncompressedSize else {
            throw WorkbookError.damagedPart(part: path, reason: "is shorter than its directory entry says")
        }
        return bytes
    }
}
