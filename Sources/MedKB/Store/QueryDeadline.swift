import Dispatch
import Foundation
#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif

/// A time after which the queries of the current thread stop: SQLite calls a progress
/// handler every few thousand steps of a statement, and the handler interrupts the
/// statement once the thread's deadline has passed (it then fails with SQLITE_INTERRUPT).
///
/// A thread's, not a connection's: the base's connections are shared, and GRDB runs a
/// read's block on the thread that asked for it.
public enum QueryDeadline {
    /// What a body that failed after its deadline throws (whatever the interrupted query threw).
    public struct Exceeded: Error {}

    /// Runs `body` with its queries stopped at `deadline`.
    public static func run<T>(until deadline: DispatchTime, _ body: () throws -> T) throws -> T {
        let previous = pthread_getspecific(key)
        // The deadline itself is the value: a pointer's bits, never dereferenced (0 means none).
        pthread_setspecific(key, UnsafeRawPointer(bitPattern: UInt(max(1, deadline.uptimeNanoseconds))))
        defer { pthread_setspecific(key, previous) }
        do {
            return try body()
        } catch where DispatchTime.now() >= deadline {
            throw Exceeded()
        }
    }

    /// Whether the current thread has a deadline and it has passed.
    static var hasPassed: Bool {
        guard let value = pthread_getspecific(key) else { return false }
        return DispatchTime.now().uptimeNanoseconds > UInt64(UInt(bitPattern: value))
    }

    /// Installs the handler on a connection (`KnowledgeBase.configuration`).
    static func install(on connection: OpaquePointer?) {
        // About every 10,000 virtual machine steps: well under a millisecond.
        sqlite3_progress_handler(connection, 10_000, { _ in QueryDeadline.hasPassed ? 1 : 0 }, nil)
    }

    static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()
}
