/// One line of the journal: a change, an undo or a redo, numbered and timed.
///
/// On disk: `<crc32c> <json>\n`, where the JSON is
/// `{"v":1,"seq":12,"at":"2026-11-22T10:00:00Z","kind":"change","label":"…","events":[…]}`
/// (its keys are `JournalRecord.schema`) and the checksum (8 hex digits) covers exactly the JSON bytes.
public struct JournalRecord: Hashable, Sendable {
    /// The format version this build writes and reads.
    public static let currentVersion = 1

    public var version: Int
    /// 1, 2, 3 … with no gap, across segments and snapshots.
    public var seq: Int
    /// When it was written, ISO 8601 in UTC.
    public var at: String
    public var kind: RecordKind
    public var change: Change

    public init(seq: Int, at: String, kind: RecordKind, change: Change) {
        self.version = JournalRecord.currentVersion
        self.seq = seq
        self.at = at
        self.kind = kind
        self.change = change
    }
}
