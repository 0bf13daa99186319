/// One line of the journal: a change, an undo or a redo, numbered and timed.
///
/// On disk: `<crc32c> <json>\n`, where the JSON is
/// `{"at":"2026-11-22T10:00:00Z","events":[…],"kind":"change","label":"…","seq":12,"v":1}`
/// and the checksum (8 hex digits) covers exactly the JSON bytes.
public struct JournalRecord: Hashable, Codable, Sendable {
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

    private enum CodingKeys: String, CodingKey {
        case version = "v", seq, at, kind, label, events
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decode(Int.self, forKey: .version)
        seq = try c.decode(Int.self, forKey: .seq)
        at = try c.decode(String.self, forKey: .at)
        kind = try c.decode(RecordKind.self, forKey: .kind)
        change = Change(label: try c.decode(String.self, forKey: .label),
                        events: try c.decode([Event].self, forKey: .events))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(version, forKey: .version)
        try c.encode(seq, forKey: .seq)
        try c.encode(at, forKey: .at)
        try c.encode(kind, forKey: .kind)
        try c.encode(change.label, forKey: .label)
        try c.encode(change.events, forKey: .events)
    }
}
