import Foundation
import ZIPFoundation

/// The ZIP container of an .xlsx: its parts by path, unpacked one at a time with
/// their checksums verified.
struct WorkbookPackage {
    /// No part of a real workbook comes near this; a ZIP bomb would.
    static let largestPart: UInt64 = 512 * 1_000_000

    private let archive: Archive

    /// Whether the bytes start as a ZIP archive does (as every .xlsx does).
    static func isZip(_ data: Data) -> Bool { data.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    init(_ data: Data) throws {
        guard Self.isZip(data) else {
            throw WorkbookError.notZip(reason: "does not start like one")
        }
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw WorkbookError.notZip(reason: "has no readable table of contents")
        }
    }

    /// The bytes of one part.
    func part(_ path: String) throws -> Data {
        guard let entry = archive[path] else { throw WorkbookError.missingPart(path) }
        guard entry.uncompressedSize <= Self.largestPart else {
            throw WorkbookError.partTooLarge(part: path, bytes: entry.uncompressedSize)
        }
        var bytes = Data()
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 16) { chunk in
                // The size in the directory may lie; the unpacked bytes may not exceed the limit.
                guard UInt64(bytes.count + chunk.count) <= Self.largestPart else {
                    throw WorkbookError.partTooLarge(part: path, bytes: UInt64(bytes.count + chunk.count))
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
