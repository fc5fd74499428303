import Foundation
import GRDB
import Testing
@testable import MedKB

/// The tokenizer as it was written on GRDB's wrapper: each token made a String and folded.
private final class WrappedFoldingTokenizer: FTS5WrapperTokenizer {
    static let name = "medkb_wrapped"
    let wrappedTokenizer: any FTS5Tokenizer

    init(db: Database, arguments: [String]) throws {
        wrappedTokenizer = try db.makeTokenizer(.unicode61(diacritics: .remove))
    }

    func accept(token: String, flags: FTS5TokenFlags, for tokenization: FTS5Tokenization,
                tokenCallback: FTS5WrapperTokenCallback) throws {
        try tokenCallback(FoldingTokenizer.fold(token), flags)
    }
}

@Suite struct FoldingTokenizerTests {
    /// Texts of both languages, the corpus, the test documents and random scalars: the tokens
    /// (byte for byte), their flags and their order are those of the wrapper.
    @Test func tokensAreTheWrappersTokens() throws {
        let queue = try DatabaseQueue()
        var texts = ["KÆBEN kæben kaeben Kæbe", "Hypokalcæmi, ØRE-næse-hals; Åbne sår i munden", "Crohn's disease — 60 mg/ml",
                     "", "   ", "naïve café ǅemal ß ﬁ İstanbul", "日本語のテキスト", "\u{0}\u{1}x\u{7F}"]
        for folder in [TestSupport.packageRoot.appendingPathComponent("corpus"), TestSupport.packageRoot.appendingPathComponent("Tests/MedKBTests/Documents")] {
            let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
            #expect(!files.isEmpty, "\(folder.path)")
            for name in files { texts.append(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) }
        }
        var generator = SystemRandomNumberGenerator()
        let scalars = (0...0x2FFF).compactMap(Unicode.Scalar.init)
        for _ in 0..<300 {
            texts.append(String(String.UnicodeScalarView((0..<40).map { _ in scalars.randomElement(using: &generator)! })))
        }
        try queue.inDatabase { db in
            db.add(tokenizer: FoldingTokenizer.self)
            db.add(tokenizer: WrappedFoldingTokenizer.self)
            let mine = try db.makeTokenizer(FTS5TokenizerDescriptor(components: [FoldingTokenizer.name]))
            let reference = try db.makeTokenizer(FTS5TokenizerDescriptor(components: [WrappedFoldingTokenizer.name]))
            #expect(texts.count > 300)
            for text in texts {
                for tokens in [(try mine.tokenize(document: text), try reference.tokenize(document: text)),
                               (try mine.tokenize(query: text), try reference.tokenize(query: text))] {
                    #expect(tokens.0.map { Array($0.token.utf8) } == tokens.1.map { Array($0.token.utf8) }, "\(text.prefix(60))")
                    #expect(tokens.0.map(\.flags.rawValue) == tokens.1.map(\.flags.rawValue))
                }
            }
            #expect(try mine.tokenize(document: "KÆBEN Øre").map(\.token) == ["kaeben", "oere"])
        }
    }
}
