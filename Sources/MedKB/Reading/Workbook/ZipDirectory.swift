import Foundation

/// The table of contents of a ZIP archive, read from the bytes and checked before
/// ZIPFoundation sees them: ZIPFoundation trusts every offset and size it reads and traps
/// on one that points past the end of the bytes. Every entry's local header, data and data
/// descriptor must lie inside the file, before the central directory and apart from every
/// other entry, and say what the central directory says. The values are read as
/// ZIPFoundation reads them (ZIP64 fields included), so what is checked is what it will use.
struct ZipDirectory {
    struct Entry {
        let name: String
        let localHeaderOffset: UInt64
        /// Where the entry's local header, data and data descriptor end.
        let end: UInt64
    }

    let entries: [Entry]

    private static let endSignature: UInt64 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt64 = 0x0706_4B50
    private static let zip64EndSignature: UInt64 = 0x0606_4B50
    private static let centralSignature: UInt64 = 0x0201_4B50
    private static let localSignature: UInt64 = 0x0403_4B50
    private static let descriptorSignature: UInt64 = 0x0807_4B50

    init(_ data: Data) throws {
        let bytes = LittleEndian(data)
        let length = UInt64(data.count)
        // The last end record, as ZIPFoundation finds it; its comment (at most 65,535 bytes) must end the file.
        guard length >= 22, let end = bytes.lastOffset(of: Self.endSignature, from: length - 22, downTo: length - min(length, 22 + 0xFFFF)) else {
            throw WorkbookError.notZip(reason: "has no end of central directory record")
        }
        guard end + 22 + bytes.uint(end + 20, 2)! == length else {
            throw WorkbookError.notZip(reason: "has a damaged end of central directory record (its comment does not end the file)")
        }
        var count = bytes.uint(end + 10, 2)!, size = bytes.uint(end + 12, 4)!, start = bytes.uint(end + 16, 4)!
        var directoryLimit = end
        // ZIPFoundation takes a ZIP64 end record whenever a locator and a record sit just before the end record.
        if end > 20, end - 20 > 56, bytes.uint(end - 20, 4) == Self.zip64LocatorSignature,
           bytes.uint(end - 76, 4) == Self.zip64EndSignature, bytes.uint(end - 76 + 14, 2)! >= 45 {
            count = bytes.uint(end - 76 + 32, 8)!
            size = bytes.uint(end - 76 + 40, 8)!
            start = bytes.uint(end - 76 + 48, 8)!
            directoryLimit = end - 76
        }
        guard start <= directoryLimit, size <= directoryLimit - start else {
            throw WorkbookError.notZip(reason: "says its central directory is \(size) bytes at byte \(start), "
                + "which runs past its end record at byte \(directoryLimit)")
        }
        guard count <= size / 46 else {
            throw WorkbookError.notZip(reason: "says it holds \(count) entries, more than its \(size)-byte central directory can")
        }
        var entries: [Entry] = []
        var position = start
        for index in 0..<count {
            let entry = try Self.entry(at: &position, number: Int(index) + 1, of: Int(count), bytes: bytes,
                                       directoryStart: start, directoryEnd: start + size)
            entries.append(entry)
        }
        // Entries that share bytes are how overlapping-entry ZIP bombs are made.
        let ordered = entries.sorted { $0.localHeaderOffset < $1.localHeaderOffset }
        for (before, after) in zip(ordered, ordered.dropFirst()) where before.end > after.localHeaderOffset {
            throw WorkbookError.damagedPart(part: after.name, reason: "overlaps \(before.name) in the archive")
        }
        self.entries = entries
    }

