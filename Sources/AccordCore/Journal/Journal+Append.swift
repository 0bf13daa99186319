extension Journal {
    /// Appends one record and fsyncs it; the record is durable when this returns.
    ///
    /// On a failed write or fsync the partial bytes are cut off, nothing is
    /// acknowledged, and the journal turns read-only.
    @discardableResult
    public func append(_ kind: RecordKind, _ change: Change) throws(JournalError) -> JournalRecord {
        if let readOnlyReason { throw .readOnly(readOnlyReason) }
        guard let fd = appendFD else { throw .readOnly(.requested) }
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
        lastSeq = record.seq
        if segmentFirstSeq == nil { segmentFirstSeq = record.seq }
        remember(record)
        return record
    }


    /// True when the current segment has grown past the compaction threshold.
    public var wantsCompaction: Bool {
        readOnlyReason == nil && holdsLock && !historyOmitted && segmentSize > compactionThreshold
    }
}
