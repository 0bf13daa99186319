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
        let bytes: [UInt8]
        do {
            bytes = try LineCodec.encode(record)
        } catch {
            throw .io(FileSystemError(operation: "encode", path: layout.journal, code: 0, reason: "\(error)"))
        }
        do {
            try fileSystem.write(fd, bytes)
            try fileSystem.sync(fd)
        } catch {
            try? fileSystem.truncate(fd, to: segmentSize)
            try? fileSystem.sync(fd)
            readOnlyReason = .writeFailed(error)
            throw .appendFailed(error)
        }
        segmentSize += bytes.count
        lastSeq = record.seq
        if segmentFirstSeq == nil { segmentFirstSeq = record.seq }
        return record
    }

    /// True when the current segment has grown past the compaction threshold.
    public var wantsCompaction: Bool {
        readOnlyReason == nil && holdsLock && segmentSize > compactionThreshold
    }
}
