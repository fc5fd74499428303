extension ConceptTerms {
    /// The words of the terms one edit from `word` (lowercase), each once, the ones in most
    /// terms first: "hovedpine" for "hovdpine". A word is compared only when its length could
    /// be one edit away and its first or last letter is the word's (one edit leaves one of
    /// them as it was). A table with a word list (`concepts-words.txt`, by length) is read for
    /// the words of those lengths only; another, phrase by phrase.
    public func words(oneEditFrom word: String) -> [String] {
        let target = Array(word.utf8)
        guard target.count >= 2, let first = target.first, let last = target.last else { return [] }
        var counts: [String: Int] = [:]
        func consider(_ candidate: UnsafeBufferPointer<UInt8>, times: Int) {
            guard abs(candidate.count - target.count) <= 1, !candidate.isEmpty,
                  Self.lower(candidate[0]) == first || Self.lower(candidate[candidate.count - 1]) == last else { return }
            let lowered = candidate.lazy.map(Self.lower)
            if SpellingEdits.areOneEditApart(lowered, target) {
                counts[String(decoding: Array(lowered), as: UTF8.self), default: 0] += times
            }
        }
        for table in tables.indices {
            if let list = tables[table].words?.bytes.assumingMemoryBound(to: UInt8.self) {
                Self.forEachWord(in: list, ofLengths: target.count - 1...target.count + 1, consider)
                continue
            }
            Self.wordByteTable.withUnsafeBufferPointer { isWordByte in
                forEachLine(ofTable: table) { line, buffer in
                    guard line.phrase.count >= target.count - 1 else { return }
                    var start = Int(line.phrase.lowerBound)
                    let end = Int(line.phrase.upperBound)
                    while start < end {
                        var stop = start
                        while stop < end, isWordByte[Int(buffer[stop])] { stop += 1 }
                        consider(UnsafeBufferPointer(rebasing: buffer[start..<stop]), times: 1)
                        start = stop + 1
                    }
                }
            }
        }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }

    /// Calls `body` with each word of a word list (`word <TAB> count` lines sorted by length,
    /// then bytes) whose length is in `lengths`, and its count.
    static func forEachWord(in list: UnsafeBufferPointer<UInt8>, ofLengths lengths: ClosedRange<Int>,
                            _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        func entry(at start: Int) -> (word: UnsafeBufferPointer<UInt8>, count: Int, next: Int) {
            let end = lineEnd(in: list, from: start)
            var tab = start
            while tab < end, list[tab] != UInt8(ascii: "\t") { tab += 1 }
            let count = list[min(tab + 1, end)..<end].reduce(0) { $0 * 10 + Int($1 &- UInt8(ascii: "0")) }
            return (UnsafeBufferPointer(rebasing: list[start..<tab]), count, end + 1)
        }
        var start = lowerBound(in: list) { entry(at: $0).word.count < lengths.lowerBound }
        while start < list.count {
            let (word, count, next) = entry(at: start)
            guard word.count <= lengths.upperBound else { break }
            body(word, count)
            start = next
        }
    }

    /// `isWordByte` for every byte, looked up in the scan's inner loop.
    static let wordByteTable: [Bool] = (0...255).map { isWordByte(UInt8($0)) }
}
