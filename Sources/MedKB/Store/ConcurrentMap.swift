import Foundation

extension Array where Element: Sendable {
    /// `map` on all cores, the results in the same order. For independent, costly work
    /// (reading and parsing documents, catalogue rows); `transform` must not share mutable state.
    func concurrentMap<Result>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let results = Slots<Result>(count: count)
        let workers = Swift.min(count, Swift.max(1, ProcessInfo.processInfo.activeProcessorCount))
        // Workers take the next index as they finish, so one slow document holds up no others.
        let next = NextIndex()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = next.take(below: count) {
                results[index] = transform(self[index])
            }
        }
        return results.values
    }
}

/// The next index to work on, handed out once each.
private final class NextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}

/// Result slots that concurrent workers fill, each its own indices, through a pointer
/// (so no two workers ever access the same Swift variable).
final class Slots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value?>
    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }
    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }
    subscript(index: Int) -> Value? {
        get { buffer[index] }
        set { buffer[index] = newValue }
    }
    var values: [Value] { buffer.map { $0! } }
}
