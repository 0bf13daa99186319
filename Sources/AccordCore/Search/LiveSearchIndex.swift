/// The search index an interface keeps open: an in-memory projection (`Store.subscribe`),
/// built on another core as the data opens (so the first search does not wait), then kept
/// current by the committed records — the same path for every change, undo and redo.
public final class LiveSearchIndex: Projection {
    private(set) var index: SearchIndex?
    /// The index being built since `init`, until the first search takes it.
    private var pending: BackgroundSearchIndex?
    /// Items changed while `pending` was built: re-indexed when it is taken.
    private var changedWhilePending: Set<String> = []

    /// An index of `state`; with `background`, built at once on another thread, otherwise on
    /// the first search.
    public convenience init(state: AccordState, background: Bool = true) {
        self.init(building: background ? BackgroundSearchIndex(state) : nil)
    }

    /// An index taken from `building` once it is built (tests hold its start).
    init(building: BackgroundSearchIndex?) {
        pending = building
    }

    /// True once the index exists (built, or taken from the background).
    public var isReady: Bool { index != nil }

    /// True while it is being built on another thread: a search now would wait for it.
    public var isBuilding: Bool { index == nil && pending?.isBuilt == false }

    /// Readable once the index being built is done (nil when none is being built).
    public var buildDescriptor: Int32? { isBuilding ? pending?.descriptor : nil }

    public func apply(_ records: [CommittedRecord], to ledger: Ledger) {
        for record in records {
            if index != nil {
                index?.update(for: record.change, in: ledger.state)
            } else if pending != nil {
                changedWhilePending.formUnion(record.change.itemIDs)
            }
        }
    }

    /// Everything may have changed: the next search indexes the data afresh.
    public func rebuild(from ledger: Ledger) {
        index = nil
        pending = nil
        changedWhilePending = []
    }

    /// The hits for `query` in `state` (the one this index follows, as it is now), best first.
    public func search(_ query: SearchQuery, in state: AccordState, today: Day, limit: Int? = nil) -> [SearchHit] {
        if index == nil {
            if let pending {
                var built = pending.wait()
                built.update(ids: changedWhilePending, in: state)
                index = built
                self.pending = nil
                changedWhilePending = []
            } else {
                index = SearchIndex(state)
            }
        }
        return index!.search(query, in: state, today: today, limit: limit)
    }
}
