import Dispatch
import Foundation
import MedKB

/// Runs the base's synchronous queries on threads of their own, so that a slow one never
/// holds one of the few threads the server's requests share, and stops waiting for it after
/// the time limit: the request is answered 503, and the query is interrupted
/// (`QueryDeadline`), so that it does not go on using a core for nobody.
struct BlockingWork: Sendable {
    let timeLimit: Double

    static let queue = DispatchQueue(label: "medkb.serve.queries", attributes: .concurrent)

    func run<T: Sendable>(limited: Bool = true, _ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let once = ResumeOnce(continuation)
            let deadline = DispatchTime.now() + timeLimit
            Self.queue.async {
                once.resume(with: Result {
                    do {
                        return limited ? try QueryDeadline.run(until: deadline, work) : try work()
                    } catch is QueryDeadline.Exceeded {
                        throw RequestRefusal.timeLimit
                    }
                })
            }
            if limited {
                Self.queue.asyncAfter(deadline: deadline) { once.resume(with: .failure(RequestRefusal.timeLimit)) }
            }
        }
    }
}

/// A continuation resumed by whichever comes first, the work or the time limit.
private final class ResumeOnce<T: Sendable>: @unchecked Sendable {
    private var continuation: CheckedContinuation<T, any Error>?
    private let lock = NSLock()

    init(_ continuation: CheckedContinuation<T, any Error>) { self.continuation = continuation }

    func resume(with result: Result<T, any Error>) {
        lock.lock()
        let waiting = continuation
        continuation = nil
        lock.unlock()
        waiting?.resume(with: result)
    }
}
