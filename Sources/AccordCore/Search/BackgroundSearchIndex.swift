import Dispatch
import Synchronization

/// A `SearchIndex` built on another thread from a state as it was, so that an
/// interface can open at once and still have the index ready for its first search.
/// Changes made meanwhile are for the caller to apply (`SearchIndex.update(ids:in:)`).
public final class BackgroundSearchIndex: Sendable {
    private let built = Mutex<SearchIndex?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    /// Starts indexing `state` on a background queue.
    public init(_ state: AccordState) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let index = SearchIndex(state)
            built.withLock { $0 = index }
            finished.signal()
        }
    }

    /// The index, once built (waits for it when it is not yet).
    public func wait() -> SearchIndex {
        finished.wait()
        finished.signal()
        return built.withLock { $0! }
    }
}
