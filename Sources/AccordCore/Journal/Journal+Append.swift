extension Journal {
    /// Runs `body` holding the directory's lock to write, waiting up to `lockPatience`
    /// seconds for it (`JournalError.busy` names the process that kept it). Read what others
    /// appended first (`readAppended`), then `append`: the one way records are written.
    public func exclusively<T>(_ body: () throws -> T) throws -> T {
        if let readOnlyReason { throw JournalError.readOnly(readOnlyReason) }
        var result: Result<T, any Error>!
        try locked(exclusive: true, patience: lockPatience) { () throws(JournalError) in
            result = Result { try body() }
        }
        return try result.get()
    }

    /// Appends one record numbered after the newest one read, and fsyncs it; the record is
    /// durable when this returns. Only inside `exclusively`, after `readAppended`.
    ///
    /// On a failed write or fsync the partial bytes are cut off, nothing is
    /// acknowledged, and the journal turns read-only.
    @discardableResult
    public func append(_ kind: RecordKind, _ change: Change) throws(JournalError) -> JournalRecord {
        if let readOnlyReason { throw .readOnly(readOnlyReason) }
        precondition(holdsWriteLock, "append outside Journal.exclusively")
        guard let fd = segmentFD, mayWrite else { throw .readOnly(.requested) }
        let record = JournalRecord(seq: lastSeq + 1, at: Timestamp.iso(now()), kind: kind, change: change)
        let bytes = LineCodec.encode(record)
        // A stop signal waits until the record is whole (or cut back): no half record on disk.
        try SignalShield.during { () throws(JournalError) in
            do throws(FileSystemError) {
                try fileSystem.write(fd, bytes)
                try fileSystem.sync(fd)
            } catch {
                try? fileSystem.truncate(fd, to: segmentSize)
                try? fileSystem.sync(fd)
                readOnlyReason = .writeFailed(error)
                throw .appendFailed(error)
            }
        }
        segmentSize += bytes.count
        segmentLines += 1
        lastSeq = record.seq
        if segmentFirstSeq == nil { segmentFirstSeq = record.seq }
        remember(record)
        return record
    }


    /// True when the current segment has grown past the compaction threshold.
    public var wantsCompaction: Bool {
        readOnlyReason == nil && holdsWriteLock && !historyOmitted && segmentSize > compactionThreshold
    }
}
