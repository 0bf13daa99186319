import Dispatch
import Foundation

/// The search index an interface keeps open: an in-memory projection (`Store.subscribe`),
/// built on another core as the data opens (so the first search does not wait), then kept
/// current by the committed records — the same path for every change, undo and redo.
///
/// Searches may run on another thread than the one that applies records (the dashboard
/// searches a million actions off its loop): the index is behind a lock, so a record applied
/// during a search waits for it, and a search sees each record whole or not at all.
public final class LiveSearchIndex: Projection, @unchecked Sendable {
    /// Behind `lock`: read by a searching thread while the loop's thread applies records.
    private var index: SearchIndex?
    private let lock = NSLock()
    /// The index being built since `init` (or the last rebuild), until `takeBuilt` takes it.
    /// Only the thread that applies records touches it.
    private var pending: BackgroundSearchIndex?
    /// Items changed while `pending` was built: re-indexed when it is taken.
    private var changedWhilePending: Set<String> = []
    private let background: Bool
    /// Tests hold searches here until they signal it, or for 2 s (set before the first search).
    var searchGate: DispatchSemaphore?

    /// An index of `state`; with `background`, built at once on another thread, otherwise on
    /// the first search.
    public convenience init(state: AccordState, background: Bool = true) {
        self.init(building: background ? BackgroundSearchIndex(state) : nil)
    }

    /// An index taken from `building` once it is built (tests hold its start).
    init(building: BackgroundSearchIndex?) {
        pending = building
        background = building != nil
    }

    /// The index as it is now (tests compare it with one built afresh).
    var current: SearchIndex? { lock.withLock { index } }

    /// True once the index exists (built, or taken from the background).
    public var isReady: Bool { lock.withLock { index != nil } }

    /// True while it is being built on another thread: a search now would wait for it.
    public var isBuilding: Bool { !isReady && pending?.isBuilt == false }

    /// Readable once the index being built is done (nil when none is being built).
    public var buildDescriptor: Int32? { isBuilding ? pending?.descriptor : nil }

    public func apply(_ records: [CommittedRecord], to ledger: Ledger) {
        lock.withLock {
            for record in records {
                if index != nil {
                    index?.update(for: record.change, in: ledger.state)
                } else if pending != nil {
                    changedWhilePending.formUnion(record.change.itemIDs)
                }
            }
        }
    }

    /// Everything may have changed: indexed afresh — on another thread again when this index
    /// was built on one, otherwise at the next search.
    public func rebuild(from ledger: Ledger) {
        lock.withLock { index = nil }
        pending = background ? BackgroundSearchIndex(ledger.state) : nil
        changedWhilePending = []
    }

    /// Makes the index ready for `state` (the one this index follows, as it is now): takes the
    /// one built in the background (waiting for it if it is not done) or builds it here. Called
    /// on the thread that applies records, before a search is handed to another.
    public func takeBuilt(in state: AccordState) {
        guard !isReady else { return }
        var built: SearchIndex
        if let pending {
            built = pending.wait()
            built.update(ids: changedWhilePending, in: state)
        } else {
            built = SearchIndex(state)
        }
        lock.withLock { index = built }
        pending = nil
        changedWhilePending = []
    }

    /// The hits for `query` in `state` (the one this index follows, as it is now), best first.
    public func search(_ query: SearchQuery, in state: AccordState, today: Day, limit: Int? = nil) -> [SearchHit] {
        takeBuilt(in: state)
        return searchReady(query, in: state, today: today, limit: limit)
    }

    /// `search` on an index already taken (`takeBuilt`), from any thread; `state` is the data as
    /// it was when the search was asked (a copy: records applied meanwhile are not in it).
    public func searchReady(_ query: SearchQuery, in state: AccordState, today: Day, limit: Int? = nil) -> [SearchHit] {
        if let searchGate {
            if searchGate.wait(timeout: .now() + 2) == .success { searchGate.signal() }
        }
        return lock.withLock { index?.search(query, in: state, today: today, limit: limit) ?? [] }
    }
}
