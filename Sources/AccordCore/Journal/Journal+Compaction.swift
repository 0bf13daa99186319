extension Journal {
    /// Writes the merged ledger to `local/snapshot.json`, with how far each journal was read:
    /// the next open reads only what came after. The journals are never touched (they are
    /// the shared truth; the snapshot is this replica's cache of them).
    ///
    /// Steps, each safe to crash after: write `snapshot.json.tmp` and fsync; rename it over
    /// `snapshot.json`; fsync `local/`. Only inside `exclusively`, after `readNews`.
    public func compact(_ ledger: Ledger) throws(JournalError) {
        if let readOnlyReason { throw .readOnly(readOnlyReason) }
        try writeSnapshot(ledger)
    }

    func writeSnapshot(_ ledger: Ledger) throws(JournalError) {
        guard holdsWriteLock else { throw .readOnly(readOnlyReason ?? .requested) }
        guard holdsWholeLedger else { throw .historyNotLoaded }
        let bytes = LineCodec.encode(snapshotValue(of: ledger))
        do {
            try fileSystem.createDirectory(layout.local, mode: 0o700)
            try fileSystem.writeFile(layout.snapshotTemp, bytes)
            try fileSystem.rename(layout.snapshotTemp, to: layout.snapshot)
            try fileSystem.syncDirectory(layout.local)
        } catch {
            try? fileSystem.remove(layout.snapshotTemp)
            throw .io(error)
        }
        snapshotSeq = lastSeq
        bytesSinceSnapshot = 0
    }
}
