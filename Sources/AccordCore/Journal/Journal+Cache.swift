extension Journal {
    /// What opening read from the cache (`local/snapshot.sqlite`).
    struct CacheReading {
        var snapshot: Snapshot
        /// Only the part of the ledger the scope needs: the cache held what the journals hold.
        var isPartial: Bool
        /// False when the undo and redo history was left unread.
        var hasHistory: Bool
    }

    /// Reads the cache: the part `scope` needs when it holds exactly what the journals hold,
    /// else the whole ledger it holds (the journals are then read on from its positions). nil
    /// when there is none or it is another replica's; one that cannot be read is said and,
    /// under the lock to write, removed (written anew from the journals).
    func readCache(scope: ReadScope?, history: Bool) -> CacheReading? {
        do throws(SnapshotDatabase.Problem) {
            let file: SnapshotDatabase?
            do { file = try SnapshotDatabase.open(layout, write: mayWrite && readOnlyReason == nil) } catch { throw .sqlite(error) }
            guard let file else { return nil }
            let header = try file.header()
            guard header.replica == replica, header.version == Snapshot.currentVersion else { return nil }
            let current = SnapshotDatabase.isCurrent(header, layout: layout, fileSystem: fileSystem)
            if current, let scope, let part = try file.snapshot(for: scope, history: history) {
                if scope == .agreementList { agreementProgress = try file.agreementProgress() }
                return CacheReading(snapshot: part, isPartial: true, hasHistory: history)
            }
            // Behind, under the lock to write: its history is read too, to bring it up at once.
            let withHistory = history || (!current && holdsWriteLock && readOnlyReason == nil)
            return CacheReading(snapshot: try file.wholeSnapshot(header, history: withHistory), isPartial: false, hasHistory: withHistory)
        } catch {
            setAsideCache(because: error)
            return nil
        }
    }

    /// Says why the cache cannot be used and, holding the lock to write, removes it: it is
    /// written again whole from the journals. Opened only to read (a directory of another
    /// user: SQLite cannot share its log there), nothing is said: the journals are read, as
    /// they always could be.
    private func setAsideCache(because problem: SnapshotDatabase.Problem) {
        guard holdsWriteLock else { return }
        notices.append(Phrases.journal.readInPlaceUnreadable(["problem": problem.description]))
        ReadInPlaceCheck.discard(layout, fileSystem: fileSystem)
    }

    /// What the cache holds of `ledger` at this journal's positions.
    func snapshotValue(of ledger: Ledger) -> Snapshot {
        Snapshot(replica: replica, lastSeq: lastSeq, files: [own.position] + peers.positions, takenAt: Timestamp.iso(now()),
                        ledger: ledger, recent: Array(recent.suffix(Self.recentLimit)), keys: peers.keys)
    }

    /// True when the journals hold enough for the cache to pay (`JournalOptions.cacheAbove`; a few `stat`s).
    var cachePays: Bool {
        guard options.cacheAbove > 0 else { return true }
        var total = 0
        for name in fileSystem.listDirectory(layout.journals) where name.hasSuffix(".log") {
            total += fileSystem.identity(of: layout.inJournals(name))?.size ?? 0
            if total >= options.cacheAbove { return true }
        }
        return false
    }

    /// True when this journal's ledger holds every item and the whole history: the cache may
    /// be written anew from it.
    var holdsWholeLedger: Bool { !historyOmitted && !isPartial }

    /// Brings the cache up to `ledger`, just opened under the lock to write: the records read
    /// after it are written into it; it is written anew when opening did not start from it
    /// (none, unreadable, or the journals replayed whole).
    func catchUpCache(_ ledger: Ledger) {
        defer { appliedAfterCache = [] }
        guard holdsWriteLock, readOnlyReason == nil, !isPartial else { return }
        guard cachePays else {
            // Not kept for small journals: one left from a test or a setting is not kept behind.
            return ReadInPlaceCheck.discard(layout, fileSystem: fileSystem)
        }
        if cacheFrontier != nil {
            keepCache(after: appliedAfterCache, stacks: nil, ledger: ledger)
        } else {
            refreshCache(ledger)
        }
    }

    /// Writes the cache anew from `ledger` (opened whole) unless it is current and holds the
    /// ledger's records: even when only the journals' positions moved (a frozen journal, a
    /// file rewritten in place), its rows are not trusted past a doubt.
    func refreshCache(_ ledger: Ledger) {
        guard holdsWriteLock, readOnlyReason == nil, holdsWholeLedger else { return }
        if let file = try? SnapshotDatabase.open(layout, write: true), let header = try? file.header(),
           header.replica == replica,
           header.frontier == ledger.frontierRefs,
           SnapshotDatabase.isCurrent(header, layout: layout, fileSystem: fileSystem) {
            return
        }
        try? writeCacheAnew(ledger)
    }

    /// Brings the cache up to `records`, just applied to `ledger` — the last of them one this
    /// process appended when `stacks` says how it moved the undo stacks: the rows of the items
    /// they touched, their field writers, the changes pushed or popped, the header. Records
    /// it already holds (another process of this replica wrote them in) are skipped. It is
    /// written anew whole — or, from a part of the ledger, left behind for the next whole
    /// opening — when it holds another history, lacks a record of this replica besides the
    /// last (its undo history is unknown), or so many rows change that a new file is faster.
    func keepCache(after records: [CommittedRecord], stacks: RecordKind?, ledger: Ledger) {
        guard holdsWriteLock, readOnlyReason == nil, cachePays else { return }
        do {
            guard let file = try SnapshotDatabase.open(layout, write: true) else { return refreshCache(ledger) }
            let header = try file.header()
            var reached = Dictionary(header.frontier.map { ($0.replica, $0.seq) }, uniquingKeysWith: max)
            let missing = records.filter { $0.record.seq > reached[$0.record.replica] ?? 0 }
            for committed in missing { reached[committed.record.replica] = max(reached[committed.record.replica] ?? 0, committed.record.seq) }
            let unknownHistory = missing.dropLast(stacks == nil ? 0 : 1).contains { $0.record.replica == replica }
                || (stacks != nil && missing.last?.record.replica != replica)
            var touched = Set(missing.flatMap { $0.record.change.itemIDs.union($0.inverse.itemIDs) })
            // An occurrence's series is written with it — one gone (unticked) found as the cache held it.
            for id in touched {
                if let series = ledger.state.actions[id]?.seriesID { touched.insert(series) }
                if ledger.state.actions[id] == nil, let series = try file.series(of: id) { touched.insert(series) }
            }
            guard header.replica == replica, reached == ledger.frontier, !unknownHistory,
                  touched.count <= Self.wholeCacheAbove || !holdsWholeLedger,
                  !touched.contains(where: { ledger.state.categories[$0] != nil || header.state.categories[$0] != nil }) else {
                // Another history, a category (its name is in its commitments' tokens), or
                // so many rows that a new file is written faster than they are replaced: whole.
                if holdsWholeLedger { try? writeCacheAnew(ledger) }
                return
            }
            if missing.isEmpty, SnapshotDatabase.isCurrent(header, layout: layout, fileSystem: fileSystem) { return }
            try file.database.transaction {
                // The agreements whose progress may have moved: where each item was, and is.
                var agreements = Set(touched.compactMap { ledger.state.agreementID(containing: $0) })
                for id in touched { if let agreement = try file.agreement(holding: id) { agreements.insert(agreement) } }
                for id in touched {
                    try file.put(id, in: ledger.state)
                    try file.putWriters(of: id, ledger.writers[id])
                    try file.putTombstone(of: id, ledger.tombstones[id])
                }
                for agreement in agreements { try file.putProgress(of: agreement, in: ledger.state) }
                if !missing.isEmpty { try file.moveStacks(as: stacks, in: ledger) }
                try file.putVerified(peers.verified.takeFresh())
                try file.writeHeader(snapshotValue(of: ledger.withoutItems), layout: layout, fileSystem: fileSystem)
            }
            try file.checkpointIfLong(layout, fileSystem: fileSystem)
            if holdsWholeLedger {
                let counts = try file.stackCounts()
                if counts.undo != ledger.undoStack.count || counts.redo != ledger.redoStack.count { try? writeCacheAnew(ledger) }
            }
        } catch {
            // The journal holds the records; the cache is behind them and will not be read as current.
            if holdsWholeLedger { try? writeCacheAnew(ledger) }
        }
    }

    /// Reads the signatures the cache remembers as checked (once; see `VerifiedSignatures`):
    /// before a whole replay, which reads every record again. Not with `useCache` off
    /// (`journal verify` checks every signature).
    func loadVerifiedSignatures() {
        guard !peers.verified.isLoaded else { return }
        peers.verified.load(peers.loadRemembered?() ?? [])
    }

    /// Past this many items touched by the records taken in at once (an import), the cache is written anew.
    static let wholeCacheAbove = 5_000

    /// Writes the cache anew from `ledger` (whole, history loaded); only under the lock to
    /// write, after `readNews`. A failure leaves it behind the journals, never read as current.
    func writeCacheAnew(_ ledger: Ledger) throws {
        guard holdsWriteLock else { throw JournalError.readOnly(readOnlyReason ?? .requested) }
        guard holdsWholeLedger else { throw JournalError.historyNotLoaded }
        guard cachePays else { return ReadInPlaceCheck.discard(layout, fileSystem: fileSystem) }
        // The signatures the old file remembers go into the new one.
        loadVerifiedSignatures()
        _ = peers.verified.takeFresh()
        try SnapshotDatabase.rebuild(snapshotValue(of: ledger), header: snapshotValue(of: ledger.withoutItems),
                                     verified: peers.verified.known, layout: layout, fileSystem: fileSystem)
        snapshotSeq = lastSeq
    }
}
