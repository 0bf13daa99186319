import Dispatch
import Foundation
import Glibc

/// A `SearchIndex` built on another thread from a state as it was, so that an
/// interface can open at once and still have the index ready for its first search.
/// Changes made meanwhile are for the caller to apply (`SearchIndex.update(ids:in:)`).
/// `descriptor` turns readable once it is built: a loop waits on it instead of on `wait()`.
public final class BackgroundSearchIndex: @unchecked Sendable {
    /// Behind a pthread mutex (`NSLock`), which ThreadSanitizer sees: `isBuilt` is read on the
    /// loop's thread while the index is built on another.
    private let lock = NSLock()
    private var built: SearchIndex?
    private let finished = DispatchSemaphore(value: 0)
    private let wake: (read: Int32, write: Int32)

    /// Starts indexing `state` on a background queue (once `gate`, when given, is signalled: tests).
    init(_ state: AccordState, gate: DispatchSemaphore? = nil) {
        var fds: [Int32] = [-1, -1]
        _ = pipe(&fds)
        wake = (fds[0], fds[1])
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            gate?.wait()
            let index = SearchIndex(state)
            lock.withLock { built = index }
            finished.signal()
            var byte: UInt8 = 1
            _ = write(wake.write, &byte, 1)
        }
    }

    /// Starts indexing `state` on a background queue.
    public convenience init(_ state: AccordState) {
        self.init(state, gate: nil)
    }

    deinit {
        close(wake.read)
        close(wake.write)
    }

    /// Readable once the index is built.
    public var descriptor: Int32 { wake.read }

    /// True once the index is built (`wait()` then returns at once).
    public var isBuilt: Bool { lock.withLock { built != nil } }

    /// The index, once built (waits for it when it is not yet).
    public func wait() -> SearchIndex {
        finished.wait()
        finished.signal()
        return lock.withLock { built! }
    }
}
