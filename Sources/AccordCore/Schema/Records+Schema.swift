// The journal form of changes, records, recent changes, the state and snapshots: one key list each.

extension Change: SchemaModel {
    public static let schema = Schema<Change>("a change", blank: Change(label: "", events: []), fields: [
        SchemaField("label", property: "text", get: { $0.text.isEmpty ? nil : $0.text }, set: { $0.text = $1 ?? "" }),
        SchemaField("what", get: { $0.what }, set: { $0.what = $1 }),
        SchemaField("events", get: { $0.events }, set: { $0.events = $1 }),
    ])
}

extension ReplicaClock: SchemaModel {
    public static let schema = Schema<ReplicaClock>("a replica's clock", blank: ReplicaClock(replica: "", seq: 0, at: ""), fields: [
        SchemaField("replica", get: { $0.replica }, set: { $0.replica = $1 }),
        SchemaField("seq", get: { $0.seq }, set: { $0.seq = $1 }),
        SchemaField("at", get: { $0.at }, set: { $0.at = $1 }),
        SchemaField("ahead", get: { $0.ahead }, set: { $0.ahead = $1 }),
    ])
}

extension ChangeLabel.Verb: JournalChoice {}
extension ItemKind: JournalChoice {}

extension ChangeLabel: SchemaModel {
    public static let schema = Schema<ChangeLabel>("a change's label", blank: ChangeLabel(.edited), fields: [
        SchemaField("verb", get: { $0.verb }, set: { $0.verb = $1 }),
        SchemaField("kind", get: { $0.kind }, set: { $0.kind = $1 }),
        SchemaField("title", get: { $0.title }, set: { $0.title = $1 }),
        SchemaField("detail", get: { $0.detail }, set: { $0.detail = $1 }),
    ])
}

extension JournalRecord: SchemaModel {
    public static let schema = Schema<JournalRecord>(
        "a record", blank: JournalRecord(seq: 0, at: "", kind: .change, change: Change(label: "", events: [])), fields: [
            SchemaField("v", property: "version", get: { $0.version }, set: { $0.version = $1 }),
            // Version 1 records (before replicas) have no replica, clock or seen.
            SchemaField("replica", default: "", get: { $0.replica }, set: { $0.replica = $1 }),
            SchemaField("seq", get: { $0.seq }, set: { $0.seq = $1 }),
            SchemaField("clock", default: 0, get: { $0.clock }, set: { $0.clock = $1 }),
            SchemaField("seen", get: { $0.seen.isEmpty ? nil : $0.seen }, set: { $0.seen = $1 ?? [] }),
            SchemaField("at", get: { $0.at }, set: { $0.at = $1 }),
            SchemaField("kind", get: { $0.kind }, set: { $0.kind = $1 }),
            // Version 3 records say what they did (`what`), older ones in a sentence (`label`).
            SchemaField("label", property: "change", get: { $0.change.text.isEmpty ? nil : $0.change.text }, set: { $0.change.text = $1 ?? "" }),
            SchemaField("what", property: "change", get: { $0.change.what }, set: { $0.change.what = $1 }),
            SchemaField("events", property: "change", get: { $0.change.events }, set: { $0.change.events = $1 }),
            SchemaField("settles", get: { $0.settles.isEmpty ? nil : $0.settles }, set: { $0.settles = $1 ?? [] }),
            SchemaField("group", get: { $0.group }, set: { $0.group = $1 }),
            SchemaField("key", property: "publicKey", get: { $0.publicKey }, set: { $0.publicKey = $1 }),
            // Always the last key: what is signed is the stored JSON before it (`RecordSignature`).
            SchemaField("sig", property: "signature", get: { $0.signature }, set: { $0.signature = $1 }),
        ])
}

extension RecordRef: SchemaModel {
    public static let schema = Schema<RecordRef>("a record reference", blank: RecordRef(replica: "", seq: 0), fields: [
        SchemaField("replica", get: { $0.replica }, set: { $0.replica = $1 }),
        SchemaField("seq", get: { $0.seq }, set: { $0.seq = $1 }),
    ])
}

extension RecordKey: SchemaModel {
    public static let schema = Schema<RecordKey>("a record key", blank: RecordKey.origin, fields: [
        SchemaField("clock", get: { $0.clock }, set: { $0.clock = $1 }),
        SchemaField("replica", get: { $0.replica }, set: { $0.replica = $1 }),
        SchemaField("seq", get: { $0.seq }, set: { $0.seq = $1 }),
    ])
}

