/// What `accord journal repair` did.
public struct RepairReport: Sendable {
    /// The copy of journal.log taken before anything changed.
    public var backupPath: String
    /// Where the damaged lines went, byte for byte (nil when there were none).
    public var quarantinePath: String?
    public var damagedLines: [JournalScan.Damage]
}

extension Journal {
    /// Repairs a damaged journal: backs up journal.log, moves the damaged
    /// lines to quarantine, and folds the good records (`ledger`, as replayed
    /// at open) into a fresh snapshot and segment. The session is writable after.
    public func repair(_ ledger: Ledger) throws(JournalError) -> RepairReport {
        guard holdsWriteLock else { throw .readOnly(readOnlyReason ?? .requested) }
        guard !damage.isEmpty else { throw .notDamaged }
        do {
            let original = try fileSystem.readFile(layout.journal) ?? []
            let backup = layout.backup(stamp: Timestamp.compact(now()))
            try fileSystem.writeFile(backup, original)
            try fileSystem.syncDirectory(layout.directory)
            var cut: [UInt8] = []
            for item in damage where item.byteRange.upperBound <= original.count {
                cut.append(contentsOf: original[item.byteRange])
            }
            let quarantined = cut.isEmpty ? nil : try quarantine(cut, label: "damaged")
            let report = RepairReport(backupPath: backup, quarantinePath: quarantined, damagedLines: damage)
            try foldIntoSnapshot(ledger)
            damage = []
            readOnlyReason = nil
            openSegment()
            return report
        } catch let error as FileSystemError {
            throw .io(error)
        } catch let error as JournalError {
            throw error
        } catch {
            throw .io(FileSystemError(operation: "repair", path: layout.journal, code: 0, reason: "\(error)"))
        }
    }
}
