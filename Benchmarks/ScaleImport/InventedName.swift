/// Product names that exist nowhere else: one per document index, made of syllables.
///
/// The index, scrambled so that neighbouring documents do not look alike, is written in
/// base 26 with a syllable per digit, least significant first so that the first syllable
/// varies fastest; an ending chosen from the index follows. Four digits cover
/// 26⁴ = 456,976 indices, and every name has the same length, so no name is the start of
/// another (medkb searches words as prefixes).
///
///     InventedName.make(0)   // "Kusadoderex"
enum InventedName {
    /// Consonant-vowel pairs, all different: 26 digits. Chosen so that no word of four
    /// letters or more in the test documents, the corpus, the lexicon or the concepts is
    /// the start of a name: a search for "data" or "same" must not find a product.
    static let syllables = ["de", "fa", "ki", "lo", "pi", "ri", "sa", "te", "vo", "zu", "di", "fi", "ge",
                            "ko", "po", "tu", "vu", "za", "do", "fo", "ke", "ku", "du", "fu", "ze", "zi"]
    static let endings = ["rex", "fin", "tix", "vel", "zan", "dor", "lix", "mon"]
    static let digits = 4
    static let capacity = 26 * 26 * 26 * 26

    /// The name of document `index` (0 ≤ index < `capacity`).
    static func make(_ index: Int) -> String {
        precondition((0..<capacity).contains(index), "no invented name for index \(index)")
        // 7,919 is prime to 26⁴ (whose factors are 2 and 13): a bijection of 0..<capacity.
        var value = (index * 7_919 + 12_345) % capacity
        var name = ""
        for _ in 0..<digits {
            name += syllables[value % 26]
            value /= 26
        }
        name += endings[index % endings.count]
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}
