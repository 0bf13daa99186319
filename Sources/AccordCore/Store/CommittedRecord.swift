/// A record the store has just applied and journaled, with what it changed.
///
/// `Store` hands one to every subscriber after each change, undo and redo; the search
/// index, the totals and the recent changes follow the data through these alone.
public struct CommittedRecord: Sendable {
    /// The record as journaled: its number, time, kind and change.
    public let record: JournalRecord
    /// The change that takes it back: the inverse of each event, newest first (for an update
    /// or a deletion, the item as it was before).
    public let inverse: Change

    public init(record: JournalRecord, inverse: Change) {
        self.record = record
        self.inverse = inverse
    }

    public var kind: RecordKind { record.kind }
    public var change: Change { record.change }

    /// Each event with the event that undoes it, in the order they were applied.
    public var eventsWithInverses: Zip2Sequence<[Event], ReversedCollection<[Event]>> {
        zip(record.change.events, inverse.events.reversed())
    }

    /// What it did, in words ("Undid: Ticked 'X'").
    public var description: String { record.kind.describe(record.change.label) }
}
