/// One write to the journals, made only by `Journal.write` while it holds the directory's
/// lock to write: what the journals gained since they were last read (`news`, to merge
/// first), then at most one record of this replica, numbered and clocked after them
/// (`record`), appended and fsynced (`append`, which consumes the write). Outside it no
/// record can be written, and none twice: the order is the type's.
public struct JournalWrite: ~Copyable {
    let journal: Journal
    /// Good records of every replica the journals gained since they were last read.
    public let news: Journal.News

    /// The record this replica writes for `change`: numbered after its newest record, clocked
    /// after every record `ledger` holds (the news merged), saying what it was written knowing.
    /// A change of more than `RecordGroup.eventsPerRecord` events is written as a group of
    /// records (numbered after the newest, this one as the last of them).
    public func record(_ kind: RecordKind, _ change: Change, settles: [String] = [], after ledger: Ledger) -> JournalRecord {
        let date = journal.now()
        let lastSeq = journal.lastSeq, replica = journal.replica
        let count = max(1, (change.events.count + RecordGroup.eventsPerRecord - 1) / RecordGroup.eventsPerRecord)
        var record = JournalRecord(replica: replica, seq: lastSeq + count, clock: HybridClock.next(after: ledger.lastKey.clock, now: date),
                                   seen: ledger.seen(except: replica), at: Timestamp.iso(date), kind: kind, change: change,
                                   settles: settles)
        if count > 1 { record.group = RecordGroup(first: lastSeq + 1, count: count) }
        return record
    }

    /// Appends `record` (from `record(…)`) to this replica's journal and fsyncs it: durable
    /// when this returns. On a failed write or fsync the partial bytes are cut off, nothing
    /// is acknowledged, and the journal turns read-only.
    public consuming func append(_ record: JournalRecord) throws(JournalError) {
        precondition(record.firstSeq == journal.lastSeq + 1 && record.replica == journal.replica, "append of a record not made by record(…)")
        try journal.appendUnderLock(record)
    }
}
