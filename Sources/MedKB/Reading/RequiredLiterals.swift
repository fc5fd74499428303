import Foundation

/// Words one of which every match of a regular expression contains, read off its source: a
/// text holding none of them cannot match, and ICU need not be asked (most patterns find
/// nothing in most of the sentences they are tried on, and ICU's case-insensitive scan of a
/// text is most of a parse's time).
///
/// ```swift
/// RequiredLiterals(source: "\\b(?:anvendes|bruges) til")?.words  // ["anvendes", "bruges"]
/// ```
///
/// The reading is conservative: where it is unsure (a class, an escape, an optional part,
/// an alternative without a word) it requires nothing there, and a source it cannot read
/// gives nil, so that the pattern is always run. Words are ASCII and compared ignoring case,
/// as a case-insensitive pattern compares them; a text holding a character that case-folds
/// to ASCII letters ("ß" to "ss", the Kelvin sign to "k") is always run too.
struct RequiredLiterals: Sendable, Equatable {
    /// Lowercased ASCII words, one of which is in every match.
    let words: [[UInt8]]

    /// The shortest word worth looking for: a shorter one is in too many texts to save a run.
    static let shortestUseful = 3
    /// More alternatives than this cost more to look for than the pattern costs to run.
    static let mostWords = 24

    init?(source: String) {
        var reader = Reader(Array(source.unicodeScalars))
        guard let words = (try? reader.alternation()) ?? nil, reader.atEnd, Self.isUseful(words) else { return nil }
        self.words = words
    }

