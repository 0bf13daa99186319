/// What `accord journal repair` did.
public struct RepairReport: Sendable {
    /// The copy of this replica's journal taken before anything changed.
    public var backupPath: String
    /// Where the damaged lines went, byte for byte (nil when there were none).
    public var quarantinePath: String?
    public var damagedLines: [JournalScan.Damage]
}

extension Journal {
    /// Repairs this replica's damaged journal: backs it up in `local/`, moves the damaged lines
    /// to quarantine, and writes the journal again with its good records, each lost number
    /// taken by an empty record saying so (numbers stay without gaps for every replica that
    /// reads it), renamed into place so a reader sees the old file or the new one. The lock to
    /// write must be held; read everything again after (`reload`).
    public func repair() throws(JournalError) -> RepairReport {
        guard holdsWriteLock else { throw .readOnly(readOnlyReason ?? .requested) }
        guard !damage.isEmpty else { throw .notDamaged }
        do {
            let original = try fileSystem.readFile(layout.journal) ?? []
            let backup = layout.backup(stamp: Timestamp.compact(now()))
            try fileSystem.writeFile(backup, original)
            try fileSystem.syncDirectory(layout.local)
            var cut: [UInt8] = []
            for item in damage where item.byteRange.upperBound <= original.count {
                cut.append(contentsOf: original[item.byteRange])
            }
            var kept: [UInt8] = []
            var previous: JournalRecord?
            for entry in JournalScan(original).entries {
                let record = entry.record
                guard record.seq > previous?.seq ?? 0 else { continue }
                for lost in ((previous?.seq ?? 0) + 1)..<max((previous?.seq ?? 0) + 1, record.firstSeq) {
                    let filler = JournalRecord(
                        replica: replica, seq: lost, clock: previous?.clock ?? record.clock, at: previous?.at ?? record.at,
                        kind: .change, change: Change(label: Phrases.journal.lostToDamage(["seq": String(lost)]), events: []))
                    kept += LineCodec.encode(filler)
                }
                kept += original[entry.byteRange]
                previous = record
            }
            let quarantined = cut.isEmpty ? nil : try quarantine(cut, label: "damaged")
            let report = RepairReport(backupPath: backup, quarantinePath: quarantined, damagedLines: damage)
            let temporary = layout.journal + ".tmp"
            try fileSystem.writeFile(temporary, kept)
            try fileSystem.rename(temporary, to: layout.journal)
            try fileSystem.syncDirectory(layout.journals)
            try OwnFiles(layout: layout, fileSystem: fileSystem).adopt(layout.replica + ".log")
            ReadInPlaceCheck.discard(layout, fileSystem: fileSystem)
            damage = []
            readOnlyReason = nil
            return report
        } catch {
            throw .io(error)
        }
    }
}
