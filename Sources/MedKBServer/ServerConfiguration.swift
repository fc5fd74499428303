/// How `medkb serve` runs: where it listens, which base it serves, whether it imports, and
/// the limits every request is held to.
public struct ServerConfiguration: Sendable {
    /// Loopback unless told otherwise: the base is for the machine's own users.
    public var host = "127.0.0.1"
    /// 0 asks the system for a free port (the tests do).
    public var port = 8080
    public var databasePath: String
    /// Whether the upload form imports; without it, uploads are refused.
    public var allowImport = false
    /// The largest upload, in bytes; a larger one is refused and nothing is imported.
    public var uploadLimit = 32 << 20
    /// The longest request target (path and query), in bytes: every parameter at its
    /// longest, percent-encoded, fits.
    public var targetLimit = 64 << 10
    /// The longest value of one parameter, in characters (a search of 40 words fits).
    public var valueLimit = 500
    /// How long a query may take before the request is answered 503.
    public var timeLimit: Double = 5

    public init(databasePath: String) { self.databasePath = databasePath }
}
