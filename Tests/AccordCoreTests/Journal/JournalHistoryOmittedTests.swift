import Foundation
import Testing
@testable import AccordCore

/// Opening without the undo history (what read-only commands do) shows the same
/// state and can never write a snapshot that would lose the history.
@Suite struct JournalHistoryOmittedTests {
    /// A directory whose snapshot holds an undo history, and a change after it.
    private func compactedWithHistory(_ dir: TempDirectory) throws -> Ledger {
        let store = try Store.seeded(dir)
        try store.tick("a1")
        try store.rebuildCache()
        try store.untick("a2")
        return store.ledger
    }

    @Test func theStateIsTheSameAndTheHistoryIsNotLoaded() throws {
        let dir = TempDirectory()
        let live = try compactedWithHistory(dir)
        #expect(live.undoStack.count == 3)
        let store = try Store.open(directory: dir.data, JournalOptions(history: false, now: fixedNow))
        #expect(store.state == live.state)
        #expect(store.journal?.historyOmitted == true)
        #expect(store.ledger.undoStack.isEmpty, "the cache holds every change: no history read, none replayed")
        #expect(store.journal?.notices == [] && store.journal?.damage == [])
    }

    @Test func noSnapshotIsWrittenWithoutTheHistory() throws {
        let dir = TempDirectory()
        _ = try compactedWithHistory(dir)
        let store = try Store.open(directory: dir.data, JournalOptions(history: false, now: fixedNow))
        #expect(throws: JournalError.historyNotLoaded) { try store.rebuildCache() }
        try store.perform(Change(label: "note", events: [.noteSet(id: "a1", note: "écrit après")]))
        let full = try Store.open(directory: dir.data, JournalOptions(readOnly: true, now: fixedNow))
        #expect(full.ledger.undoStack.count == 4, "the history is all there: two in the cache, the untick and the note after")
        // The cache took the note row by row, its history pushed on top of what it held: still whole.
        let replayed = try Journal.open(directory: dir.data, JournalOptions(readOnly: true, useCache: false, now: fixedNow)).1
        #expect(ReadInPlaceCheck.of(dir.layout, against: replayed) == .agrees(seq: 4))
    }

    /// An undo record carries the change it applied: merging it needs no history (the stacks,
    /// which it would move, are not there to move), so the history stays unread.
    @Test func anUndoRecordAfterTheSnapshotNeedsNoHistory() throws {
        let dir = TempDirectory()
        var live: Ledger
        do {
            _ = try compactedWithHistory(dir)
            let store = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
            try store.undo()
            try store.undo()
            live = store.ledger
        }
        #expect(live.undoStack.count == 1 && live.redoStack.count == 2)
        let store = try Store.open(directory: dir.data, JournalOptions(history: false, now: fixedNow))
        #expect(store.journal?.historyOmitted == true)
        #expect(store.state == live.state && store.ledger.conflicts == live.conflicts)
        #expect(store.ledger.undoStack.isEmpty, "the snapshot's history was not read")
        #expect(store.journal?.damage == [])
        #expect(throws: JournalError.historyNotLoaded) { try store.rebuildCache() }
    }
}
