/// A past record in short, for "last changes": what it did, when, and the item it is about.
public struct RecentChange: Hashable, Sendable {
    /// The replica that made it.
    public var replica: String
    public var seq: Int
    /// When it was written, ISO 8601 in UTC.
    public var at: String
    public var kind: RecordKind
    /// What the change did, as a version 3 record says it (phrased when shown).
    public var what: ChangeLabel?
    /// The sentence an older record carries.
    public var text: String
    /// The change's own label ("Ticked 'X'") in the current language; see `description` for the words shown.
    public var label: String { what?.phrased ?? text }
    /// The item to open for it (the last event's), when there is one.
    public var itemID: String?

    public init(replica: String = "", seq: Int, at: String, kind: RecordKind, label: String, itemID: String?) {
        self.replica = replica
        self.seq = seq
        self.at = at
        self.kind = kind
        self.text = label
        self.itemID = itemID
    }

    /// The short form of a record.
    public init(_ record: JournalRecord) {
        self.init(replica: record.replica, seq: record.seq, at: record.at, kind: record.kind, label: record.change.text,
                  itemID: record.change.events.last?.itemID)
        what = record.change.what
    }

    /// What it did, in words: "Ticked 'X'", "Undid: Ticked 'X'".
    public var description: String { kind.describe(label) }
}
