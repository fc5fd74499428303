import Foundation
import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// How search ranks the sections that match a query: Okapi BM25 as FTS5's `bm25()` computes
/// it (k1 1.2, b 0.75, both columns weighted 1), except that a phrase's document frequency is
/// counted among the matching sections that are ranked, not over the whole index.
///
/// `bm25()` counts, before it ranks the first row, the sections holding each phrase of the
/// query by reading every posting of the phrase; a common word, or a prefix that stands for
/// many words, makes that pass grow with the base: at 60,000 documents it was a third of the
/// query of a common word ("treat breast": 19 ms with `bm25()`, 12 ms counted here). Where
/// every phrase of the query is an alternative of one term ("hovedpine" OR "headache") and no
/// more sections match than are ranked, the sections holding a phrase are all among the
/// matches, and the ranking is `bm25()`'s own.
enum SectionRanking {
    /// The SQL function giving `SectionRanking.Counts` of a matching row:
    /// `SELECT rowid, section_match(section_fts) FROM section_fts WHERE section_fts MATCH ?`.
    static let functionName = "section_match"

    /// What BM25 needs of one matching row, from `functionName`'s blob.
    struct Counts {
        let rowid: Int64
        /// Rows and tokens in the whole index.
        let indexRows: Int64, indexTokens: Int64
        /// Tokens of this row, both columns.
        let tokens: Int64
        /// Instances of each phrase of the query in this row.
        let phrases: [Int64]

        /// nil when the blob is not one `functionName` made.
        init?(rowid: Int64, blob: Data) {
            guard blob.count >= 3 * 8, blob.count % 8 == 0 else { return nil }
            let values: [Int64] = blob.withUnsafeBytes { bytes in
                (0..<(bytes.count / 8)).map { Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: $0 * 8, as: Int64.self)) }
            }
            self.rowid = rowid
            (indexRows, indexTokens, tokens) = (values[0], values[1], values[2])
            phrases = Array(values[3...])
        }
    }

    static let k1 = 1.2, b = 0.75

    /// Each row's score, lower is better (as `bm25()`'s): minus the sum over the phrases of
    /// IDF × tf·(k1+1) / (tf + k1·(1 − b + b·length/average length)).
    static func scores(_ rows: [Counts]) -> [Double] {
        guard let first = rows.first, first.indexRows > 0 else { return rows.map { _ in 0 } }
        let indexRows = Double(first.indexRows), averageLength = Double(first.indexTokens) / Double(first.indexRows)
        let phraseCount = first.phrases.count
        var holding = [Int](repeating: 0, count: phraseCount)
        for row in rows where row.phrases.count == phraseCount {
            for (phrase, instances) in row.phrases.enumerated() where instances > 0 { holding[phrase] += 1 }
        }
        let idf = holding.map { count -> Double in
            let value = log((indexRows - Double(count) + 0.5) / (Double(count) + 0.5))
            return value > 0 ? value : 1e-6  // as bm25(): a phrase in most rows still counts a little
        }
        return rows.map { row in
            guard row.phrases.count == phraseCount else { return 0 }
            let lengthNorm = k1 * (1 - b + b * Double(row.tokens) / averageLength)
            var score = 0.0
            for (phrase, instances) in row.phrases.enumerated() where instances > 0 {
                let tf = Double(instances)
                score += idf[phrase] * (tf * (k1 + 1)) / (tf + lengthNorm)
            }
            return -score
        }
    }

    /// Registers `functionName` on a connection (`KnowledgeBase.configuration`).
    static func register(on db: Database) throws {
        let api = FTS5.api(db)
        let code = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), functionName, nil, matchCounts, nil)
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
    }

    /// The blob: the index's rows and tokens, the row's tokens, then each phrase's instances
    /// in the row, as little-endian 64-bit integers.
    private static let matchCounts: fts5_extension_function = { api, fts, context, _, _ in
        guard let api = api?.pointee, let fts else { return }
        var indexRows: sqlite3_int64 = 0, indexTokens: sqlite3_int64 = 0
        var tokens: CInt = 0, instances: CInt = 0
        var code = api.xRowCount(fts, &indexRows)
        if code == SQLITE_OK { code = api.xColumnTotalSize(fts, -1, &indexTokens) }
        if code == SQLITE_OK { code = api.xColumnSize(fts, -1, &tokens) }
        if code == SQLITE_OK { code = api.xInstCount(fts, &instances) }
        var values = [Int64](repeating: 0, count: 3 + Int(max(0, api.xPhraseCount(fts))))
        (values[0], values[1], values[2]) = (indexRows, indexTokens, Int64(tokens))
        var index: CInt = 0
        while code == SQLITE_OK, index < instances {
            var phrase: CInt = 0, column: CInt = 0, offset: CInt = 0
            code = api.xInst(fts, index, &phrase, &column, &offset)
            if code == SQLITE_OK, 3 + Int(phrase) < values.count, phrase >= 0 { values[3 + Int(phrase)] += 1 }
            index += 1
        }
        guard code == SQLITE_OK else { return sqlite3_result_error_code(context, code) }
        values.withUnsafeMutableBytes { bytes in
            for offset in stride(from: 0, to: bytes.count, by: 8) {
                bytes.storeBytes(of: bytes.load(fromByteOffset: offset, as: Int64.self).littleEndian, toByteOffset: offset, as: Int64.self)
            }
            sqlite3_result_blob(context, bytes.baseAddress, CInt(bytes.count), unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        }
    }
}