extension FilePosition: SchemaModel {
    public static let schema = Schema<FilePosition>("a file position", blank: FilePosition(name: "", offset: 0), fields: [
        SchemaField("name", get: { $0.name }, set: { $0.name = $1 }),
        SchemaField("offset", get: { $0.offset }, set: { $0.offset = $1 }),
        SchemaField("lines", get: { $0.lines }, set: { $0.lines = $1 }),
        SchemaField("inode", get: { $0.inode == 0 ? nil : $0.inode }, set: { $0.inode = $1 ?? 0 }),
        SchemaField("modified", get: { $0.modified == 0 ? nil : $0.modified }, set: { $0.modified = $1 ?? 0 }),
    ])
}

extension FieldWriter: SchemaModel {
    public static let schema = Schema<FieldWriter>(
        "a field writer", blank: FieldWriter(itemID: "", field: "", writer: RecordRef(replica: "", seq: 0)), fields: [
            SchemaField("item", property: "itemID", get: { $0.itemID }, set: { $0.itemID = $1 }),
            SchemaField("field", get: { $0.field }, set: { $0.field = $1 }),
            SchemaField("by", property: "writer", get: { $0.writer }, set: { $0.writer = $1 }),
        ])
}

extension Conflict.Kind: JournalChoice {}

extension Conflict: SchemaModel {
    public static let schema = Schema<Conflict>(
        "a conflict", blank: Conflict(id: "", kind: .overwritten, itemID: "", fields: [], lost: RecordRef(replica: "", seq: 0),
                                      lostAt: "", lostLabel: "", winner: nil, reason: "", take: []), fields: [
            SchemaField("id", get: { $0.id }, set: { $0.id = $1 }),
            SchemaField("kind", get: { $0.kind }, set: { $0.kind = $1 }),
            SchemaField("item", property: "itemID", get: { $0.itemID }, set: { $0.itemID = $1 }),
            SchemaField("fields", get: { $0.fields }, set: { $0.fields = $1 }),
            SchemaField("lost", get: { $0.lost }, set: { $0.lost = $1 }),
            SchemaField("lostAt", get: { $0.lostAt }, set: { $0.lostAt = $1 }),
            SchemaField("lostLabel", get: { $0.lostLabel }, set: { $0.lostLabel = $1 }),
            SchemaField("lostWhat", get: { $0.lostWhat }, set: { $0.lostWhat = $1 }),
            SchemaField("winner", get: { $0.winner }, set: { $0.winner = $1 }),
            SchemaField("reason", get: { $0.reason }, set: { $0.reason = $1 }),
            SchemaField("take", get: { $0.take }, set: { $0.take = $1 }),
        ])
}

extension RecentChange: SchemaModel {
    public static let schema = Schema<RecentChange>(
        "a recent change", blank: RecentChange(replica: "", seq: 0, at: "", kind: .change, label: "", itemID: nil), fields: [
            SchemaField("replica", default: "", get: { $0.replica }, set: { $0.replica = $1 }),
            SchemaField("seq", get: { $0.seq }, set: { $0.seq = $1 }),
            SchemaField("at", get: { $0.at }, set: { $0.at = $1 }),
            SchemaField("kind", get: { $0.kind }, set: { $0.kind = $1 }),
            SchemaField("label", property: "text", get: { $0.text.isEmpty ? nil : $0.text }, set: { $0.text = $1 ?? "" }),
            SchemaField("what", get: { $0.what }, set: { $0.what = $1 }),
            SchemaField("itemID", get: { $0.itemID }, set: { $0.itemID = $1 }),
        ])
}

/// The state as a snapshot holds it: each table as a list in rank order (the child
/// indexes are rebuilt when read).
struct StateTables: Hashable, Sendable, SchemaModel {
    var categories: [Category] = []
    var partners: [Partner] = []
    var agreements: [Agreement] = []
    var commitments: [Commitment] = []
    var actions: [Action] = []
    var nextRank = 0

    static let schema = Schema<StateTables>("the state", blank: StateTables(), fields: [
        SchemaField("categories", get: { $0.categories }, set: { $0.categories = $1 }),
        SchemaField("partners", get: { $0.partners }, set: { $0.partners = $1 }),
        SchemaField("agreements", get: { $0.agreements }, set: { $0.agreements = $1 }),
        SchemaField("commitments", get: { $0.commitments }, set: { $0.commitments = $1 }),
        SchemaField("actions", get: { $0.actions }, set: { $0.actions = $1 }),
        SchemaField("nextRank", get: { $0.nextRank }, set: { $0.nextRank = $1 }),
    ])
}

