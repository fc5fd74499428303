import Hummingbird
import MedKB

/// What every route shares: the base, the configuration, the upload tokens.
///
/// The base is a GRDB pool: queries run on its read-only connections, side by side, and an
/// upload's import on its one writer, so that no reader ever waits for an import.
final class Site: Sendable {
    let base: KnowledgeBase
    let configuration: ServerConfiguration
    let csrf = CSRFToken()
    let work: BlockingWork

    init(base: KnowledgeBase, configuration: ServerConfiguration) {
        self.base = base
        self.configuration = configuration
        work = BlockingWork(timeLimit: configuration.timeLimit)
    }

    /// Runs a query on the base, within the time limit.
    func read<T: Sendable>(_ query: @escaping @Sendable (KnowledgeBase) throws -> T) async throws -> T {
        let base = self.base
        return try await work.run { try query(base) }
    }

    func query(_ request: Request) throws -> QueryValues { try QueryValues(request, limit: configuration.valueLimit) }

    func layout(_ request: Request, _ query: QueryValues) throws -> PageLayout {
        try PageLayout(request: request, query: query, allowImport: configuration.allowImport)
    }
}
