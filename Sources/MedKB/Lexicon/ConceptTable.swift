import Foundation

/// The bytes of one table of the lexicon, read-only for the life of the process. A bundled
/// table is mapped. One read whole is, on Linux, filled in one call (MAP_POPULATE): faulting
/// it in page by page took a millisecond more. One with a phrase order is read by binary
/// search, a few pages of it.
final class ConceptTable: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    /// The byte offsets of the table's lines by their phrases' first letters (see
    /// `ConceptTerms+Lookup.swift`), when the table has them.
    let phraseOrder: ConceptTable?
    /// The words of the table's phrases with their counts, by length (see
    /// `ConceptTerms+Spelling.swift`), when the table has them.
    let words: ConceptTable?
    private let mapped: Bool

    /// A copy of `data`.
    init(_ data: Data) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, data.count), alignment: 1)
        data.copyBytes(to: copy.bindMemory(to: UInt8.self))
        bytes = UnsafeRawBufferPointer(rebasing: copy[..<data.count])
        phraseOrder = nil
        words = nil
        mapped = false
    }

    /// The file at `path` mapped, with the phrase order and the words at the paths given, if
    /// given; nil when any cannot be.
    init?(mapping path: String, phraseOrder orderPath: String? = nil, words wordsPath: String? = nil) {
        phraseOrder = orderPath.flatMap { ConceptTable(mapping: $0, populate: false) }
        words = wordsPath.flatMap { ConceptTable(mapping: $0, populate: false) }
        guard (orderPath == nil) == (phraseOrder == nil), (wordsPath == nil) == (words == nil),
              let bytes = Self.map(path, populate: orderPath == nil) else { return nil }
        self.bytes = bytes
        mapped = true
    }

    private init?(mapping path: String, populate: Bool) {
        guard let bytes = Self.map(path, populate: populate) else { return nil }
        self.bytes = bytes
        phraseOrder = nil
        words = nil
        mapped = true
    }

    private static func map(_ path: String, populate: Bool) -> UnsafeRawBufferPointer? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return nil }
        #if os(Linux)
        let flags = populate ? MAP_PRIVATE | MAP_POPULATE : MAP_PRIVATE
        #else
        let flags = MAP_PRIVATE
        #endif
        guard let address = mmap(nil, Int(status.st_size), PROT_READ, flags, descriptor, 0), address != MAP_FAILED else { return nil }
        return UnsafeRawBufferPointer(start: address, count: Int(status.st_size))
    }

    deinit {
        if mapped {
            munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
        } else {
            UnsafeMutableRawPointer(mutating: bytes.baseAddress)?.deallocate()
        }
    }
}
