extension Journal {
    /// What the snapshot read in place gave for a scope.
    enum ReadInPlaceOutcome {
        /// The part of the ledger the scope needs.
        case part(Snapshot)
        /// The scope needs every item: the journal is opened whole, as without a scope.
        case needsWhole
        /// There is no file, or it is behind the journals or unreadable: the journal is opened
        /// whole, and — when this journal may write — with its history, so that the file is
        /// written again at once rather than at the next change.
        case behind
    }

    /// The part of the ledger `scope` needs, read from the snapshot read in place when it
    /// holds exactly what the journals hold.
    func readInPlace(_ scope: ReadScope, history: Bool) -> ReadInPlaceOutcome {
        do throws(SnapshotDatabase.Problem) {
            let file: SnapshotDatabase?
            do { file = try SnapshotDatabase.open(layout, write: mayWrite && readOnlyReason == nil) } catch { throw .sqlite(error) }
            guard let file else { return .behind }
            let header = try file.header()
            guard SnapshotDatabase.isCurrent(header, layout: layout, fileSystem: fileSystem) else {
                return .behind
            }
            guard let part = try file.snapshot(for: scope, history: history) else { return .needsWhole }
            if scope == .agreementList { agreementProgress = try file.agreementProgress() }
            return .part(part)
        } catch {
            setAsideReadInPlace(because: error)
            return .behind
        }
    }

    /// Says why the snapshot read in place cannot be used and, holding the lock to write,
    /// removes it: it is written again whole from the journals. Opened only to read (a
    /// directory of another user: SQLite cannot share its log there), nothing is said: the
    /// journals are read, as they always could be.
    private func setAsideReadInPlace(because problem: SnapshotDatabase.Problem) {
        guard holdsWriteLock else { return }
        notices.append(Phrases.journal.readInPlaceUnreadable(["problem": problem.description]))
        ReadInPlaceCheck.discard(layout, fileSystem: fileSystem)
    }

    /// What the snapshots hold of `ledger` at this journal's positions.
    func snapshotValue(of ledger: Ledger) -> Snapshot {
        let own = FilePosition(name: replica + ".log", offset: segmentSize, lines: segmentLines,
                               inode: Int(truncatingIfNeeded: segmentIdentity?.inode ?? 0))
        return Snapshot(replica: replica, lastSeq: lastSeq, files: [own] + peers.positions, takenAt: Timestamp.iso(now()),
                        ledger: ledger, recent: Array(recent.suffix(Self.recentLimit)))
    }

    /// Below 256 KiB of journals (about a thousand items and changes) the journals are read
    /// whole faster than the file is opened, and a change is written faster without it.
    public static let defaultReadInPlaceAbove = 256 << 10

    /// True when the journals hold enough for the snapshot read in place to pay (a few `stat`s).
    var readInPlacePays: Bool {
        guard readInPlaceAbove > 0 else { return true }
        var total = 0
        for name in fileSystem.listDirectory(layout.journals) where name.hasSuffix(".log") {
            total += fileSystem.identity(of: layout.journals + "/" + name)?.size ?? 0
            if total >= readInPlaceAbove { return true }
        }
        return false
    }

    /// True when this journal's ledger holds every item and the whole history: a whole
    /// snapshot may be written from it.
    var holdsWholeLedger: Bool { !historyOmitted && !isPartial }

    /// Brings the snapshot read in place to `ledger` (opened whole, under the lock to write):
    /// nothing to do when it is current and holds the ledger's records; written anew when it
    /// is missing, unreadable, behind or ahead — even when only the journals' positions moved
    /// (a frozen journal, a file rewritten in place): its rows are not trusted past a doubt.
    func refreshReadInPlace(_ ledger: Ledger) {
        guard holdsWriteLock, readOnlyReason == nil, holdsWholeLedger else { return }
        guard readInPlacePays else {
            // Not kept for small journals: one left from a test or a setting is not kept behind.
            return ReadInPlaceCheck.discard(layout, fileSystem: fileSystem)
        }
        if let file = try? SnapshotDatabase.open(layout, write: true), let header = try? file.header(),
           header.replica == replica,
           header.frontier == ledger.frontierRefs,
           SnapshotDatabase.isCurrent(header, layout: layout, fileSystem: fileSystem) {
            return
        }
        writeAnewIgnoringFailure(ledger)
    }

