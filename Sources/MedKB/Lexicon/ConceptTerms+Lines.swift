import Foundation

/// Reading the tables: where each line's fields lie, found once a process.
extension ConceptTerms {
    /// Where one line's fields lie in its table.
    struct Line {
        let phrase: Range<Int32>
        let concept: Range<Int32>
        /// The phrase's first three bytes, ASCII letters lowercased: most lookups stop here.
        let prefix: UInt32
        /// `categoryKey` of the line's category.
        let category: UInt32
        /// 0 for `*`, 1 Danish, 2 English.
        let language: UInt8
        let lay: Bool

        var substance: Bool { category == ConceptTerms.substanceKey }
        var isSearched: Bool { ConceptTerms.searchedKeys.contains(category) }
    }

    /// A category told by its name's length and first two bytes, which differ for every category.
    static func categoryKey<C: Collection<UInt8>>(_ name: C) -> UInt32 {
        var iterator = name.makeIterator()
        return UInt32(name.count) << 16 | UInt32(iterator.next() ?? 0) << 8 | UInt32(iterator.next() ?? 0)
    }

    static let searchedKeys = searched.map { categoryKey($0.rawValue.utf8) }
    static let substanceKey = categoryKey(Lexicon.Category.substance.rawValue.utf8)

    /// Every searched line of a table.
    static func lines(of raw: UnsafeRawBufferPointer) -> [Line] {
        var lines: [Line] = []
        lines.reserveCapacity(raw.count / 60)
        let bytes = raw.assumingMemoryBound(to: UInt8.self)
        var start = 0
        while start < bytes.count {
            let (line, next) = self.line(in: bytes, at: start)
            if let line, line.isSearched { lines.append(line) }
            start = next
        }
        return lines
    }

    /// The line that starts at byte `start` (nil for a comment, a blank line or fewer than
    /// four fields), and where the next one starts.
    static func line(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (line: Line?, next: Int) {
        guard let base = bytes.baseAddress else { return (nil, bytes.count) }
        // memchr finds a line's few tabs faster than a loop over its bytes.
        func find(_ byte: UInt8, from: Int, to: Int) -> Int {
            guard from < to, let found = memchr(base + from, Int32(byte), to - from) else { return to }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
        let newline = find(UInt8(ascii: "\n"), from: start, to: bytes.count)
        let next = newline + 1
        let end = newline > start && bytes[newline - 1] == UInt8(ascii: "\r") ? newline - 1 : newline
        let category = find(UInt8(ascii: "\t"), from: start, to: end)
        guard category - start >= 2, bytes[start] != UInt8(ascii: "#") else { return (nil, next) }
        let key = UInt32(category - start) << 16 | UInt32(bytes[start]) << 8 | UInt32(bytes[start + 1])
        let language = find(UInt8(ascii: "\t"), from: category + 1, to: end)
        let phrase = find(UInt8(ascii: "\t"), from: language + 1, to: end)
        // Fewer than four fields, or an empty phrase, is no entry.
        guard phrase < end, phrase > language + 1 else { return (nil, next) }
        let concept = find(UInt8(ascii: "\t"), from: phrase + 1, to: end)
        let code = find(UInt8(ascii: "\t"), from: concept + 1, to: end)
        let lay = end - code == 4 && bytes[code + 1] == UInt8(ascii: "l")
        let languageCode: UInt8 = language - category != 3 ? 0
            : bytes[category + 1] == UInt8(ascii: "d") && bytes[category + 2] == UInt8(ascii: "a") ? 1
            : bytes[category + 1] == UInt8(ascii: "e") && bytes[category + 2] == UInt8(ascii: "n") ? 2 : 0
        let line = Line(phrase: Int32(language + 1)..<Int32(phrase), concept: Int32(phrase + 1)..<Int32(concept),
                        prefix: prefix(UnsafeRawPointer(base + language + 1), count: phrase - language - 1),
                        category: key, language: languageCode, lay: lay)
        return (line, next)
    }

    /// The first three bytes of the first word, ASCII letters lowercased, zero past its end.
    static func prefix(_ bytes: UnsafeRawPointer, count: Int) -> UInt32 {
        var value: UInt32 = 0
        for offset in 0..<min(3, count) {
            let byte = bytes.load(fromByteOffset: offset, as: UInt8.self)
            guard isWordByte(byte) else { break }
            value |= UInt32(lower(byte)) << UInt32(16 - 8 * offset)
        }
        return value
    }

    /// `prefix(_:count:)` of a query word.
    static func prefix(_ word: String) -> UInt32 {
        var word = word
        return word.withUTF8 { utf8 in utf8.baseAddress.map { prefix(UnsafeRawPointer($0), count: utf8.count) } ?? 0 }
    }

    static func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 32 : byte }

    /// Calls `body` with each searched line of the tables and its table's bytes.
    func forEachLine(_ body: (Line, UnsafeBufferPointer<UInt8>) -> Void) {
        for table in tables.indices { forEachLine(ofTable: table, body) }
    }

    /// Calls `body` with each searched line of the table at `index` and the table's bytes.
    func forEachLine(ofTable index: Int, _ body: (Line, UnsafeBufferPointer<UInt8>) -> Void) {
        let bytes = tables[index].bytes.assumingMemoryBound(to: UInt8.self)
        guard tables[index].phraseOrder != nil else {
            for line in lines[index] { body(line, bytes) }
            return
        }
        var start = 0
        while start < bytes.count {
            let (line, next) = Self.line(in: bytes, at: start)
            if let line, line.isSearched { body(line, bytes) }
            start = next
        }
    }

    static func phrase(_ line: Line, _ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[Int(line.phrase.lowerBound)..<Int(line.phrase.upperBound)])
    }

    static func concept(_ line: Line, _ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[Int(line.concept.lowerBound)..<Int(line.concept.upperBound)])
    }

    /// A phrase's words as `words(_:)` cuts text.
    static func words(_ phrase: UnsafeBufferPointer<UInt8>) -> [String] {
        words(String(decoding: phrase, as: UTF8.self))
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
