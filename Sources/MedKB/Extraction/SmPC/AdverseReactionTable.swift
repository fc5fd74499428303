import Foundation

/// Reads the tabulated list of adverse reactions of section 4.8, line by line and cell by
/// cell, in the layouts EMA uses:
///
/// - organ class in the first column, "Frequency: term, term, …" groups beside it;
/// - organ class, then a frequency column, then one term a line;
/// - frequency categories as column headers, terms under them;
/// - a single column: an organ-class line, then "Frequency: terms" lines.
///
/// Organ-class cells are told from terms by their column and by MedDRA's closed list of
/// organ classes; a wrapped term goes on in the next line of its column. Repeated header
/// rows, footnote marks and superscripts are left out.
struct AdverseReactionTable {
    struct Term {
        let term: String
        let frequency: String
        let organClass: String?
        let range: Range<Int>
        /// Where the quote starts: the frequency label when it is on the term's line.
        let quoteStart: Int
    }

    struct Cell {
        let range: Range<Int>
        let text: String
        let x: Double
    }

    enum Mode { case commaList, linePerTerm }

    struct Group {
        let frequency: String
        /// Index into the table's organ classes: a wrapped organ class is completed by a
        /// line below the group's label.
        let organClass: Int?
        let mode: Mode
        let labelStart: Int
        var segments: [Range<Int>] = []
    }

    let text: NormalizedText
    let geometry: TextGeometry?

    /// The terms, and the lines the table took (not to be read again as running text).
    func read(_ body: Range<Int>) -> (terms: [Term], lines: [Range<Int>]) {
        var groups: [Group] = []
        var current: Group?
        var matrix: [(x: Double, frequency: String)] = []
        var matrixGroups: [String: Group] = [:]
        var organClass: (text: String, complete: Bool)?
        var organClasses: [String] = []
        var organX: Double?
        var rightX: Double?
        var inTable = false
        var previousBlank = false
        var tableLines: [Range<Int>] = []

        func flush() {
            if let group = current, !group.segments.isEmpty { groups.append(group) }
            current = nil
            for group in matrixGroups.values.sorted(by: { $0.labelStart < $1.labelStart }) where !group.segments.isEmpty {
                groups.append(group)
            }
            matrixGroups = [:]
        }
        func isLeft(_ x: Double) -> Bool {
            guard let organX else { return true }
            let tolerance = rightX.map { max(2, 0.3 * ($0 - organX)) } ?? 2
            return x <= organX + tolerance
        }
        func currentOrganClass() -> Int? {
            organClass == nil ? nil : organClasses.count - 1
        }

        for line in TextLine.lines(of: text, in: body) {
            if line.isBlank { previousBlank = true; continue }
            let cells = self.cells(of: line)
            guard let first = cells.first else { continue }
            let flat = line.text.replacingOccurrences(of: "\t", with: " ")
            if let organX, rightX == nil, let right = cells.first(where: { $0.x > organX + 2 }) { rightX = right.x }
            if inTable, isFootnote(first) {
                flush()
                inTable = false
                continue
            }
            let labels = cells.compactMap { FrequencyLabel(cell: $0.text) }
            if labels.count >= 2, labels.allSatisfy(\.isBare) {
                // Frequencies as column headers.
                flush()
                matrix = cells.compactMap { cell in FrequencyLabel(cell: cell.text).map { (cell.x, $0.category) } }
                inTable = true
                tableLines.append(line.start..<line.end)
                previousBlank = false
                continue
            }
            // The column header row, printed again on every page the table runs over.
            if flat.lowercased().contains("organ class") || flat.lowercased().contains("organklasse") || flat.lowercased().hasPrefix("meddra") {
                if inTable || organClass == nil { tableLines.append(line.start..<line.end) }
                previousBlank = false
                continue
            }
            var consumed = false
            for (index, cell) in cells.enumerated() {
                if let label = FrequencyLabel(cell: cell.text) {
                    flush()
                    inTable = true
                    consumed = true
                    var group = Group(frequency: label.category, organClass: currentOrganClass(),
                                      mode: label.isBare ? .linePerTerm : .commaList, labelStart: cell.range.lowerBound)
                    let rest = (cell.range.lowerBound + label.length)..<cell.range.upperBound
                    if !rest.isEmpty { group.segments.append(rest) }
                    current = group
                    continue
                }
                if index == 0, isLeft(cell.x) {
                    let startsLower = cell.text.first?.isLowercase ?? false
                    if let open = organClass, !open.complete, startsLower, SystemOrganClass.couldStart(open.text + " " + cell.text) {
                        let joined = open.text + " " + cell.text
                        organClass = (joined, SystemOrganClass.named(joined) != nil)
                        organClasses[organClasses.count - 1] = joined
                        consumed = true
                        continue
                    }
                    if !startsLower, SystemOrganClass.couldStart(cell.text) {
                        flush()
                        organClass = (cell.text, SystemOrganClass.named(cell.text) != nil)
                        organClasses.append(cell.text)
                        organX = organX ?? cell.x
                        inTable = true
                        consumed = true
                        continue
                    }
                    // A single-column list wraps its terms at the left margin.
                    if inTable, !previousBlank, current != nil, organX.map({ abs(cell.x - $0) <= 2 }) ?? false,
                       let last = current?.segments.last, !text.slice(last).hasSuffix(".") {
                        current?.segments.append(cell.range)
                        consumed = true
                        continue
                    }
                    if inTable { flush(); inTable = false; organClass = nil }
                    break
                }
                guard inTable else { continue }
                if !matrix.isEmpty {
                    let column = matrix.min { abs($0.x - cell.x) < abs($1.x - cell.x) }!
                    var group = matrixGroups[column.frequency] ?? Group(frequency: column.frequency, organClass: currentOrganClass(),
                                                                        mode: .commaList, labelStart: cell.range.lowerBound)
                    group.segments.append(cell.range)
                    matrixGroups[column.frequency] = group
                    consumed = true
                } else if current != nil {
                    current?.segments.append(cell.range)
                    consumed = true
                }
            }
            if consumed { tableLines.append(line.start..<line.end) }
            previousBlank = false
        }
        flush()
        let names = organClasses.map { SystemOrganClass.named($0) ?? $0.lowercased() }
        return (groups.flatMap { terms(of: $0, organClass: $0.organClass.map { names[$0] }) }, tableLines)
    }