extension AccordState: JournalValue {
    /// The stored properties a snapshot does not hold: the reducer rebuilds them from the tables.
    static let derivedProperties: Set<String> = ["commitmentIDsByAgreement", "actionIDsByCommitment"]

    public init(reading reader: inout JSONPullReader) throws(JSONPullReader.SyntaxError) {
        var tables = try StateTables(reading: &reader)
        // Each list is moved out of the tables, so the state takes its items without copying the list.
        func take<Item>(_ list: inout [Item]) -> [Item] {
            let taken = list
            list = []
            return taken
        }
        self.init(categories: take(&tables.categories), partners: take(&tables.partners), agreements: take(&tables.agreements),
                  commitments: take(&tables.commitments), actions: take(&tables.actions), nextRank: tables.nextRank)
    }

    /// Items in rank order, ties by id: equal states write equal bytes.
    public func write(to writer: inout JSONWriter) {
        func ordered<Item>(_ items: Dictionary<String, Item>.Values, _ rank: (Item) -> Int, _ id: (Item) -> String) -> [Item] {
            items.sorted { rank($0) != rank($1) ? rank($0) < rank($1) : id($0) < id($1) }
        }
        StateTables(categories: ordered(categories.values, \.rank, \.id),
                    partners: ordered(partners.values, \.rank, \.id),
                    agreements: ordered(agreements.values, \.rank, \.id),
                    commitments: ordered(commitments.values, \.rank, \.id),
                    actions: ordered(actions.values, \.rank, \.id),
                    nextRank: nextRank).write(to: &writer)
    }
}

extension Snapshot: SchemaModel {
    public static let schema = Schema<Snapshot>(
        "the snapshot", blank: Snapshot(replica: "", lastSeq: 0, files: [], takenAt: "", ledger: Ledger(state: AccordState())), fields: [
            SchemaField("v", property: "version", get: { $0.version }, set: { $0.version = $1 }),
            SchemaField("lastSeq", get: { $0.lastSeq }, set: { $0.lastSeq = $1 }),
            // Version 1 snapshots (one journal for all) have none of these: read only to migrate.
            SchemaField("replica", default: "", get: { $0.replica }, set: { $0.replica = $1 }),
            SchemaField("files", default: [FilePosition](), get: { $0.files }, set: { $0.files = $1 }),
            SchemaField("lastKey", default: RecordKey.origin, get: { $0.lastKey }, set: { $0.lastKey = $1 }),
            SchemaField("frontier", default: [RecordRef](), get: { $0.frontier }, set: { $0.frontier = $1 }),
            SchemaField("takenAt", get: { $0.takenAt }, set: { $0.takenAt = $1 }),
            SchemaField("state", get: { $0.state }, set: { $0.state = $1 }),
            SchemaField("undo", property: "undoStack", get: { $0.undoStack }, set: { $0.undoStack = $1 }),
            SchemaField("redo", property: "redoStack", get: { $0.redoStack }, set: { $0.redoStack = $1 }),
            // Added after snapshots without it were written: those read with no recent changes.
            SchemaField("recent", default: [RecentChange](), get: { $0.recent }, set: { $0.recent = $1 }),
            SchemaField("conflicts", default: [Conflict](), get: { $0.conflicts }, set: { $0.conflicts = $1 }),
            SchemaField("writers", default: [FieldWriter](), get: { $0.writers }, set: { $0.writers = $1 }),
            SchemaField("tombstones", default: [Event](), get: { $0.tombstones }, set: { $0.tombstones = $1 }),
            SchemaField("clocks", default: [ReplicaClock](), get: { $0.clocks }, set: { $0.clocks = $1 }),
            SchemaField("keys", default: ReplicaKeys(), get: { $0.keys }, set: { $0.keys = $1 }),
        ])

    /// Reads a snapshot; with `history: false` its undo and redo stacks are skipped (left empty).
    public init(reading reader: inout JSONPullReader, history: Bool) throws(JSONPullReader.SyntaxError) {
        self = try Self.schema.read(from: &reader, skipping: history ? [] : ["undo", "redo"])
    }
}
