/// The durable projection: the cache (`local/snapshot.sqlite`), kept by the store under the lock
/// to write, in the same write as the records it takes in (see `Journal.keepCache`). On a nearly
/// full disk it waits: the next opening with room writes it.
final class CacheProjection: Projection {
    private unowned let journal: Journal

    init(journal: Journal) {
        self.journal = journal
    }

    /// Writes the rows `records` touched; when the last of them is this process's, the undo
    /// stacks move as its kind says.
    func apply(_ records: [CommittedRecord], to ledger: Ledger) {
        guard journal.cachesHaveRoom else { return }
        journal.keepCache(after: records, stacks: records.last?.origin == .here ? records.last?.kind : nil, ledger: ledger)
    }

    /// Writes it anew from `ledger`, unless it is current.
    func rebuild(from ledger: Ledger) {
        guard journal.cachesHaveRoom else { return }
        journal.refreshCache(ledger)
    }
}