    func cells(of line: TextLine) -> [Cell] {
        var cells: [Cell] = []
        var start = line.start
        var index = 0
        for offset in line.start...line.end where offset == line.end || text.scalars[offset] == "\t" {
            if offset > start {
                let x = geometry.map { $0.xs.isEmpty ? Double(index) : $0.x(at: start) } ?? Double(index) * 100
                cells.append(Cell(range: start..<offset, text: text.slice(start..<offset), x: x))
            }
            start = offset + 1
            index += 1
        }
        return cells
    }

    /// "* Spontaneous reports …", "¥ As evaluated by …", "a. Coagulopathy includes …".
    func isFootnote(_ cell: Cell) -> Bool {
        guard let first = cell.text.unicodeScalars.first else { return false }
        if "*†‡¥§#".unicodeScalars.contains(first) { return true }
        if let geometry, !geometry.superscripts.isEmpty, geometry.isSuperscript(at: cell.range.lowerBound) { return true }
        return cell.text.prefixMatch(of: Self.footnoteLetter) != nil
    }

    nonisolated(unsafe) static let footnoteLetter = try! Pattern("[a-z]{1,2}[.)] ")

    // MARK: terms

    /// The terms of one frequency group: cut at commas (or, one term a line, where a line
    /// starts a new capitalised term), footnote marks and superscripts dropped, "(see
    /// section 4.4)" and abbreviations in parentheses dropped, "A (X)/B (Y)" read as two.
    func terms(of group: Group, organClass: String?) -> [Term] {
        // The group's scalars with their offsets; joins between segments are spaces (nil offset).
        var scalars: [(scalar: Unicode.Scalar, offset: Int?)] = []
        for (index, segment) in group.segments.enumerated() {
            if index > 0 {
                let previous = text.slice(group.segments[index - 1]).trimmingCharacters(in: .whitespaces)
                let startsCapital = text.scalars[segment.lowerBound].properties.isUppercase
                let separator: Unicode.Scalar = group.mode == .linePerTerm && startsCapital && !previous.hasSuffix(",") ? ";" : " "
                scalars.append((separator, nil))
            }
            for offset in segment where !(geometry.map { !$0.superscripts.isEmpty && $0.isSuperscript(at: offset) } ?? false) {
                scalars.append((text.scalars[offset], offset))
            }
        }
        var items: [[(scalar: Unicode.Scalar, offset: Int?)]] = [[]]
        var depth = 0
        for item in scalars {
            if item.scalar == "(" { depth += 1 }
            if item.scalar == ")" { depth = max(0, depth - 1) }
            let separates = item.scalar == ";" || (item.scalar == "," && group.mode == .commaList)
            if depth == 0, separates { items.append([]) } else { items[items.count - 1].append(item) }
        }
        return items.flatMap(splitAtSlash).compactMap { term(from: $0, group, organClass: organClass) }
    }

