import Crypto
import Foundation

/// Tokens that tie an upload to the form this server gave: a random nonce signed with a
/// key made when the server starts. The form carries the token and so does a cookie that
/// only this site's pages send (SameSite=Strict); an upload whose two do not match, or
/// whose signature is not this server's, is refused.
struct CSRFToken: Sendable {
    /// The signing key's bytes (a `SymmetricKey` is not `Sendable`).
    private let key: [UInt8]

    init() { key = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) } }

    static let cookie = "medkb_csrf"
    static let field = "csrf"

    /// A new token: `nonce.signature`, both hexadecimal.
    func make() -> String {
        let nonce = SymmetricKey(size: .bits128).withUnsafeBytes { Data($0) }
        return Self.hex(nonce) + "." + signature(of: Self.hex(nonce))
    }

    /// Whether the form's token is the cookie's and signed by this server.
    func accepts(form: String?, cookie: String?) -> Bool {
        guard let form, let cookie, form == cookie else { return false }
        let parts = form.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        // Compared in constant time: the signature must not be guessable byte by byte.
        let expected = Array(signature(of: String(parts[0])).utf8), given = Array(parts[1].utf8)
        return expected.count == given.count && zip(expected, given).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private func signature(of nonce: String) -> String {
        Self.hex(Data(HMAC<SHA256>.authenticationCode(for: Data(nonce.utf8), using: SymmetricKey(data: key))))
    }

    static func hex(_ data: Data) -> String { data.map { String(format: "%02x", $0) }.joined() }
}
