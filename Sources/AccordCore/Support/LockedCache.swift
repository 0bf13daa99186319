import Foundation

/// A cache shared between threads (the loop's, and the index built on another core), behind a
/// pthread mutex (`NSLock`), which ThreadSanitizer sees — Swift's `Mutex` waits on a futex it
/// does not. Emptied whole past `limit` entries.
final class LockedCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Key: Value] = [:]
    private let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    /// The value for `key`, made by `make` (outside the lock) when it is not there yet.
    func value(for key: Key, _ make: () -> Value) -> Value {
        if let known = lock.withLock({ entries[key] }) { return known }
        let made = make()
        lock.withLock {
            if entries.count > limit { entries.removeAll() }
            entries[key] = made
        }
        return made
    }
}
