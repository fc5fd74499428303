/// Where each scalar of a document's normalised text stood on its page, for documents read
/// from PDF: the page number evidence cites, the horizontal position that tells a table's
/// columns apart, and whether it was a superscript (a footnote mark, not part of a word).
public struct TextGeometry: Sendable {
    public let pages: [Int32]
    public let xs: [Float]
    public let superscripts: [Bool]

    public func page(at offset: Int) -> Int? {
        pages.isEmpty ? nil : Int(pages[min(max(offset, 0), pages.count - 1)])
    }

    public func x(at offset: Int) -> Double { Double(xs[offset]) }

    public func isSuperscript(at offset: Int) -> Bool { superscripts[offset] }

    /// Each page's first and last scalar offsets, end exclusive, in page order.
    public var pageRanges: [(page: Int, range: Range<Int>)] {
        var out: [(page: Int, range: Range<Int>)] = []
        for (offset, page) in pages.enumerated() {
            if let last = out.last, last.page == Int(page) {
                out[out.count - 1].range = last.range.lowerBound..<(offset + 1)
            } else {
                out.append((Int(page), offset..<(offset + 1)))
            }
        }
        return out
    }
}
