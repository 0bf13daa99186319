import AccordCore

/// What the dashboard shows of the team sharing the data: the conflicts merging left, who
/// each replica is, which one is this, and the last sync.
public struct TeamInfo: Sendable, Equatable {
    public var conflicts: [Conflict] = []
    public var names = ReplicaNames()
    /// This replica's id ("" for a memory-only store).
    public var replica = ""
    /// The last `accord sync` (time, ISO UTC; and what it did), nil when there was none.
    public var lastSync: LastSync.Entry?
    /// The replicas whose clock the records found ahead.
    public var clocksAhead: [ReplicaClock] = []
    /// How many records were set aside for their signatures (`ReplicaKeys.setAsideCount`).
    public var setAsideCount = 0
    /// The key this replica's records are signed with, once its first is written.
    public var key: PublicKey?

    public init() {}

    /// The team's view of `store`: its conflicts, the replicas' names, the last sync, the clocks
    /// found ahead, the records set aside, this replica's key.
    public init(of store: Store) {
        conflicts = store.conflicts
        clocksAhead = store.ledger.clocksAhead
        if let journal = store.journal {
            replica = journal.replica
            names = ReplicaNames.load(journal.layout)
            lastSync = LastSync.read(journal.layout)
            setAsideCount = journal.replicaKeys.setAsideCount
            key = journal.replicaKeys.current(of: journal.replica)
        }
    }

    /// " — Bureau UPEC" for a change made by another replica; "" for this one's.
    func by(_ replica: String) -> String {
        replica.isEmpty || replica == self.replica || replica == "memory" ? "" : " — " + names.display(replica)
    }
}