    /// Brings the snapshot read in place up to `records`, just applied to `ledger` — one this
    /// replica appended (`stacks` says how its undo stacks moved), or those another replica's
    /// files brought (`stacks` nil): the rows of the items they touched, their field writers,
    /// the changes pushed or popped, the header. When the file held other records than
    /// `ledger` held before (`frontierBefore`) it is written again whole — or, from a part of
    /// the ledger, left behind to be rebuilt by the next whole opening.
    func keepReadInPlace(after records: [CommittedRecord], stacks: RecordKind?, frontierBefore: [String: Int], ledger: Ledger) {
        guard holdsWriteLock, readOnlyReason == nil, readInPlacePays, !records.isEmpty else { return }
        do {
            guard let file = try SnapshotDatabase.open(layout, write: true) else { return refreshReadInPlace(ledger) }
            let header = try file.header()
            var touched = Set(records.flatMap { $0.record.change.itemIDs.union($0.inverse.itemIDs) })
            touched.formUnion(touched.compactMap { ledger.state.actions[$0]?.seriesID })
            guard header.replica == replica,
                  Dictionary(header.frontier.map { ($0.replica, $0.seq) }, uniquingKeysWith: max) == frontierBefore,
                  touched.count <= Self.wholeReadInPlaceAbove || !holdsWholeLedger,
                  !touched.contains(where: { ledger.state.categories[$0] != nil || header.state.categories[$0] != nil }) else {
                // Another history, a category (its name is in its commitments' tokens), or
                // so many rows that a new file is written faster than they are replaced: whole.
                if holdsWholeLedger { writeAnewIgnoringFailure(ledger) }
                return
            }
            try file.database.transaction {
                // The agreements whose progress may have moved: where each item was, and is.
                var agreements = Set(touched.compactMap { ledger.state.agreementID(containing: $0) })
                for id in touched { if let agreement = try file.agreement(holding: id) { agreements.insert(agreement) } }
                for id in touched {
                    try file.put(id, in: ledger.state)
                    try file.putWriters(of: id, ledger.writers[id])
                }
                for agreement in agreements { try file.putProgress(of: agreement, in: ledger.state) }
                try file.moveStacks(as: stacks, in: ledger)
                try file.writeHeader(snapshotValue(of: ledger.withoutItems), layout: layout, fileSystem: fileSystem)
            }
            try file.checkpointIfLong(layout, fileSystem: fileSystem)
            if holdsWholeLedger {
                let counts = try file.stackCounts()
                if counts.undo != ledger.undoStack.count || counts.redo != ledger.redoStack.count { writeAnewIgnoringFailure(ledger) }
            }
        } catch {
            // The journal holds the record; the file is behind it and will not be read as current.
            if holdsWholeLedger { writeAnewIgnoringFailure(ledger) }
        }
    }

    /// Past this many items touched by one record (an import), the file is written anew.
    static let wholeReadInPlaceAbove = 5_000

    /// Writes the file anew from `ledger`; a failure leaves it behind the journals, which is
    /// never read as current.
    private func writeAnewIgnoringFailure(_ ledger: Ledger) {
        try? writeReadInPlaceAnew(ledger)
    }

    /// Writes the file anew from `ledger` (whole, history loaded).
    private func writeReadInPlaceAnew(_ ledger: Ledger) throws {
        try SnapshotDatabase.rebuild(snapshotValue(of: ledger), header: snapshotValue(of: ledger.withoutItems),
                                     layout: layout, fileSystem: fileSystem)
    }
}

extension Journal {
    /// Writes the snapshot read in place anew from `ledger` (whole, history loaded); only
    /// inside `exclusively`, after `readNews` (`accord journal rebuild`).
    func rebuildReadInPlace(_ ledger: Ledger) throws {
        guard holdsWriteLock, holdsWholeLedger else { throw JournalError.historyNotLoaded }
        guard readInPlacePays else { return ReadInPlaceCheck.discard(layout, fileSystem: fileSystem) }
        try writeReadInPlaceAnew(ledger)
    }
}
