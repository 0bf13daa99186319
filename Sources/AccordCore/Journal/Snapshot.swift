/// The merged ledger as this replica read it, with how far it read each journal file, so
/// that opening reads only what came after: what the cache (`local/snapshot.sqlite`, see
/// `SnapshotDatabase`) holds — its header row is one, without the items — and never shared.
public struct Snapshot: Hashable, Sendable {
    /// 2: the merged state of replicas (version 1, one journal for all, is read only to migrate);
    /// 3: changes say what they did (`ChangeLabel`), phrased in the reader's language;
    /// 4: records are signed, and what the records say of the replicas' keys is kept (`keys`).
    public static let currentVersion = 4

    public var version: Int
    /// The replica that took it: a snapshot copied from elsewhere is not used.
    public var replica: String
    /// The number of this replica's last record folded in.
    public var lastSeq: Int
    /// How far each journal file was read: replay goes on from there.
    public var files: [FilePosition]
    /// The newest record folded in, in merged order: an older one arriving means replaying all.
    public var lastKey: RecordKey
    /// The last record folded in of each replica.
    public var frontier: [RecordRef]
    public var takenAt: String
    public var state: AccordState
    public var undoStack: [Change]
    public var redoStack: [Change]
    /// The newest records folded in, in short (oldest first): "last changes" at start-up.
    public var recent: [RecentChange]
    public var conflicts: [Conflict]
    public var writers: [FieldWriter]
    /// The deleted items' last values (`Ledger.tombstones`), sorted by id.
    public var tombstones: [Event] = []
    /// What the records say of each replica's clock (`Ledger.clocks`), sorted by replica.
    public var clocks: [ReplicaClock] = []
    /// The replicas' keys and the records set aside for their signatures, as reading found them.
    public var keys = ReplicaKeys()

    public init(replica: String, lastSeq: Int, files: [FilePosition], takenAt: String, ledger: Ledger,
                recent: [RecentChange] = [], keys: ReplicaKeys = ReplicaKeys()) {
        self.version = Snapshot.currentVersion
        self.replica = replica
        self.lastSeq = lastSeq
        self.files = files
        self.lastKey = ledger.lastKey
        self.frontier = ledger.frontierRefs
        self.takenAt = takenAt
        self.state = ledger.state
        self.undoStack = ledger.undoStack
        self.redoStack = ledger.redoStack
        self.recent = recent
        self.conflicts = ledger.conflicts
        self.writers = ledger.fieldWriters
        self.tombstones = Snapshot.sortedTombstones(ledger)
        self.clocks = ledger.clocks.values.sorted { $0.replica < $1.replica }
        self.keys = keys
    }

    /// `ledger`'s tombstones as a snapshot keeps them (sorted by id).
    static func sortedTombstones(_ ledger: Ledger) -> [Event] {
        ledger.tombstones.sorted { $0.key < $1.key }.map(\.value)
    }

    /// The ledger this snapshot holds.
    public var ledger: Ledger {
        var ledger = Ledger(state: state, undoStack: undoStack, redoStack: redoStack)
        ledger.restoreMerge(lastKey: lastKey, frontier: frontier, conflicts: conflicts, writers: writers, tombstones: tombstones, clocks: clocks)
        return ledger
    }
}

/// How far one journal file (by its name in `journal/`) was read: the end of its last whole
/// record, and how many lines that is (damage found later is reported by line).
public struct FilePosition: Hashable, Sendable {
    public var name: String
    public var offset: Int
    public var lines: Int
    /// For this replica's own journal: its inode when read (0: not kept). Another file under
    /// the same name (it was frozen and a new one started) is read from its start.
    public var inode: Int
    /// When the file was last written, in nanoseconds since 1970 (0: not kept). The snapshot
    /// read in place keeps it: a journal written since, even in place, is read again.
    public var modified: Int

    public init(name: String, offset: Int, lines: Int = 0, inode: Int = 0, modified: Int = 0) {
        self.name = name
        self.offset = offset
        self.lines = lines
        self.inode = inode
        self.modified = modified
    }
}
