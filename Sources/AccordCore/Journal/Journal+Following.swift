extension Journal {
    /// What `readNews` found since the journals were last read.
    public struct News: Sendable {
        /// Good records of every replica, this one's included (other processes of this replica
        /// write it too), in no particular order: merge them in key order.
        public var records: [JournalRecord] = []
        /// True when this replica's journal is now another file (a repair): read all again.
        public var needsWholeReplay = false
    }

    /// What reading the other replicas' files found and left out (damage, files not read, records
    /// waiting for a missing one, two versions of a record), one sentence each.
    public var peerNotices: [String] { peers.notices }

    /// What the records say of each replica's keys, and the records set aside for their
    /// signatures (see `ReplicaKeys`).
    public var replicaKeys: ReplicaKeys { peers.keys }

    /// The signatures checked and found good that this process knows (see `VerifiedSignatures`).
    var verifiedSignatures: VerifiedSignatures { peers.verified }

    /// The other replicas' journal files in `journal/` (conflict copies included), by name.
    public var otherJournalFiles: [String] { PeerLogs.fileNames(layout, fileSystem: fileSystem) }

    /// True when a journal may hold records this one has not read: this replica's is another
    /// file or longer than what was read, or another replica's file is new or changed in size.
    /// A few `stat`s, for watchers to call often.
    public var hasUnreadRecords: Bool {
        own.hasUnread || peers.hasUnread(layout, fileSystem: fileSystem)
    }

    /// Reads what the journals gained: this replica's from where it was read (whole, checksummed
    /// lines only; a line still being written is left for the next call; under the write lock
    /// an incomplete tail left by a killed writer is moved to quarantine and cut off), and
    /// every other replica's. Damage in this replica's journal followed by good records turns
    /// it read-only; in another's, its records stop there (see `PeerLogs`).
    ///
    /// Following (`stoppingAtDamage`), the records after a damaged line of this replica's journal
    /// are left out; opening reads every good record (the data is read-only then anyway).
    public func readNews(frontier: [String: Int], stoppingAtDamage: Bool = true) throws(JournalError) -> News {
        var news = News()
        let current = fileSystem.identity(of: layout.journal)
        if own.fd != nil, let current, !current.isSameFile(as: own.identity) {
            // Another process of this replica froze the full journal (renamed it) and started a
            // new one: the rest of the old file, through the descriptor still open, then the new
            // one — when it goes on from there; otherwise (a repair) everything is read again.
            let rest: [UInt8]
            do { rest = try own.unread() } catch { throw .io(error) }
            news.records = rest.isEmpty ? [] : readOwn(rest, after: lastSeq, stoppingAtDamage: stoppingAtDamage)
            // Frozen more than once since: the segments in between, then the new file.
            let after = news.records.last?.seq ?? lastSeq
            news.records += try readFrozenSegments(after: after)
            let followed: Bool
            do {
                followed = try own.followSuccessor(after: news.records.last?.seq ?? lastSeq, appending: mayWrite && readOnlyReason == nil)
            } catch {
                throw .io(error)
            }
            guard followed else {
                news.records = []
                news.needsWholeReplay = true
                return news
            }
        }
        if own.fd == nil, current != nil {
            openSegment()
        }
        if readOnlyReasonAllowsReading {
            let bytes: [UInt8]
            do { bytes = try own.unread() } catch { throw .io(error) }
            if !bytes.isEmpty {
                news.records += readOwn(bytes, after: news.records.last?.seq ?? lastSeq, stoppingAtDamage: stoppingAtDamage)
            }
        }
        let known = frontier
        news.records += peers.readNew(layout, fileSystem: fileSystem, frontier: known)
        if peers.takeWholeReplay() { news.needsWholeReplay = true }
        for notice in peers.notices where !notices.contains(notice) { notices.append(notice) }
        return news
    }

    /// The good records of `bytes` (this replica's journal from where it was read), moving past them.
    private func readOwn(_ bytes: [UInt8], after: Int, stoppingAtDamage: Bool) -> [JournalRecord] {
        let scan = JournalScan(bytes)
        let base = own.size, baseLines = own.lines
        var records: [JournalRecord] = []
        let stop = [scan.newerRecord?.line, stoppingAtDamage ? scan.damage.first?.line : nil].compactMap { $0 }.min()
        let damagedLines = Set(scan.damage.map(\.line))
        for item in scan.damage where stop.map({ item.line <= $0 }) ?? true {
            markDamaged(JournalScan.Damage(line: item.line + baseLines, byteRange: (item.byteRange.lowerBound + base)..<(item.byteRange.upperBound + base),
                                           problem: item.problem))
        }
        var previousLine = 0
        var last = after
        for entry in scan.entries {
            if let stop, entry.line > stop { break }
            own.size = base + entry.byteRange.upperBound
            own.lines = baseLines + entry.line
            // A gap right after damaged lines is explained by them; it is reported only otherwise.
            let explained = (previousLine + 1..<max(previousLine + 1, entry.line)).contains { damagedLines.contains($0) }
            previousLine = entry.line
            guard entry.record.seq > last else { continue }
            defer { last = entry.record.seq }
            if entry.record.firstSeq != last + 1, !explained {
                markDamaged(JournalScan.Damage(line: baseLines + entry.line, byteRange: (base + entry.byteRange.lowerBound)..<(base + entry.byteRange.upperBound),
                                               problem: "sequence gap: expected record \(last + 1), found \(entry.record.firstSeq)"))
            }
            var record = entry.record
            // A version 1 record (written before replicas) is this replica's, clocked after the one before it.
            if record.replica.isEmpty { record.replica = replica }
            if record.clock == 0 { record.clock = own.clock + 1 }
            own.clock = max(own.clock, record.clock)
            peers.keys.noteApplied(record, check: .notChecked)
            records.append(record)
        }
        if let newer = scan.newerRecord {
            readOnlyReason = .newerFormat("\(newer.what), in record \(newer.seq.map(String.init) ?? "?")")
            notices.append(Phrases.journal.holdsNewer(["replica": replica, "newer": "\(newer.placed(linesBefore: baseLines, bytesBefore: base))"]))
        } else if let tail = scan.tornTail {
            handleTornTail(tail, of: bytes, at: base, goodLength: scan.goodLength)
        }
        return records
    }

    /// Takes `record` (from `readNews`, merged by the caller) as read.
    /// `remembering: false` skips "last changes" (a replay remembers only its newest records).
    public func accept(_ record: JournalRecord, remembering: Bool = true) {
        if record.replica == replica { lastSeq = max(lastSeq, record.seq) }
        if remembering { remember(record) }
    }

    /// Read-only for a reason that still lets this journal follow others (opened read-only, a
    /// failed write of its own); damage and a newer format stop the reading.
    private var readOnlyReasonAllowsReading: Bool {
        switch readOnlyReason {
        case .damaged?, .newerFormat?: return false
        default: return true
        }
    }

    func markDamaged(_ damage: JournalScan.Damage) {
        guard !self.damage.contains(where: { $0.line == damage.line }) else { return }
        self.damage.append(damage)
        self.damage.sort { $0.line < $1.line }
        if readOnlyReason == nil || readOnlyReason == .requested {
            readOnlyReason = .damaged(file: "journal/\(replica).log", line: damage.line, problem: damage.problem)
        }
        notices.append(Phrases.journal.damaged(["replica": replica, "damage": "\(damage)"]))
    }

    /// An incomplete record at the end of this replica's journal (a writer killed while
    /// appending): under the write lock it moves to quarantine and is cut off.
    private func handleTornTail(_ tail: JournalScan.Damage, of bytes: [UInt8], at offset: Int, goodLength: Int) {
        let count = tail.byteRange.count
        let line = tail.line + own.lines
        tornTail = tail
        guard holdsWriteLock, own.fd != nil, mayWrite else {
            notices.append(Phrases.journal.tornLeft(["replica": replica, "n": String(count)]))
            return
        }
        do {
            let target = try recovery.quarantine(Array(bytes[tail.byteRange]), label: "torn")
            try own.cut(to: offset + goodLength)
            notices.append(Phrases.journal.tornRecovered(["n": String(count), "replica": replica, "line": String(line),
                                                          "problem": tail.problem, "target": target]))
        } catch {
            readOnlyReason = .cannotOpen(error)
            notices.append(Phrases.journal.tornStuck(["replica": replica, "error": "\(error)"]))
        }
    }
}
