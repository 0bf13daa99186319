/// Something kept from the ledger — the cache on disk, the search index, the dashboard's rows —
/// and the one way it is kept: told of the records as they are committed, built anew when the
/// data is read again whole. The store runs its durable projections (the cache) under the lock
/// to write, in the same write as the record; the others (`Store.subscribe`) once it is given back.
public protocol Projection: AnyObject {
    /// Takes in `records`, just committed to `ledger` in this order — by this process or, read
    /// from the journals, by another — whether the ledger applied or refused each one.
    func apply(_ records: [CommittedRecord], to ledger: Ledger)
    /// Builds anew from `ledger`: the data was read again whole.
    func rebuild(from ledger: Ledger)
}

/// A projection made of two closures: a listener (`accord watch`, a sync counting what it
/// brought, the dashboard feeding its model).
final class RecordListener: Projection {
    private let tell: ([CommittedRecord]) -> Void
    private let reread: (() -> Void)?

    init(tell: @escaping ([CommittedRecord]) -> Void, reread: (() -> Void)?) {
        self.tell = tell
        self.reread = reread
    }

    func apply(_ records: [CommittedRecord], to ledger: Ledger) { tell(records) }
    func rebuild(from ledger: Ledger) { reread?() }
}
