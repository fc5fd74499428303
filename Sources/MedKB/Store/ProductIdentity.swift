import Foundation
import GRDB

/// Which stored product a source is about: its EMA product number where the source
/// gives one, else its name folded to a key, so that "Heplisav B", "HEPLISAV-B" and
/// "Heplisav-B" are one medicine.
enum ProductIdentity {
    static func nameKey(_ name: String) -> String {
        // Most names are ASCII: lowercase letters and digits by their bytes, without
        // Foundation's folding, whose first use loads ICU (a millisecond of a search).
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: name.utf8.compactMap { byte -> UInt8? in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return byte
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte + 32
                default: return nil
                }
            }, as: UTF8.self)
        }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en"))
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter {
            $0.properties.isAlphabetic || ("0"..."9").contains($0)
        }))
    }

    static func isKnown(key: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM product WHERE name_key = ?)"), arguments: [key]) ?? false
    }

    /// The products whose folded names may be within `NameSuggester`'s edits of `key`, from
    /// the trigram table (schema v4): a name k edits away keeps all but 4k of the query's
    /// distinct trigrams and differs in length by at most k.
    static func nameCandidates(for key: String, in db: Database) throws -> [ProductSummary] {
        let scalars = Array(("^^" + key + "$$").unicodeScalars)
        guard key.unicodeScalars.count >= 3 else { return [] }
        let grams = Set((0...(scalars.count - 3)).map { String(String.UnicodeScalarView(scalars[$0..<$0 + 3])) })
        let length = key.unicodeScalars.count
        let edits = NameSuggester.allowedEdits(forLength: length)
        let threshold = max(1, grams.count - 4 * edits)
        // Counted here rather than by GROUP BY, which sorted the rows in a temporary B-tree
        // and took twice as long as reading them; in a flat array by product id (ids are
        // rowids, dense) rather than a dictionary, whose hashing of the 55,000 postings of a
        // name at 60,000 products cost more than reading them. An id past the array's bound
        // (a base with unusual ids) is counted in a dictionary instead.
        let bound = Int(max(0, min(try Int64.fetchOne(db, sql: "SELECT max(id) FROM product") ?? 0, 1 << 22)))
        var shared = [UInt16](repeating: 0, count: bound + 1)
        var sharedBeyond: [Int64: Int] = [:]
        var candidates: [Int64] = []
        let postings = try Int64.fetchCursor(db, sql: """
            SELECT product_id FROM product_name_gram
            WHERE gram IN (SELECT value FROM json_each(?)) AND length BETWEEN ? AND ?
            """, arguments: [JSONValue.strings(grams.sorted()).serialized(), length - edits, length + edits])
        while let id = try postings.next() {
            let count: Int
            if id >= 0, id <= bound {
                shared[Int(id)] &+= 1
                count = Int(shared[Int(id)])
            } else {
                sharedBeyond[id, default: 0] += 1
                count = sharedBeyond[id]!
            }
            if count == threshold { candidates.append(id) }
        }
        guard !candidates.isEmpty else { return [] }
        let keyed = try Row.fetchCursor(db, sql: """
            SELECT id, name_key FROM product INDEXED BY product_name_key_by_id WHERE id IN (SELECT value FROM json_each(?))
            """, arguments: ["[" + candidates.map(String.init).joined(separator: ",") + "]"])
        // The trigrams leave candidates; the edit distance, on the stored keys, the names.
        var close: [Int64] = []
        var distance = EditDistance(from: key)
        while let row = try keyed.next() {
            if distance.to(row[1], limit: edits) <= edits { close.append(row[0]) }
        }
        guard !close.isEmpty else { return [] }
        let records = try ProductRecord.fetchAll(db, sql: "SELECT * FROM product WHERE id IN (SELECT value FROM json_each(?))",
                                                 arguments: ["[" + close.map(String.init).joined(separator: ",") + "]"])
        // For naming only: suggestions show the name, substances, kind and status.
        return records.map { ProductSummary($0, referenceProduct: nil, inferredReference: nil, documents: []) }
    }

    /// Products with this name, the one a reader most likely means first: authorised
    /// before any other status, then the most recently authorised.
    static func products(named name: String, in db: Database) throws -> [ProductRecord] {
        let found = try ProductRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM product WHERE name_key = ?"),
                                               arguments: [nameKey(name)])
        return found.sorted { prefers(($0.status, $0.authorisationDate), over: ($1.status, $1.authorisationDate)) }
    }

    /// Of two medicines sharing a name, the one a reader most likely means: authorised
    /// before any other status, then the most recently authorised.
    static func prefers(_ a: (status: String?, authorised: String?), over b: (status: String?, authorised: String?)) -> Bool {
        let aAuthorised = a.status == "Authorised", bAuthorised = b.status == "Authorised"
        if aAuthorised != bAuthorised { return aAuthorised }
        return (a.authorised ?? "") > (b.authorised ?? "")
    }

    /// Migration v2: keys for the products v1 stored.
    static func fillNameKeys(_ db: Database) throws {
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM product") {
            let name: String = row["name"]
            try db.execute(sql: "UPDATE product SET name_key = ? WHERE id = ?", arguments: [nameKey(name), row["id"] as Int64])
        }
    }
}
