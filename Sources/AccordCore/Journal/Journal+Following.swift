extension Journal {
    /// What `readAppended` found after the last record this journal read.
    public struct Appended: Sendable {
        /// Good records, in order, to apply (each then handed to `accept`).
        public var entries: [JournalScan.Entry] = []
        /// True when `journal.log` is now another file (another process compacted or repaired
        /// the data): once `entries` are applied, `moveToNewSegment` follows into it.
        public var segmentReplaced = false
    }

    /// Where `moveToNewSegment` ended.
    public enum NextSegment: Sendable {
        /// Following the new `journal.log`: read it with `readAppended`.
        case following
        /// The new segment does not start where this journal stopped (several compactions, or a
        /// repair): the directory must be read whole again with `reload`, under the lock.
        case needsReload
        /// Nothing to follow yet (a compaction is half-way); try again shortly.
        case notYet
    }

    /// True when `journal.log` may hold records this journal has not read: it is another file,
    /// or longer than what was read. One `stat`, for watchers to call often.
    public var hasUnreadRecords: Bool {
        let current = fileSystem.identity(of: layout.journal)
        guard let current else { return false }
        return !current.isSameFile(as: segmentIdentity) || current.size > segmentSize
    }

    /// Reads the records other processes appended since this journal last read: whole,
    /// checksummed lines only. A line still being written is left for the next call; under
    /// the write lock an incomplete tail (a writer killed mid-append) is moved to quarantine
    /// and cut off, as at open. Damage followed by good records turns the journal read-only.
    public func readAppended() throws(JournalError) -> Appended {
        var found = Appended()
        // Whether journal.log is still this file is asked first: a segment replaced after the
        // question is read to its end below, and followed on the next call.
        let current = fileSystem.identity(of: layout.journal)
        found.segmentReplaced = segmentFD == nil ? current != nil : !(current?.isSameFile(as: segmentIdentity) ?? false)
        guard let fd = segmentFD, readOnlyReasonAllowsReading else { return found }
        let bytes: [UInt8]
        do { bytes = try fileSystem.read(fd, from: segmentSize) } catch { throw .io(error) }
        guard !bytes.isEmpty else { return found }
        let scan = JournalScan(bytes)
        let firstDamage = scan.damage.first
        found.entries = scan.entries.prefix { entry in firstDamage.map { entry.line < $0.line } ?? true }.map { entry in
            var entry = entry
            entry.line += segmentLines
            entry.byteRange = (entry.byteRange.lowerBound + segmentSize)..<(entry.byteRange.upperBound + segmentSize)
            return entry
        }
        if let firstDamage {
            found.segmentReplaced = false
            markDamaged(JournalScan.Damage(line: firstDamage.line + segmentLines,
                                           byteRange: firstDamage.byteRange, problem: firstDamage.problem))
        } else if let newer = scan.newerRecord {
            found.segmentReplaced = false
            readOnlyReason = .newerFormat("\(newer.what), in record \(newer.seq.map(String.init) ?? "?")")
            notices.append("journal.log holds a record \(newer) appended by another process; nothing after it is shown, "
                           + "and this Accord is read-only. Use that version of Accord.")
        } else if let tail = scan.tornTail, holdsWriteLock, !found.segmentReplaced {
            cutTornTail(tail, of: bytes, at: segmentSize, goodLength: scan.goodLength)
        }
        return found
    }

    /// Takes `entry` (from `readAppended`, applied by the caller) as read: the journal
    /// continues after it. A number out of sequence is damage.
    public func accept(_ entry: JournalScan.Entry) {
        let record = entry.record
        segmentSize = entry.byteRange.upperBound
        segmentLines = entry.line
        guard record.seq > lastSeq else { return }
        if record.seq != lastSeq + 1 {
            markDamaged(JournalScan.Damage(line: entry.line, byteRange: entry.byteRange,
                                           problem: "sequence gap: expected record \(lastSeq + 1), found \(record.seq)"))
        }
        lastSeq = record.seq
        if segmentFirstSeq == nil { segmentFirstSeq = record.seq }
        remember(record)
    }

    /// Records that a record read from another process could not be applied.
    public func refuse(_ entry: JournalScan.Entry, because problem: String) {
        markDamaged(JournalScan.Damage(line: entry.line, byteRange: entry.byteRange,
                                       problem: "record \(entry.record.seq) cannot be applied: \(problem)"))
    }

    /// After `readAppended` said the segment was replaced and its last records were applied:
    /// follows into the new `journal.log` when it continues exactly where this journal stopped.
    public func moveToNewSegment() throws(JournalError) -> NextSegment {
        // Damage stopped this journal; a new segment means it was repaired: read everything again.
        if case .damaged? = readOnlyReason { return .needsReload }
        let fd: Int32?
        do {
            fd = mayWrite && readOnlyReason == nil
                ? (fileSystem.fileExists(layout.journal) ? try fileSystem.openForAppend(layout.journal) : nil)
                : try fileSystem.openForReading(layout.journal)
        } catch {
            throw .io(error)
        }
        guard let fd else { return .notYet }
        let identity: FileIdentity
        let start: [UInt8]
        do {
            identity = try fileSystem.identity(of: fd)
            // Only its first record is needed here; `readAppended` reads the segment after.
            start = try fileSystem.read(fd, from: 0, upTo: 64 << 10)
        } catch {
            fileSystem.close(fd)
            throw .io(error)
        }
        // The new segment continues this journal when its first record is the next one, or,
        // empty (or a first record longer than what was read), when the snapshot written with
        // it ends at the last record read.
        let first = JournalScan(start).entries.first?.record.seq
        let continues = first.map { $0 == lastSeq + 1 } ?? (snapshotLastSeq() == lastSeq)
        guard continues else {
            fileSystem.close(fd)
            return .needsReload
        }
        startSegment(fd, identity: identity)
        snapshotSeq = lastSeq
        return .following
    }

    /// The `lastSeq` of snapshot.json, from its first bytes (it is replaced whole, by a rename).
    func snapshotLastSeq() -> Int? {
        guard let fd = try? fileSystem.openForReading(layout.snapshot) else { return nil }
        defer { fileSystem.close(fd) }
        guard let bytes = try? fileSystem.read(fd, from: 0, upTo: 96) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let key = text.range(of: "\"lastSeq\":") else { return nil }
        return Int(text[key.upperBound...].prefix { $0.isNumber })
    }

    /// Read-only for a reason that still lets this journal follow others (opened read-only, a
    /// failed write of its own); damage and a newer format stop the reading.
    private var readOnlyReasonAllowsReading: Bool {
        switch readOnlyReason {
        case .damaged?, .newerFormat?: return false
        default: return true
        }
    }

    private func markDamaged(_ damage: JournalScan.Damage) {
        self.damage.append(damage)
        if readOnlyReason == nil || readOnlyReason == .requested {
            readOnlyReason = .damaged(line: damage.line, problem: damage.problem)
        }
        notices.append("journal.log is damaged: \(damage). The records before it are shown; "
                       + "the data is read-only until 'accord journal repair'.")
    }

    /// Moves the incomplete tail another process left (it was killed while appending) to
    /// quarantine and cuts it off; the lock to write is held, so no one is still writing it.
    private func cutTornTail(_ tail: JournalScan.Damage, of bytes: [UInt8], at offset: Int, goodLength: Int) {
        guard let fd = segmentFD else { return }
        do {
            let target = try quarantine(Array(bytes[tail.byteRange]), label: "torn")
            try fileSystem.truncate(fd, to: offset + goodLength)
            try fileSystem.sync(fd)
            notices.append("Recovered from an interrupted write by another process: \(tail.byteRange.count) bytes "
                           + "at the end of journal.log (\(tail.problem)) were moved to \(target).")
        } catch {
            readOnlyReason = .cannotOpen(error)
        }
    }
}
