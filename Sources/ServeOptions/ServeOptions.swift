import ArgumentParser

/// The server options of `medkb serve`, which checks them, and of `medkb-serve`, which it
/// becomes and which they are passed on to (`arguments`).
public struct ServeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The address to listen on; 0.0.0.0 opens the server to the network.", valueName: "host"))
    public var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port to listen on (0: any free port).", valueName: "port"))
    public var port = 8080

    @Flag(help: "Let the import page upload files into the base.")
    public var allowImport = false

    public init() {}

    public func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port takes 0 to 65535, not \(port)") }
    }

    /// The options as a command line gives them; a value joined to its option, so that one
    /// starting with "-" is not read as another option.
    public var arguments: [String] { ["--host=\(host)", "--port=\(port)"] + (allowImport ? ["--allow-import"] : []) }
}
