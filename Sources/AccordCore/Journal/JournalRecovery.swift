import Foundation

/// What `accord journal repair` did.
public struct RepairReport: Sendable {
    /// The copy of this replica's journal taken before anything changed.
    public var backupPath: String
    /// Where the damaged lines went, byte for byte (nil when there were none).
    public var quarantinePath: String?
    public var damagedLines: [JournalScan.Damage]
}

/// Recovery, the journal's third part beside the segment writer (`OwnSegment`) and the peer
/// reader (`PeerLogs`): what is set aside in `local/quarantine/` (a torn tail, damaged lines),
/// the repair of this replica's damaged journal, and — with `LegacyData` and `OwnFiles` — the
/// migration of a directory written before replicas and this replica's files put back. Only
/// under the lock to write; the journal says what it did.
struct JournalRecovery {
    let layout: DataLayout
    let fileSystem: FileSystem
    let now: @Sendable () -> Date

    /// Writes `bytes` to a new file in `local/quarantine/` and returns its path.
    func quarantine(_ bytes: [UInt8], label: String) throws(FileSystemError) -> String {
        let path = try layout.unusedQuarantinePath(label, stamp: Timestamp.compact(now()), suffix: ".bin", fileSystem: fileSystem)
        try fileSystem.writeFile(path, bytes)
        try fileSystem.syncDirectory(layout.quarantine)
        try fileSystem.syncDirectory(layout.local)
        return path
    }

    /// Repairs this replica's journal, whose lines `damage` are damaged: backs it up in `local/`,
    /// moves the damaged lines to quarantine, and writes the journal again with its good
    /// records, each lost number taken by an empty record saying so (numbers stay without gaps
    /// for every replica that reads it), renamed into place so a reader sees the old file or
    /// the new one. The cache is removed (written anew from the journals). The empty records
    /// are signed with `key` (the first carries it when no record before it did).
    func repair(_ damage: [JournalScan.Damage], signingWith key: ReplicaKeyPair) throws(FileSystemError) -> RepairReport {
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
        var keyIntroduced = false
        for entry in JournalScan(original).entries {
            let record = entry.record
            guard record.seq > previous?.seq ?? 0 else { continue }
            for lost in ((previous?.seq ?? 0) + 1)..<max((previous?.seq ?? 0) + 1, record.firstSeq) {
                var filler = JournalRecord(
                    replica: layout.replica, seq: lost, clock: previous?.clock ?? record.clock, at: previous?.at ?? record.at,
                    kind: .change, change: Change(ChangeLabel(.lostToDamage, detail: String(lost)), events: []))
                if !keyIntroduced { filler.publicKey = key.publicKey.base64 }
                keyIntroduced = true
                kept += RecordSignature.signedLine(filler, by: key)
            }
            keyIntroduced = keyIntroduced || record.publicKey != nil
            kept += original[entry.byteRange]
            previous = record
        }
        let quarantined = cut.isEmpty ? nil : try quarantine(cut, label: "damaged")
        let temporary = layout.journal + ".tmp"
        try fileSystem.writeFile(temporary, kept)
        try fileSystem.rename(temporary, to: layout.journal)
        try fileSystem.syncDirectory(layout.journals)
        try OwnFiles(layout: layout, fileSystem: fileSystem).adopt(layout.replica + ".log")
        ReadInPlaceCheck.discard(layout, fileSystem: fileSystem)
        return RepairReport(backupPath: backup, quarantinePath: quarantined, damagedLines: damage)
    }

    /// Puts back this replica's files as it wrote them, whatever the shared folder did (see
    /// `OwnFiles.restore`); the sentences say what was put back.
    func restoreOwnFiles() throws(FileSystemError) -> [String] {
        try OwnFiles(layout: layout, fileSystem: fileSystem).restore(now: now())
    }
}

extension JournalRecovery {
    /// Migrates a single-journal directory: this replica's journal gets the old records (or,
    /// when they no longer replay whole, one change creating what the old files hold), and the
    /// old files move, untouched, to `local/before-team/`. Under the write lock. Returns the sentence saying so.
    /// The records are signed with `key`, the first carrying it.
    func migrate(signingWith key: ReplicaKeyPair) throws(JournalError) -> String {
        let replica = layout.replica
        let contents = try LegacyData.read(layout, fileSystem: fileSystem)
        var records = LegacyData.reframed(contents, replica: replica) ?? []
        if records.isEmpty {
            let events = LegacyData.creation(of: contents.ledger.state)
            if !events.isEmpty {
                let date = now()
                let count = (events.count + RecordGroup.eventsPerRecord - 1) / RecordGroup.eventsPerRecord
                var record = JournalRecord(replica: replica, seq: count, clock: HybridClock.physical(date), at: Timestamp.iso(date),
                                           kind: .change, change: Change(ChangeLabel(.carriedOver), events: events))
                if count > 1 { record.group = RecordGroup(first: 1, count: count) }
                records = [record]
            }
        }
        do {
            var bytes: [UInt8] = []
            for (index, record) in records.enumerated() {
                var record = record
                if index == 0 { record.publicKey = key.publicKey.base64 }
                bytes += record.parts().flatMap { RecordSignature.signedLine($0, by: key) }
            }
            try fileSystem.createDirectory(layout.journals, mode: 0o700)
            let temporary = layout.journal + ".tmp"
            try fileSystem.writeFile(temporary, bytes)
            try fileSystem.rename(temporary, to: layout.journal)
            try fileSystem.syncDirectory(layout.journals)
            try fileSystem.createDirectory(layout.beforeTeam, mode: 0o700)
            for name in fileSystem.listDirectory(layout.directory)
            where name == "journal.log" || name == "snapshot.json" || name == "archive" || name == "quarantine"
                || name == "lock" || name.hasPrefix("journal.log.bak-") {
                try fileSystem.rename(layout.shared(name), to: layout.beforeTeam + "/" + name)
            }
            try fileSystem.syncDirectory(layout.beforeTeam)
            try fileSystem.syncDirectory(layout.directory)
        } catch {
            throw .io(error)
        }
        let how = records.count == contents.records.count
            ? Phrases.journal.migratedAll(["n": records.count])
            : Phrases.journal.migratedOne(["n": contents.problems.count])
        return Phrases.journal.migrated(["replica": replica, "how": how])
    }
}


extension Journal {
    /// Repairs this replica's damaged journal (see `JournalRecovery.repair`). The lock to write
    /// must be held; read everything again after (`reload`).
    public func repair() throws(JournalError) -> RepairReport {
        guard holdsWriteLock else { throw .readOnly(readOnlyReason ?? .requested) }
        guard !damage.isEmpty else { throw .notDamaged }
        let key = try keyForWriting()
        do {
            let report = try recovery.repair(damage, signingWith: key)
            damage = []
            readOnlyReason = nil
            return report
        } catch {
            throw .io(error)
        }
    }

    /// This journal's recovery part.
    var recovery: JournalRecovery { JournalRecovery(layout: layout, fileSystem: fileSystem, now: now) }
}
