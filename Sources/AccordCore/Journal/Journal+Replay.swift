extension Journal {
    /// Replays every journal from its start, in merged order, onto an empty ledger.
    func replayWhole() throws(JournalError) -> Ledger {
        own.rewind()
        peers.reset()
        lastSeq = 0
        recent = []
        damage = []
        tornTail = nil
        // Damage and a newer format are found again as the journals are read.
        switch readOnlyReason {
        case .damaged?, .newerFormat?: readOnlyReason = nil
        default: break
        }
        historyOmitted = false
        isPartial = false
        replayedWhole = true
        // Every record is read again: the signatures checked before are not checked again.
        loadVerifiedSignatures()
        // This replica's frozen segments first, then the journal it appends to.
        let frozen = try readFrozenSegments()
        lastSeq = frozen.last?.seq ?? 0
        let news = try readNews(frontier: [:], stoppingAtDamage: false)
        var ledger = Ledger()
        let ordered = (frozen + news.records).inMergedOrder()
        for (index, record) in ordered.enumerated() {
            ledger.merge(record, mine: record.replica == replica)
            // Only the newest are kept: the older ones would be dropped again at once.
            accept(record, remembering: index >= ordered.count - Self.recentLimit)
        }
        replayedCount = ordered.count
        cacheFrontier = nil
        appliedAfterCache = []
        return ledger
    }

    /// The records after number `after` of this replica's frozen segments
    /// (`journal/<replica>.NNNNNNNNN.log`, N its last record: those ending before are not read),
    /// in order: each is a full journal renamed once it passed `JournalOptions.rotationAbove`. Damage or a
    /// gap in one stops the reading there, and is said.
    func readFrozenSegments(after: Int = 0) throws(JournalError) -> [JournalRecord] {
        var records: [JournalRecord] = []
        let names = fileSystem.listDirectory(layout.journals)
            .filter { (layout.frozenSegmentLastSeq($0) ?? 0) > after }.sorted()
        for name in names {
            let bytes: [UInt8]?
            // In the shared folder: read as another replica's file is (no link, no FIFO, bounded).
            do { bytes = try fileSystem.readUntrusted(name, in: "journal", of: layout.directory, upTo: RecordBounds.peerFileBytes) } catch {
                notices.append(Phrases.journal.peerNotRead(["name": name, "reason": error.reason]))
                continue
            }
            let scan = JournalScan(bytes ?? [])
            for entry in scan.entries where entry.record.seq > (records.last?.seq ?? after) {
                guard entry.record.firstSeq == (records.last?.seq ?? after) + 1, scan.damage.first.map({ entry.line < $0.line }) ?? true else {
                    notices.append(Phrases.journal.segmentGap(["name": name, "line": String(entry.line)]))
                    break
                }
                var record = entry.record
                if record.replica.isEmpty { record.replica = replica }
                peers.keys.noteApplied(record, check: .notChecked)
                records.append(record)
            }
        }
        return records
    }
}
