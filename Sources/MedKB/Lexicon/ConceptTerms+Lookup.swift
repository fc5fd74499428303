import Foundation

/// Finding lines without reading every line: the generated table is sorted by category and
/// concept, and its phrase order (`concepts-phrase-order.txt`, written with it by
/// `scripts/build-concepts`) lists its lines by their phrases' first three letters. A search
/// process then reads a few dozen lines by binary search instead of the table's 78,000.
extension ConceptTerms {
    /// The generated table's categories in the order its lines are sorted in (then by concept),
    /// as `scripts/build-concepts` sorts them.
    static let categoryOrder = ["condition", "substance", "route", "form"].map { categoryKey($0.utf8) }

    /// The width of one entry of a phrase order: eight digits and a line feed.
    static let orderEntryWidth = 9

    /// Calls `body` with each searched line whose phrase starts as one of `prefixes` (see
    /// `prefix(_:count:)`), and its table's bytes.
    func forEachLine(withPrefixIn prefixes: [UInt32], _ body: (Line, UnsafeBufferPointer<UInt8>) -> Void) {
        for (table, lines) in zip(tables, lines) {
            let bytes = table.bytes.assumingMemoryBound(to: UInt8.self)
            guard let order = table.phraseOrder?.bytes.assumingMemoryBound(to: UInt8.self) else {
                for line in lines where prefixes.contains(line.prefix) { body(line, bytes) }
                continue
            }
            let count = order.count / Self.orderEntryWidth
            func line(_ entry: Int) -> Line? { Self.line(in: bytes, at: Self.offset(order, entry)).line }
            for prefix in prefixes {
                var low = 0, high = count
                while low < high {
                    let middle = (low + high) / 2
                    if (line(middle)?.prefix ?? 0) < prefix { low = middle + 1 } else { high = middle }
                }
                while low < count, let found = line(low), found.prefix == prefix {
                    if found.isSearched { body(found, bytes) }
                    low += 1
                }
            }
        }
    }

    /// Calls `body` with each searched line whose concept is one of `concepts` (UTF-8), and its
    /// table's bytes; the lines of one concept in table order.
    func forEachLine(ofConcepts concepts: [[UInt8]], _ body: (Line, UnsafeBufferPointer<UInt8>) -> Void) {
        for (table, lines) in zip(tables, lines) {
            let bytes = table.bytes.assumingMemoryBound(to: UInt8.self)
            guard table.phraseOrder != nil else {
                for line in lines { body(line, bytes) }
                continue
            }
            for concept in concepts {
                for category in Self.categoryOrder.indices {
                    var start = Self.lowerBound(in: bytes) { start in
                        Self.isBefore(Self.line(in: bytes, at: start).line, bytes, category: category, concept: concept)
                    }
                    while start < bytes.count {
                        let (found, next) = Self.line(in: bytes, at: start)
                        guard let found, found.category == Self.categoryOrder[category],
                              Self.concept(found, bytes).elementsEqual(concept) else { break }
                        if found.isSearched { body(found, bytes) }
                        start = next
                    }
                }
            }
        }
    }

    /// Whether a line of the generated table sorts before the lines of `concept` in the
    /// category at `category` of `categoryOrder`. A comment line sorts first.
    static func isBefore(_ line: Line?, _ bytes: UnsafeBufferPointer<UInt8>, category: Int, concept: [UInt8]) -> Bool {
        guard let line else { return true }
        let own = categoryOrder.firstIndex(of: line.category) ?? categoryOrder.count
        if own != category { return own < category }
        return Self.concept(line, bytes).lexicographicallyPrecedes(concept)
    }

    /// The start of the first line for which `isBefore` (given a line's start) is false, in
    /// lines sorted so that all the lines it holds for come first; the end when none.
    static func lowerBound(in bytes: UnsafeBufferPointer<UInt8>, isBefore: (Int) -> Bool) -> Int {
        // Both ends are line starts; a byte between them is moved back to its line's start.
        var low = 0, high = bytes.count
        while low < high {
            var middle = low + (high - low) / 2
            while middle > low, bytes[middle - 1] != UInt8(ascii: "\n") { middle -= 1 }
            if isBefore(middle) { low = lineEnd(in: bytes, from: middle) + 1 } else { high = middle }
        }
        return low
    }

    /// Where the line that holds byte `start` ends: its line feed, or the end of the bytes.
    static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start) else { return bytes.count }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// The byte offset the phrase order's entry at `entry` gives.
    static func offset(_ order: UnsafeBufferPointer<UInt8>, _ entry: Int) -> Int {
        var value = 0
        for position in entry * orderEntryWidth..<entry * orderEntryWidth + orderEntryWidth - 1 {
            value = value * 10 + Int(order[position] &- UInt8(ascii: "0"))
        }
        return value
    }
}