    /// False only when no match can be in `text`.
    func mayMatch(_ text: Substring) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable(mayMatch(bytes:)) { return answer }
        // A text that is not stored contiguously (bridged) is copied first.
        var copy = String(text)
        return copy.withUTF8(mayMatch(bytes:))
    }

    func mayMatch(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { folded in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x80, Self.foldsToASCII(bytes, at: index) { return true }
                folded[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                index += 1
            }
            let haystack = UnsafeBufferPointer(rebasing: folded[..<bytes.count])
            return words.contains { ByteSearch.find($0, in: haystack) }
        }
    }

    /// Whether the scalar starting at `index` case-folds to something with an ASCII letter
    /// (Unicode's CaseFolding.txt, and ı, whose capital is I): ß, İ, ı, ŉ, ſ, ǰ, ẖ-ẝ, ẞ, the Kelvin
    /// sign, the Latin ligatures ﬀ-ﬆ.
    static func foldsToASCII(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        func byte(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch bytes[index] {
        case 0xC3: return byte(1) == 0x9F                                  // U+00DF
        case 0xC4: return byte(1) == 0xB0 || byte(1) == 0xB1               // U+0130, U+0131
        case 0xC5: return byte(1) == 0x89 || byte(1) == 0xBF               // U+0149, U+017F
        case 0xC7: return byte(1) == 0xB0                                  // U+01F0
        case 0xE1: return byte(1) == 0xBA && (0x96...0x9E).contains(byte(2)) // U+1E96-U+1E9E
        case 0xE2: return byte(1) == 0x84 && byte(2) == 0xAA               // U+212A
        case 0xEF: return byte(1) == 0xAC && (0x80...0x86).contains(byte(2)) // U+FB00-U+FB06
        default: return false
        }
    }

    /// The scalars that `foldsToASCII` recognises, for its test.
    static let foldingToASCII: Set<UInt32> = Set([0xDF, 0x130, 0x131, 0x149, 0x17F, 0x1F0] + Array(0x1E96...0x1E9E)
                                                 + [0x212A] + Array(0xFB00...0xFB06))

    /// For tests: where set, a text the words rule out is matched all the same, and what ICU
    /// found there is counted (it must be nothing).
    @TaskLocal static var audit: Audit?

    final class Audit: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var ruledOutCount = 0
        /// Pattern sources with a text they matched although the words ruled it out.
        private(set) var wronglyRuledOut: [(pattern: String, text: String)] = []

        init() {}

        func ruledOut(_ pattern: String, _ text: Substring, found: Bool) {
            lock.lock()
            defer { lock.unlock() }
            ruledOutCount += 1
            if found { wronglyRuledOut.append((pattern, String(text))) }
        }
    }

    /// Whether a set of words is worth looking for, and so worth keeping over another.
    static func isUseful(_ words: [[UInt8]]) -> Bool {
        !words.isEmpty && words.count <= mostWords && words.allSatisfy { $0.count >= shortestUseful }
    }

    /// Useful before not; then the longer shortest word (rarer in a text), then fewer words.
    static func better(_ words: [[UInt8]], than other: [[UInt8]]) -> Bool {
        if isUseful(words) != isUseful(other) { return isUseful(words) }
        let (shortest, otherShortest) = (words.map(\.count).min() ?? 0, other.map(\.count).min() ?? 0)
        return shortest != otherShortest ? shortest > otherShortest : words.count < other.count
    }

    struct Unreadable: Error {}

    /// A recursive reader of ICU's pattern syntax that keeps only what every match must hold.
    struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var atEnd: Bool { index >= scalars.count }
        func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }

        /// Alternatives up to a ")" or the end: the words of all of them, or nil when one
        /// requires none.
        mutating func alternation() throws -> [[UInt8]]? {
            var all: [[UInt8]] = []
            var everyHasWords = true
            while true {
                if let words = try sequence() {
                    for word in words where !all.contains(word) { all.append(word) }
                } else {
                    everyHasWords = false
                }
                guard peek() == "|" else { break }
                index += 1
            }
            return everyHasWords ? all : nil
        }

        /// Items up to a "|", ")" or the end; the best of the word sets they require.
        mutating func sequence() throws -> [[UInt8]]? {
            var best: [[UInt8]]?
            var run: [UInt8] = []
            func consider(_ words: [[UInt8]]) {
                guard let current = best else { best = words; return }
                if RequiredLiterals.better(words, than: current) { best = words }
            }
            func endRun() {
                if !run.isEmpty { consider([run]) }
                run = []
            }
            var literal: Unicode.Scalar?
            while let scalar = peek(), scalar != "|", scalar != ")" {
                switch scalar {
                case "(":
                    endRun()
                    if let words = try group() { consider(words) }
                case "[":
                    endRun()
                    try skipClass()
                    _ = try quantifier()
                case "\\":
                    guard let escaped = peek(1) else { throw Unreadable() }
                    if escaped.properties.isAlphabetic || ("0"..."9").contains(escaped) {
                        endRun()
                        try skipEscape()
                        _ = try quantifier()
                    } else {
                        index += 2
                        literal = escaped
                    }
                case ".", "^", "$":
                    endRun()
                    index += 1
                    _ = try quantifier()
                case "*", "+", "?", "{":
                    throw Unreadable()
                default:
                    index += 1
                    literal = scalar
                }
                // A literal character extends the run of words unless a quantifier follows
                // it (which may leave it out, or repeat it) or it is not ASCII.
                guard let character = literal else { continue }
                literal = nil
                if try quantifier() != nil || !character.isASCII {
                    endRun()
                } else {
                    let byte = UInt8(character.value)
                    run.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
                }
            }
            endRun()
            return best
        }

        /// A group; its words when a match must hold them.
        mutating func group() throws -> [[UInt8]]? {
            index += 1  // "("
            var counts = true
            if peek() == "?" {
                switch peek(1) {
                case ":", ">": index += 2
                case "=", "!":
                    index += 2
                    counts = false
                case "<":
                    if peek(2) == "=" || peek(2) == "!" {
                        index += 3
                        counts = false
                    } else {
                        while let scalar = peek(), scalar != ">" { index += 1 }
                        guard !atEnd else { throw Unreadable() }
                        index += 1
                    }
                default:
                    // Flags: "(?i)", "(?m:...)"; free spacing changes what a literal is.
                    index += 1
                    while let scalar = peek(), "imsw-".unicodeScalars.contains(scalar) { index += 1 }
                    if peek() == ")" {
                        index += 1
                        return nil
                    }
                    guard peek() == ":" else { throw Unreadable() }
                    index += 1
                }
            }
            let inner = try alternation()
            guard peek() == ")" else { throw Unreadable() }
            index += 1
            if try quantifier() == true { return nil }
            return counts ? inner : nil
        }

        /// Reads the quantifier after an atom, if one follows: whether it allows none of it
        /// ("?", "*", "{0,n}"), nil when there is none.
        mutating func quantifier() throws -> Bool? {
            guard let scalar = peek() else { return nil }
            let optional: Bool
            switch scalar {
            case "?", "*":
                optional = true
                index += 1
            case "+":
                optional = false
                index += 1
            case "{":
                index += 1
                var digits = ""
                while let digit = peek(), ("0"..."9").contains(digit) { digits.unicodeScalars.append(digit); index += 1 }
                guard let minimum = Int(digits) else { throw Unreadable() }
                optional = minimum == 0
                while let next = peek(), next != "}" {
                    guard next == "," || ("0"..."9").contains(next) else { throw Unreadable() }
                    index += 1
                }
                guard !atEnd else { throw Unreadable() }
                index += 1
            default:
                return nil
            }
            // Lazy or possessive.
            if peek() == "?" || peek() == "+" { index += 1 }
            return optional
        }

        /// An escape that is not a plain character: a class ("\\d", "\\p{L}"), an anchor
        /// ("\\b"), a code ("\\x41", "\\u00E6"), a back reference.
        mutating func skipEscape() throws {
            guard let letter = peek(1) else { throw Unreadable() }
            index += 2
            switch letter {
            case "Q", "E": throw Unreadable()  // quoted text is read literally: not worth reading here
            case "p", "P", "N", "x", "u", "U", "k":
                if peek() == "{" || peek() == "<" {
                    let close: Unicode.Scalar = peek() == "{" ? "}" : ">"
                    while let scalar = peek(), scalar != close { index += 1 }
                    guard !atEnd else { throw Unreadable() }
                    index += 1
                } else if letter == "x" {
                    index += 2
                } else if letter == "u" {
                    index += 4
                } else if letter == "U" {
                    index += 8
                } else if letter == "p" || letter == "P" {
                    index += 1  // "\pL"
                }
            case "c": index += 1
            case "0":
                var count = 0
                while count < 3, let digit = peek(), ("0"..."7").contains(digit) { index += 1; count += 1 }
            default:
                // A back reference "\12" is all its digits.
                while ("1"..."9").contains(letter), let digit = peek(), ("0"..."9").contains(digit) { index += 1 }
            }
            guard index <= scalars.count else { throw Unreadable() }
        }

        /// A character class "[...]", which may nest.
        mutating func skipClass() throws {
            var depth = 0
            repeat {
                guard let scalar = peek() else { throw Unreadable() }
                switch scalar {
                case "\\": index += 2
                case "[":
                    depth += 1
                    index += 1
                    // A "]" right after "[" or "[^" is a literal.
                    if peek() == "^" { index += 1 }
                    if peek() == "]" { index += 1 }
                case "]":
                    depth -= 1
                    index += 1
                default: index += 1
                }
            } while depth > 0
        }
    }
}