    /// One central directory entry at `position`, checked against its local header; moves past it.
    private static func entry(at position: inout UInt64, number: Int, of count: Int, bytes: LittleEndian,
                              directoryStart: UInt64, directoryEnd: UInt64) throws -> Entry {
        let damagedDirectory = WorkbookError.notZip(reason: "has a damaged central directory (entry \(number) of \(count))")
        let p = position
        guard p + 46 <= directoryEnd, bytes.uint(p, 4) == centralSignature else { throw damagedDirectory }
        let nameLength = bytes.uint(p + 28, 2)!, extraLength = bytes.uint(p + 30, 2)!, commentLength = bytes.uint(p + 32, 2)!
        guard p + 46 + nameLength + extraLength + commentLength <= directoryEnd else { throw damagedDirectory }
        position = p + 46 + nameLength + extraLength + commentLength
        let nameBytes = bytes.slice(p + 46, nameLength)
        let name = printable(nameBytes)
        func damaged(_ reason: String) -> WorkbookError { .damagedPart(part: name, reason: reason) }

        let flags = bytes.uint(p + 8, 2)!, method = bytes.uint(p + 10, 2)!, crc = bytes.uint(p + 16, 4)!
        var compressed = bytes.uint(p + 20, 4)!, uncompressed = bytes.uint(p + 24, 4)!, offset = bytes.uint(p + 42, 4)!
        // ZIP64 extended information: 8 bytes for each 32-bit field that is all ones, in this order.
        let extra = try extraFields(bytes.slice(p + 46 + nameLength, extraLength), entry: name)
        let wide = [uncompressed, compressed, offset].filter { $0 == 0xFFFF_FFFF }.count * 8
            + (bytes.uint(p + 34, 2)! == 0xFFFF ? 4 : 0)
        var isZIP64 = bytes.uint(p + 6, 2)! & 0xFF >= 45
        if let field = extra[0x0001] {
            guard field.count == wide else { throw damaged("has a ZIP64 field of \(field.count) bytes where \(wide) belong") }
            isZIP64 = true
            let values = LittleEndian(field)
            var next: UInt64 = 0
            func wideValue(_ narrow: UInt64) -> UInt64 {
                guard narrow == 0xFFFF_FFFF else { return narrow }
                defer { next += 8 }
                let value = values.uint(next, 8)!
                return value > 0 ? value : narrow
            }
            uncompressed = wideValue(uncompressed)
            compressed = wideValue(compressed)
            offset = wideValue(offset)
        }
        guard flags & 1 == 0 else { throw damaged("is encrypted") }
        guard method != 0 || compressed == uncompressed else {
            throw damaged("is stored uncompressed, yet its directory entry gives \(compressed) bytes packed and \(uncompressed) unpacked")
        }

        // The local header: inside the file, before the central directory, saying the same.
        guard offset <= directoryStart, 30 <= directoryStart - offset else {
            throw damaged("has its local header at byte \(offset), past the central directory at byte \(directoryStart)"
                + (offset > bytes.count ? " and past the end of the file (\(bytes.count) bytes)" : ""))
        }
        guard bytes.uint(offset, 4) == localSignature else { throw damaged("has no local header at byte \(offset), where its directory entry points") }
        let localNameLength = bytes.uint(offset + 26, 2)!, localExtraLength = bytes.uint(offset + 28, 2)!
        let dataStart = offset + 30 + localNameLength + localExtraLength
        guard dataStart <= directoryStart else {
            throw damaged("has a local header whose name and extra field (\(localNameLength) and \(localExtraLength) bytes) run into the central directory")
        }
        guard bytes.slice(offset + 30, localNameLength) == nameBytes else { throw damaged("has another name in its local header") }
        guard bytes.uint(offset + 8, 2)! == method else { throw damaged("has another compression method in its local header") }
        guard bytes.uint(offset + 6, 2)! & 1 == 0 else { throw damaged("is encrypted according to its local header") }
        let local = (crc: bytes.uint(offset + 14, 4)!, compressed: bytes.uint(offset + 18, 4)!, uncompressed: bytes.uint(offset + 22, 4)!)
        let central = (crc: crc, compressed: bytes.uint(p + 20, 4)!, uncompressed: bytes.uint(p + 24, 4)!)
        let usesDescriptor = flags & (1 << 3) != 0
        // With a data descriptor the local header may leave checksum and sizes zero.
        if local != central, !(usesDescriptor && local == (0, 0, 0)) {
            throw damaged("has a local header that disagrees with its directory entry (checksum \(hex(local.crc)), "
                + "\(local.compressed) bytes packed, \(local.uncompressed) unpacked; the directory says \(hex(central.crc)), "
                + "\(central.compressed) and \(central.uncompressed))")
        }
        guard compressed <= directoryStart - dataStart else {
            throw damaged("has \(compressed) bytes of data from byte \(dataStart), which run past the central directory at byte \(directoryStart)")
        }
        var end = dataStart + compressed
        if usesDescriptor {
            // Read as ZIPFoundation reads it: the signature is optional, the sizes 8 bytes each in ZIP64.
            let signed = bytes.uint(end, 4) == descriptorSignature
            let sizeWidth = isZIP64 ? 8 : 4
            let length = UInt64((signed ? 4 : 0) + 4 + 2 * sizeWidth)
            guard length <= directoryStart - end else { throw damaged("has a data descriptor that runs into the central directory") }
            let base = end + (signed ? 4 : 0)
            let descriptor = (crc: bytes.uint(base, 4)!, compressed: bytes.uint(base + 4, sizeWidth)!,
                              uncompressed: bytes.uint(base + 4 + UInt64(sizeWidth), sizeWidth)!)
            guard descriptor == (crc, compressed, uncompressed) else {
                throw damaged("has a data descriptor that disagrees with its directory entry")
            }
            end += length
        }
        return Entry(name: name, localHeaderOffset: offset, end: end)
    }

