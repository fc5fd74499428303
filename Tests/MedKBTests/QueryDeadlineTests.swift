import Dispatch
import Foundation
import GRDB
import MedKB
@testable import MedKBServer
import Testing

/// A query past its deadline is interrupted, not left to run on a core for nobody.
@Suite struct QueryDeadlineTests {
    /// Counts to a hundred million: many seconds of SQLite's work.
    static let longQuery = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100000000) SELECT count(*) FROM n"

    static func base() throws -> KnowledgeBase { try KnowledgeBase(path: try TestSupport.temporaryDatabase()) }

    @Test func aQueryPastItsDeadlineStops() throws {
        let base = try Self.base()
        #expect(throws: QueryDeadline.Exceeded.self) {
            try QueryDeadline.run(until: .now() + 0.2) { try base.database.read { try Int.fetchOne($0, sql: Self.longQuery) } }
        }
        // The deadline was the block's: afterwards the thread's queries run to their end.
        let count = try base.database.read { try Int.fetchOne($0, sql: "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 200000) SELECT count(*) FROM n") }
        #expect(count == 200_000)
        #expect(try QueryDeadline.run(until: .now() + 60) { try base.database.read { try Int.fetchOne($0, sql: "SELECT 41 + 1") } } == 42)
    }

    /// The server answers 503 at its time limit, and the query it gave up on stops too.
    @Test func theServersTimeLimitInterruptsTheQuery() async throws {
        let base = try Self.base()
        let finished = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        await #expect(throws: RequestRefusal.timeLimit) {
            try await BlockingWork(timeLimit: 0.2).run {
                defer { finished.signal() }
                do {
                    let count = try base.database.read { try Int.fetchOne($0, sql: Self.longQuery) }
                    outcome.set("counted \(count ?? 0)")
                    return count
                } catch {
                    outcome.set("stopped: \((error as? DatabaseError)?.resultCode == .SQLITE_INTERRUPT ? "interrupted" : "\(error)")")
                    throw error
                }
            }
        }
        // Without the interruption the count would finish after many seconds, and say so.
        #expect(finished.wait(timeout: .now() + 120) == .success)
        #expect(outcome.value == "stopped: interrupted")
    }

    final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var text: String?
        func set(_ value: String) { lock.lock(); text = value; lock.unlock() }
        var value: String? { lock.lock(); defer { lock.unlock() }; return text }
    }
}
