extension String {
    /// The text with each ASCII byte that `replacement` gives a string for replaced by it.
    /// By bytes, since UTF-8 never uses an ASCII byte inside another character; Foundation's
    /// replacingOccurrences copied the text through NSString for each thing replaced.
    func replacingASCII(_ replacement: (UInt8) -> String?) -> String {
        guard let first = utf8.firstIndex(where: { $0 < 0x80 && replacement($0) != nil }) else { return self }
        var out = Array(utf8[..<first])
        out.reserveCapacity(utf8.count + 32)
        for byte in utf8[first...] {
            if byte < 0x80, let replaced = replacement(byte) { out += replaced.utf8 } else { out.append(byte) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
