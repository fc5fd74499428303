import Foundation
import GRDB
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// FTS5 tokenizer that wraps unicode61 (which lowercases and strips combining diacritics)
/// and spells the Danish letters out: æ as ae, ø as oe, å as aa. "KÆBEN", "kæben" and
/// "kaeben" then index and query as the same token.
///
/// It hands unicode61's tokens on at the C level: a token of lowercase ASCII, nearly every
/// one, goes on as the very bytes unicode61 gave. GRDB's `FTS5WrapperTokenizer` made a
/// `String` (through `Data`) and an array of each token, which cost twice as much as the
/// bare FTS5 load of the same text.
final class FoldingTokenizer: FTS5CustomTokenizer {
    static let name = "medkb"
    let wrappedTokenizer: any FTS5Tokenizer

    init(db: Database, arguments: [String]) throws {
        wrappedTokenizer = try db.makeTokenizer(.unicode61(diacritics: .remove))
    }

    /// What the C callback needs: SQLite's context and callback.
    private struct Forwarding {
        let context: UnsafeMutableRawPointer?
        let tokenCallback: FTS5TokenCallback
    }

    func tokenize(context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
                  nText: CInt, tokenCallback: @escaping FTS5TokenCallback) -> CInt {
        var forwarding = Forwarding(context: context, tokenCallback: tokenCallback)
        return withUnsafeMutablePointer(to: &forwarding) { pointer in
            wrappedTokenizer.tokenize(context: pointer, tokenization: tokenization, pText: pText, nText: nText) {
                pointer, flags, pToken, nToken, iStart, iEnd in
                guard let pointer, let pToken, nToken > 0 else { return SQLITE_OK }
                let forwarding = pointer.assumingMemoryBound(to: Forwarding.self).pointee
                let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pToken).assumingMemoryBound(to: UInt8.self), count: Int(nToken))
                if !FoldingTokenizer.needsFolding(bytes) {
                    return forwarding.tokenCallback(forwarding.context, flags, pToken, nToken, iStart, iEnd)
                }
                // As GRDB's wrapper did: a token that is not UTF-8 is left out.
                guard let token = String(bytes: bytes, encoding: .utf8) else { return SQLITE_OK }
                var folded = FoldingTokenizer.fold(token)
                return folded.withUTF8 { utf8 in
                    utf8.withMemoryRebound(to: CChar.self) { chars in
                        forwarding.tokenCallback(forwarding.context, flags, chars.baseAddress, CInt(chars.count), iStart, iEnd)
                    }
                }
            }
        }
    }

    /// Whether `fold` would change the token: it holds an uppercase ASCII letter or a scalar beyond ASCII.
    static func needsFolding<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.contains { $0 >= 0x80 || (0x41...0x5A).contains($0) }
    }

    static func fold(_ token: String) -> String {
        // Most tokens are lowercase ASCII already: nothing to fold.
        if !needsFolding(token.utf8) { return token }
        var out = ""
        for character in token.lowercased() {
            switch character {
            case "æ": out += "ae"
            case "ø": out += "oe"
            case "å": out += "aa"
            default: out.append(character)
            }
        }
        return out
    }
}
