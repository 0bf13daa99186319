extension Journal {
    /// Folds the journal into a new snapshot, undo history included, and starts a new segment.
    ///
    /// Steps, each safe to crash after: (1) write `snapshot.json.tmp` and fsync;
    /// (2) rename it to `snapshot.json`; (3) fsync the directory — from here the
    /// records up to `lastSeq` are skipped on replay, so nothing applies twice;
    /// (4) move `journal.log` to `archive/`; (5) fsync; (6) open a new empty
    /// `journal.log`. The old segment is kept in `archive/`, never deleted. Only inside
    /// `exclusively`, after `readAppended`: other processes follow into the new segment.
    public func compact(_ ledger: Ledger) throws(JournalError) {
        if let readOnlyReason { throw .readOnly(readOnlyReason) }
        try foldIntoSnapshot(ledger)
    }

    func foldIntoSnapshot(_ ledger: Ledger) throws(JournalError) {
        guard holdsWriteLock else { throw .readOnly(readOnlyReason ?? .requested) }
        guard !historyOmitted else { throw .historyNotLoaded }
        let snapshot = Snapshot(lastSeq: lastSeq, takenAt: Timestamp.iso(now()), ledger: ledger,
                                recent: Array(recent.suffix(Self.recentLimit)))
        let bytes = LineCodec.encode(snapshot)
        do {
            try fileSystem.writeFile(layout.snapshotTemp, bytes)
            try fileSystem.rename(layout.snapshotTemp, to: layout.snapshot)
            try fileSystem.syncDirectory(layout.directory)
        } catch {
            try? fileSystem.remove(layout.snapshotTemp)
            throw .io(error)
        }
        do {
            if let first = segmentFirstSeq, fileSystem.fileExists(layout.journal) {
                try fileSystem.createDirectory(layout.archive, mode: 0o700)
                try fileSystem.rename(layout.journal, to: layout.archivedSegment(first: first, last: lastSeq))
                try fileSystem.syncDirectory(layout.archive)
                try fileSystem.syncDirectory(layout.directory)
            }
            startSegment(nil, identity: nil)
            let fd = try fileSystem.openForAppend(layout.journal)
            startSegment(fd, identity: try fileSystem.identity(of: fd))
            try fileSystem.syncDirectory(layout.directory)
            snapshotSeq = lastSeq
        } catch {
            // The snapshot is in place; appending again needs a journal.log we can open.
            openSegment()
            if let fd = segmentFD, let size = try? fileSystem.size(fd) { segmentSize = size }
            throw .io(error)
        }
    }
}
