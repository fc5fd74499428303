extension ConceptTerms {
    /// The words of the terms one edit from `word` (lowercase), each once, the ones in most
    /// terms first: "hovedpine" for "hovdpine". Read from the bytes: a word is compared only
    /// when its length could be one edit away and its first or last letter is the word's.
    public func words(oneEditFrom word: String) -> [String] {
        let target = Array(word.utf8)
        guard target.count >= 2, let first = target.first, let last = target.last else { return [] }
        var counts: [String: Int] = [:]
        Self.wordByteTable.withUnsafeBufferPointer { isWordByte in
            forEachLine { line, buffer in
                guard line.phrase.count >= target.count - 1 else { return }
                var start = Int(line.phrase.lowerBound)
                let end = Int(line.phrase.upperBound)
                while start < end {
                    var stop = start
                    while stop < end, isWordByte[Int(buffer[stop])] { stop += 1 }
                    // One edit leaves the first or the last letter as it was.
                    if abs(stop - start - target.count) <= 1, stop > start,
                       Self.lower(buffer[start]) == first || Self.lower(buffer[stop - 1]) == last {
                        let candidate = buffer[start..<stop].lazy.map(Self.lower)
                        if SpellingEdits.areOneEditApart(candidate, target) {
                            counts[String(decoding: Array(candidate), as: UTF8.self), default: 0] += 1
                        }
                    }
                    start = stop + 1
                }
            }
        }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }

    /// `isWordByte` for every byte, looked up in the scan's inner loop.
    static let wordByteTable: [Bool] = (0...255).map { isWordByte(UInt8($0)) }
}
