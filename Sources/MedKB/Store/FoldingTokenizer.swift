import Foundation
import GRDB

/// FTS5 tokenizer that wraps unicode61 (which lowercases and strips combining diacritics)
/// and spells the Danish letters out: æ as ae, ø as oe, å as aa. "KÆBEN", "kæben" and
/// "kaeben" then index and query as the same token.
final class FoldingTokenizer: FTS5WrapperTokenizer {
    static let name = "medkb"
    let wrappedTokenizer: any FTS5Tokenizer

    init(db: Database, arguments: [String]) throws {
        wrappedTokenizer = try db.makeTokenizer(.unicode61(diacritics: .remove))
    }

    func accept(token: String, flags: FTS5TokenFlags, for tokenization: FTS5Tokenization,
                tokenCallback: FTS5WrapperTokenCallback) throws {
        try tokenCallback(Self.fold(token), flags)
    }

    static func fold(_ token: String) -> String {
        // Most tokens are lowercase ASCII already: nothing to fold.
        if token.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) { return token }
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
