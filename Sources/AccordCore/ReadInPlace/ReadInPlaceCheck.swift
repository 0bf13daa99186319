/// How the snapshot read in place compares with the journals replayed whole (`accord journal verify`).
public enum ReadInPlaceCheck: Hashable, Sendable {
    /// There is none (it is written at the next opening to write).
    case none
    /// It holds exactly what the journals hold, up to this replica's record `seq`.
    case agrees(seq: Int)
    /// The journals gained records since it was written; it is brought up to date at the next change.
    case behind(seq: Int)
    /// It claims to hold what the journals hold, but holds something else.
    case differs(seq: Int)
    /// It cannot be read (why).
    case unreadable(String)

    /// Compares the file of `layout` with `ledger`, the journals replayed from their start.
    public static func of(_ layout: DataLayout, against ledger: Ledger, fileSystem: FileSystem = PosixFileSystem()) -> ReadInPlaceCheck {
        do throws(SnapshotDatabase.Problem) {
            let file: SnapshotDatabase?
            do { file = try SnapshotDatabase.open(layout, write: false) } catch { throw .sqlite(error) }
            guard let file else { return .none }
            let held = try file.wholeSnapshot(try file.header())
            guard SnapshotDatabase.isCurrent(held, layout: layout, fileSystem: fileSystem) else {
                return .behind(seq: held.lastSeq)
            }
            let kept = try file.agreementProgress()
            let counted = Dictionary(uniqueKeysWithValues: ledger.state.agreements.keys.map { ($0, ledger.state.progress(ofAgreement: $0)) })
            let same = held.frontier == ledger.frontierRefs && held.state == ledger.state && held.conflicts == ledger.conflicts
                && held.undoStack == ledger.undoStack && held.redoStack == ledger.redoStack && held.writers == ledger.fieldWriters
                && held.tombstones == Snapshot.sortedTombstones(ledger) && held.clocks == ledger.clocks.values.sorted { $0.replica < $1.replica }
                && kept == counted
            return same ? .agrees(seq: held.lastSeq) : .differs(seq: held.lastSeq)
        } catch {
            return .unreadable(error.description)
        }
    }
}

extension ReadInPlaceCheck {
    /// Removes the snapshot read in place of `layout` and its side files: the next opening
    /// to write writes it again from the journals.
    public static func discard(_ layout: DataLayout, fileSystem: FileSystem = PosixFileSystem()) {
        for file in [layout.cache] + layout.cacheSideFiles where fileSystem.fileExists(file) {
            try? fileSystem.remove(file)
        }
    }
}
