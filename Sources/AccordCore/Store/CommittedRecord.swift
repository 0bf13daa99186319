/// A record the store has just applied and journaled, with what it changed.
///
/// `Store` hands one to every subscriber after each change, undo and redo; the search
/// index, the totals and the recent changes follow the data through these alone.
public struct CommittedRecord: Hashable, Sendable {
    /// The record as journaled: its number, time, kind and change.
    public let record: JournalRecord
    /// The change that takes it back: the inverse of each event, newest first (for an update
    /// or a deletion, the item as it was before).
    public let inverse: Change
    /// Made by this store, or read from what another process on the same data wrote.
    public let origin: Origin

    /// Who made a record.
    public enum Origin: Sendable, Hashable {
        /// This store (this process).
        case here
        /// Another process on the same data directory.
        case elsewhere
    }

    public init(record: JournalRecord, inverse: Change, origin: Origin = .here) {
        self.record = record
        self.inverse = inverse
        self.origin = origin
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
