import Foundation
import Synchronization
import Testing
@testable import AccordCore

@Suite struct JournalFaultTests {
    @Test(arguments: [
        FaultyFileSystem.Fault.partialWrite(17), .fail(ENOSPC), .fail(EIO),
    ])
    func aFailedWriteSavesNothingAndTurnsReadOnly(fault: FaultyFileSystem.Fault) throws {
        try failingAppend(op: "write", fault: fault)
    }

    @Test func aFailedFsyncSavesNothingAndTurnsReadOnly() throws {
        try failingAppend(op: "fsync", fault: .fail(EIO))
    }

    /// A stop signal that arrives while a record is being written is held until the record
    /// is whole and synced, then handled as before (here: by the test's own handler).
    /// In a child process of its own (an exit test): signal handling is process-wide, and
    /// other tests' journals write in parallel in this one.
    @Test func aStopSignalDuringTheWriteWaitsForTheWholeRecord() async {
        await #expect(processExitsWith: .success) {
            let dir = TempDirectory()
            let fs = FaultyFileSystem()
            let store = try Store.seeded(dir, fileSystem: fs)
            signalsSeenByTest.store(0, ordering: .sequentiallyConsistent)
            _ = signal(SIGQUIT) { _ in signalsSeenByTest.add(1, ordering: .sequentiallyConsistent) }
            var seenDuringWrite: Int32 = -1
            fs.beforeWrite = {
                kill(getpid(), SIGQUIT)   // process-directed, as `kill` from a shell sends it
                usleep(20_000)            // time for any thread to take it
                seenDuringWrite = signalsSeenByTest.load(ordering: .sequentiallyConsistent)
            }
            try store.tick("a1")
            fs.beforeWrite = nil
            precondition(seenDuringWrite == 0, "the signal was handled in the middle of the write")
            for _ in 0..<1_000 where signalsSeenByTest.load(ordering: .sequentiallyConsistent) == 0 { usleep(1_000) }
            precondition(signalsSeenByTest.load(ordering: .sequentiallyConsistent) == 1,
                         "the held signal was not handled once the record was written")
            let reopened = try Store.open(directory: dir.data)
            precondition(reopened.state.actions["a1"]?.isDone == true, "the record is there")
        }
    }

    private func failingAppend(op: String, fault: FaultyFileSystem.Fault) throws {
        let dir = TempDirectory()
        let fs = FaultyFileSystem()
        var before: Ledger
        do {
            let store = try Store.seeded(dir, fileSystem: fs)
            before = store.ledger
            let journalBefore = dir.bytes(TempDirectory.journal)
            // No cache to give way to the record (that is BoundaryTests' case): the write fails.
            ReadInPlaceCheck.discard(dir.layout)
            var armed = true
            fs.rule = { name, _, _ in
                guard armed, name == op else { return nil }
                armed = false
                return fault
            }
            #expect(throws: JournalError.self) { try store.tick("a1") }
            #expect(store.ledger == before, "the state is unchanged")
            #expect(dir.bytes(TempDirectory.journal) == journalBefore, "partial bytes were cut off")
            guard case .writeFailed? = store.readOnlyReason else {
                Issue.record("expected read-only after a failed write")
                return
            }
            #expect(throws: JournalError.self) { try store.tick("a1") }
        }
        let reopened = try Store.open(directory: dir.data)
        #expect(reopened.ledger == before)
        #expect(reopened.readOnlyReason == nil)
        try reopened.tick("a1")
    }

    @Test func aCrashAtEachCompactionStepLosesNothingAndAppliesNothingTwice() throws {
        var crashPoint = 1
        while true {
            let dir = TempDirectory()
            let fs = FaultyFileSystem()
            var live: Ledger
            var lastSeq: Int
            var completed = false
            do {
                let store = try Store.seeded(dir, fileSystem: fs)
                try store.tick("a1")
                try store.perform(Change(label: "note", events: [.noteSet(id: "a2", note: "avant")]))
                try store.undo()
                live = store.ledger
                lastSeq = store.journal!.lastSeq
                let start = fs.calls
                fs.rule = { _, _, n in n - start == crashPoint ? .crash : nil }
                do {
                    try store.rebuildCache()
                    completed = !fs.crashed
                } catch {
                    #expect(fs.crashed)
                }
            }
            let reopened = try Store.open(directory: dir.data)
            #expect(reopened.ledger == live, "crash at step \(crashPoint)")
            #expect(reopened.journal?.lastSeq == lastSeq, "crash at step \(crashPoint)")
            #expect(reopened.journal?.damage == [], "crash at step \(crashPoint)")
            try reopened.redo()
            #expect(reopened.journal?.lastSeq == lastSeq + 1)
            let redone = reopened.ledger
            _ = consume reopened
            #expect(try Store.open(directory: dir.data).ledger == redone, "crash at step \(crashPoint)")
            if completed { break }
            crashPoint += 1
            #expect(crashPoint < 30, "compaction never completed")
            if crashPoint >= 30 { break }
        }
        #expect(crashPoint > 5, "the crash points covered every step")
    }
}

/// Counts SIGQUITs seen by the test's handler (the shield test).
let signalsSeenByTest = Atomic<Int32>(0)