    /// Extra fields by id, the first of each, walked as ZIPFoundation walks them; one that
    /// runs past the end is refused.
    private static func extraFields(_ data: Data, entry: String) throws -> [UInt64: Data] {
        let bytes = LittleEndian(data)
        var fields: [UInt64: Data] = [:]
        var offset: UInt64 = 0
        while offset + 4 < bytes.count {
            let id = bytes.uint(offset, 2)!, size = bytes.uint(offset + 2, 2)!
            guard offset + 4 + size <= bytes.count else {
                throw WorkbookError.damagedPart(part: entry, reason: "has an extra field that runs past its directory entry")
            }
            if fields[id] == nil { fields[id] = bytes.slice(offset + 4, size) }
            offset += 4 + size
        }
        return fields
    }

    /// An entry's name for a message: control characters shown as "?", long names cut.
    private static func printable(_ name: Data) -> String {
        let text = String(decoding: name.prefix(200), as: UTF8.self)
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : $0 }))
    }

    private static func hex(_ value: UInt64) -> String { String(format: "%08x", value) }
}

/// Little-endian integers at byte offsets of some bytes, nil where they would run past the end.
private struct LittleEndian {
    let data: Data
    init(_ data: Data) { self.data = data }

    var count: UInt64 { UInt64(data.count) }

    func uint(_ offset: UInt64, _ size: Int) -> UInt64? {
        guard offset <= count, UInt64(size) <= count - offset else { return nil }
        let start = data.startIndex + Int(offset)
        return (0..<size).reversed().reduce(0) { $0 << 8 | UInt64(data[start + $1]) }
    }

    /// The bytes at `offset`, as many as are there.
    func slice(_ offset: UInt64, _ size: UInt64) -> Data {
        let start = data.startIndex + Int(min(offset, count))
        return data[start..<start + Int(min(size, count - min(offset, count)))]
    }

    /// The last offset from `start` down to `lowest` where the 4-byte `signature` starts.
    func lastOffset(of signature: UInt64, from start: UInt64, downTo lowest: UInt64) -> UInt64? {
        var offset = start
        while offset >= lowest {
            if uint(offset, 4) == signature { return offset }
            if offset == 0 { return nil }
            offset -= 1
        }
        return nil
    }
}
