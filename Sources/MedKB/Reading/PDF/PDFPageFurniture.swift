/// Drops what the printer adds to every page and a reader skips: a page number alone on
/// the first or last line, and running headers or footers (the same line at the top or
/// bottom of many pages).
enum PDFPageFurniture {
    static func removed(from pages: [(page: PDFPageGlyphs, lines: [PDFLine])]) -> [[PDFLine]] {
        var marginCounts: [String: Int] = [:]
        for (page, lines) in pages {
            for line in Set(lines.filter { isInMargin($0, pageHeight: page.height) }.map(key)) {
                marginCounts[line, default: 0] += 1
            }
        }
        let running = Set(marginCounts.filter { $0.value >= 3 && $0.value * 10 >= pages.count * 3 }.keys)
        return pages.map { page, lines in
            lines.enumerated().filter { index, line in
                let atEdge = index == 0 || index == lines.count - 1
                if atEdge, isInMargin(line, pageHeight: page.height), isPageNumber(line.text) { return false }
                return !(isInMargin(line, pageHeight: page.height) && running.contains(key(line)))
            }.map(\.element)
        }
    }

    /// The top or bottom eighth of the page.
    static func isInMargin(_ line: PDFLine, pageHeight: Double) -> Bool {
        pageHeight > 0 && (line.y1 < pageHeight / 8 || line.y0 > pageHeight * 7 / 8)
    }

    /// "12", "- 12 -", "Page 12", "12 of 30", "Side 3 af 8".
    static func isPageNumber(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "-" || $0 == "–" })
        guard words.contains(where: { $0.allSatisfy(\.isNumber) }) else { return false }
        return words.allSatisfy { word in
            word.allSatisfy(\.isNumber) || ["page", "side", "of", "af", "p."].contains(String(word))
        }
    }

    /// Page numbers inside a running footer ("Page 3 of 30") differ page by page.
    static func key(_ line: PDFLine) -> String {
        String(line.text.unicodeScalars.map { digits.contains($0) ? "#" : Character($0) })
    }

    private static let digits = Set("0123456789".unicodeScalars)
}
