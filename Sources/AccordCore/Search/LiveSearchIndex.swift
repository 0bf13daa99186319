/// The search index an interface keeps open on a store: built on another core as the data
/// opens (so the first search does not wait), then kept current by the store's committed
/// records — the same path for every change, undo and redo.
public final class LiveSearchIndex {
    private let store: Store
    private(set) var index: SearchIndex?
    /// The index being built since `init`, until the first search takes it.
    private var pending: BackgroundSearchIndex?
    /// Items changed while `pending` was built: re-indexed when it is taken.
    private var changedWhilePending: Set<String> = []
    private var subscription: Int?

    /// Follows `store`; with `background`, starts indexing at once on another thread,
    /// otherwise on the first search.
    public init(store: Store, background: Bool = true) {
        self.store = store
        if background { pending = BackgroundSearchIndex(store.state) }
        subscription = store.subscribe({ [weak self] record in self?.follow(record) }, reread: { [weak self] in
            // Everything may have changed: the next search indexes the data afresh.
            self?.index = nil
            self?.pending = nil
            self?.changedWhilePending = []
        })
    }

    deinit {
        if let subscription { store.unsubscribe(subscription) }
    }

    /// True once the index exists (built, or taken from the background).
    public var isReady: Bool { index != nil }

    private func follow(_ record: CommittedRecord) {
        if index != nil {
            index?.update(for: record.change, in: store.state)
        } else if pending != nil {
            changedWhilePending.formUnion(record.change.itemIDs)
        }
    }

    /// The hits for `query` in the store's current state, best first.
    public func search(_ query: SearchQuery, today: Day, limit: Int? = nil) -> [SearchHit] {
        if index == nil {
            if let pending {
                var built = pending.wait()
                built.update(ids: changedWhilePending, in: store.state)
                index = built
                self.pending = nil
                changedWhilePending = []
            } else {
                index = SearchIndex(store.state)
            }
        }
        return index!.search(query, in: store.state, today: today, limit: limit)
    }
}
