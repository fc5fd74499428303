import Foundation
import GRDB

/// Which stored product a source is about: its EMA product number where the source
/// gives one, else its name folded to a key, so that "Heplisav B", "HEPLISAV-B" and
/// "Heplisav-B" are one medicine.
enum ProductIdentity {
    static func nameKey(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en"))
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter {
            $0.properties.isAlphabetic || ("0"..."9").contains($0)
        }))
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