    /// "Stevens-Johnson syndrome (SJS)/toxic epidermal necrolysis (TEN)": a slash right after
    /// a parenthesis separates two terms ("cup/disc ratio" stays one).
    func splitAtSlash(_ item: [(scalar: Unicode.Scalar, offset: Int?)]) -> [[(scalar: Unicode.Scalar, offset: Int?)]] {
        var parts: [[(scalar: Unicode.Scalar, offset: Int?)]] = [[]]
        for (index, element) in item.enumerated() {
            if element.scalar == "/", index > 0, item[index - 1].scalar == ")" { parts.append([]) } else { parts[parts.count - 1].append(element) }
        }
        return parts
    }

    func term(from item: [(scalar: Unicode.Scalar, offset: Int?)], _ group: Group, organClass: String?) -> Term? {
        var kept: [(scalar: Unicode.Scalar, offset: Int?)] = []
        var index = 0
        while index < item.count {
            if item[index].scalar == "(", let close = item[index...].firstIndex(where: { $0.scalar == ")" }) {
                let inside = String(String.UnicodeScalarView(item[(index + 1)..<close].map(\.scalar)))
                if Self.isDroppedParenthesis(inside) {
                    index = close + 1
                    continue
                }
            }
            kept.append(item[index])
            index += 1
        }
        let trim = CharacterSet(charactersIn: " \n\t.,;:*†‡¥§#")
        while let first = kept.first, trim.contains(first.scalar) { kept.removeFirst() }
        while let last = kept.last, trim.contains(last.scalar) { kept.removeLast() }
        guard let start = kept.first(where: { $0.offset != nil })?.offset,
              let end = kept.last(where: { $0.offset != nil })?.offset else { return nil }
        let words = String(String.UnicodeScalarView(kept.map { $0.scalar == "\n" || $0.scalar == "\t" ? " " : $0.scalar }))
            .split(separator: " ").joined(separator: " ").lowercased()
        guard words.count >= 2, words.first?.isLetter == true, !words.hasPrefix("see "), !words.hasPrefix("se ") else { return nil }
        let sameLine = !text.slice(group.labelStart..<start).contains("\n")
        return Term(term: words, frequency: group.frequency, organClass: organClass, range: start..<(end + 1),
                    quoteStart: sameLine ? group.labelStart : start)
    }

    /// "see section 4.4", an abbreviation ("SJS"), a footnote letter.
    static func isDroppedParenthesis(_ inside: String) -> Bool {
        let trimmed = inside.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased().hasPrefix("see ") || trimmed.lowercased().hasPrefix("se ") { return true }
        let letters = trimmed.filter(\.isLetter)
        return !trimmed.isEmpty && trimmed.count <= 8 && !trimmed.contains(" ")
            && (letters.allSatisfy(\.isUppercase) || trimmed.count <= 2)
    }
}
