/// One line of a replica's journal: a change, an undo or a redo, numbered, clocked and timed.
///
/// On disk: `<crc32c> <json>\n`, where the JSON is
/// `{"v":2,"replica":"3f9a0c2e71b4","seq":12,"clock":1796040000000000,"seen":[{"replica":"b1","seq":40}],
/// "at":"2026-11-22T10:00:00Z","kind":"change","what":{…},"events":[…],"sig":"…"}`
/// (its keys are `JournalRecord.schema`) and the checksum (8 hex digits) covers exactly the JSON bytes.
/// Records written since version 3 are signed by their replica's key (`RecordSignature`).
public struct JournalRecord: Hashable, Sendable {
    /// The format version this build writes (1: before replicas, still read).
    public static let currentVersion = 3

    public var version: Int
    /// The replica that wrote it (empty in a version 1 record, read only while migrating).
    public var replica: String
    /// 1, 2, 3 … with no gap within its replica.
    public var seq: Int
    /// Its hybrid logical clock (see `HybridClock`): records merge in (clock, replica, seq) order.
    public var clock: Int
    /// The newest record of each other replica its writer had read: what it was written knowing.
    public var seen: [RecordRef]
    /// When it was written, ISO 8601 in UTC, by its writer's clock.
    public var at: String
    public var kind: RecordKind
    public var change: Change
    /// The conflicts (`Conflict.id`) this record takes back or dismisses.
    public var settles: [String]
    /// When its change was written as several records (a large import): which. Read back as one
    /// record, numbered as the last of them.
    public var group: RecordGroup?
    /// The public key it introduces (base64): its replica's first signed record carries the key
    /// it is signed with; a later one, a new key, signed with the key before it.
    public var publicKey: String?
    /// Its Ed25519 signature (base64, the JSON's last key); nil in a record written before signing.
    public var signature: String?

    public init(replica: String = "", seq: Int, clock: Int = 0, seen: [RecordRef] = [], at: String,
                kind: RecordKind, change: Change, settles: [String] = []) {
        self.version = JournalRecord.currentVersion
        self.replica = replica
        self.seq = seq
        self.clock = clock
        self.seen = seen
        self.at = at
        self.kind = kind
        self.change = change
        self.settles = settles
    }

    /// True when it goes before `other` in the merged order (as `key < other.key`, without making keys).
    @inline(__always)
    func sortsBefore(_ other: JournalRecord) -> Bool {
        if clock != other.clock { return clock < other.clock }
        if replica != other.replica { return replica < other.replica }
        return seq < other.seq
    }

    /// Where it goes in the merged order.
    public var key: RecordKey { RecordKey(clock: clock, replica: replica, seq: seq) }
    /// Which record it is, across every replica.
    public var ref: RecordRef { RecordRef(replica: replica, seq: seq) }

    /// True when its writer had read `other` (or wrote it) before writing this one.
    public func knew(_ other: RecordRef) -> Bool {
        if other.replica == replica { return other.seq <= seq }
        return seen.contains { $0.replica == other.replica && $0.seq >= other.seq }
    }
}

extension Array where Element == JournalRecord {
    /// The records in merged order (by `key`). Records read from one journal are usually in
    /// order already: that is checked first; otherwise indexes are sorted, not whole records.
    func inMergedOrder() -> [JournalRecord] {
        if indices.dropFirst().allSatisfy({ self[$0 - 1].sortsBefore(self[$0]) }) { return self }
        let keys = map(\.key)
        return indices.sorted { keys[$0] < keys[$1] }.map { self[$0] }
    }
}

/// One record of one replica: its replica's id and its number there.
public struct RecordRef: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var replica: String
    public var seq: Int

    public init(replica: String, seq: Int) {
        self.replica = replica
        self.seq = seq
    }

    public static func < (a: RecordRef, b: RecordRef) -> Bool {
        (a.replica, a.seq) < (b.replica, b.seq)
    }

    /// `3f9a0c2e71b4:12`
    public var description: String { "\(replica):\(seq)" }
}

/// A record's place in the merged order: by clock, then replica, then number. Every replica
/// sorts the same records the same way, so every replica replays them to the same state.
public struct RecordKey: Hashable, Sendable, Comparable {
    public var clock: Int
    public var replica: String
    public var seq: Int

    public init(clock: Int, replica: String, seq: Int) {
        self.clock = clock
        self.replica = replica
        self.seq = seq
    }

    /// Before every record.
    public static let origin = RecordKey(clock: 0, replica: "", seq: 0)

    public static func < (a: RecordKey, b: RecordKey) -> Bool {
        if a.clock != b.clock { return a.clock < b.clock }
        if a.replica != b.replica { return a.replica < b.replica }
        return a.seq < b.seq
    }
}
