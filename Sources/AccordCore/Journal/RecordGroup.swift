/// The records one large change is written as: record numbers `first` to `first + count - 1`
/// of one replica, one line each, applied and undone as one change once all of them are there
/// (see `JournalScan`, which reads them back as one record).
public struct RecordGroup: Hashable, Sendable {
    /// The number of the group's first record.
    public var first: Int
    /// How many records the group has (at least two).
    public var count: Int

    public init(first: Int, count: Int) {
        self.first = first
        self.count = count
    }

    /// The number of its last record.
    public var last: Int { first + count - 1 }

    /// Events a record of a group holds at most: a part stays far under `RecordBounds.recordBytes`
    /// (4,000 created actions are about 1.2 MB).
    public static let eventsPerRecord = 4_000
}

extension RecordGroup: SchemaModel {
    public static let schema = Schema<RecordGroup>("a record group", blank: RecordGroup(first: 0, count: 0), fields: [
        SchemaField("first", get: { $0.first }, set: { $0.first = $1 }),
        SchemaField("count", get: { $0.count }, set: { $0.count = $1 }),
    ])
}

extension JournalRecord {
    /// The number of its first record: its own, or its group's first.
    public var firstSeq: Int { group?.first ?? seq }

    /// The records this one is written as: itself, or — when its change holds more than
    /// `RecordGroup.eventsPerRecord` events — a group of records holding its events in order
    /// (the label in each, what it settles in the last). `self` must be numbered as the last of
    /// them and carry its group (see `JournalWrite.record`).
    func parts() -> [JournalRecord] {
        guard let group else { return [self] }
        let events = change.events
        let size = (events.count + group.count - 1) / group.count
        return (0..<group.count).map { index in
            var part = self
            part.seq = group.first + index
            part.change = change.describing(Array(events[min(events.count, index * size)..<min(events.count, (index + 1) * size)]))
            part.settles = index == group.count - 1 ? settles : []
            return part
        }
    }

    /// True when `line` (a journal line) is a record of a group other than its last: read from
    /// its `group` and `seq` keys, without decoding its events.
    static func isGroupPartBeforeLast(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.count > 9 else { return false }
        var seq: Int?, group: RecordGroup?
        _ = try? JSONPullReader.read(line.dropFirst(9)) { reader throws(JSONPullReader.SyntaxError) in
            try reader.object { key, reader throws(JSONPullReader.SyntaxError) in
                switch key {
                case "seq": seq = try reader.int()
                case "group": group = try RecordGroup(reading: &reader)
                default: try reader.skip()
                }
            }
        }
        guard let seq, let group else { return false }
        return seq != group.last
    }

    /// The group's records read back as one: `parts` consecutive and whole.
    static func assembled(_ parts: [JournalRecord]) -> JournalRecord {
        var whole = parts[parts.count - 1]
        whole.change = parts[0].change.describing(parts.flatMap(\.change.events))
        return whole
    }
}
