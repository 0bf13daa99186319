import Foundation
import Testing
@testable import AccordCore

@Suite struct JournalReplayTests {
    @Test func checksumMatchesTheCRC32CTestVector() {
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
    }

    @Test func aRecordIsOneReadableLine() throws {
        let dir = TempDirectory()
        let store = try Store.seeded(dir)
        try store.tick("a1")
        let text = String(decoding: dir.bytes(TempDirectory.journal), as: UTF8.self)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].hasPrefix(CRC32C.hex(Array(lines[1].dropFirst(9).utf8)) + " {"))
        #expect(lines[1].contains(#""seq":2"#) && lines[1].contains(#""type":"actionTicked""#))
        #expect(lines[1].contains(#""kind":"change""#) && lines[1].hasPrefix(CRC32C.hex(Array(lines[1].dropFirst(9).utf8)) + #" {"v":3,"replica":"t1","seq":2,"clock":"#))
    }

    @Test func reopeningReplaysToTheSameLedger() throws {
        let dir = TempDirectory()
        var live: Ledger
        do {
            let store = try Store.seeded(dir)
            try store.tick("a1")
            try store.perform(Change(label: "note", events: [.noteSet(id: "a2", note: "écrit à Créteil\nligne 2")]))
            try store.undo()
            live = store.ledger
        }
        let reopened = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        #expect(reopened.ledger == live)
        #expect(reopened.journal?.lastSeq == 4)
        #expect(reopened.journal?.notices == [])
    }

    @Test func undoAndRedoWorkAcrossRestarts() throws {
        let dir = TempDirectory()
        do {
            let store = try Store.seeded(dir)
            try store.tick("a1")
        }
        do {
            let store = try Store.open(directory: dir.data)
            #expect(store.state.actions["a1"]?.isDone == true)
            try store.undo()
            #expect(store.state.actions["a1"]?.isDone == false)
        }
        do {
            let store = try Store.open(directory: dir.data)
            #expect(store.state.actions["a1"]?.isDone == false)
            try store.redo()
        }
        let store = try Store.open(directory: dir.data)
        #expect(store.state.actions["a1"]?.isDone == true)
        #expect(store.canUndo && !store.canRedo)
    }

    @Test(arguments: 1...12)
    func randomHistoriesReplayToTheLiveLedger(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed))
        let dir = TempDirectory()
        var live: Ledger
        do {
            let store = try Store.seeded(dir)
            try store.perform(Change(label: "more", events: (3...8).map {
                .actionCreated(Action(id: "x\($0)", commitmentID: "c-stages", title: "Action \($0)", rank: 100 + $0))
            }))
            let ids = ["a1", "a2"] + (3...8).map { "x\($0)" }
            for step in 0..<60 {
                let id = ids.randomElement(using: &random)!
                switch Int.random(in: 0..<6, using: &random) {
                case 0: _ = try? store.tick(id)
                case 1: _ = try? store.untick(id)
                case 2: _ = try? store.perform(Change(label: "note", events: [.noteSet(id: id, note: "n\(step)")]))
                case 3: _ = try? store.undo()
                case 4: _ = try? store.redo()
                default:
                    if step % 20 == 19 { try store.rebuildCache() } else { _ = try? store.undo() }
                }
            }
            live = store.ledger
        }
        let reopened = try Store.open(directory: dir.data)
        #expect(reopened.ledger == live)
    }

    @Test func compactionKeepsUndoHistory() throws {
        let dir = TempDirectory()
        do {
            let store = try Store.seeded(dir)
            try store.tick("a1")
            try store.rebuildCache()
            // The journal is shared with the other replicas: a snapshot, local, never takes records out of it.
            #expect(JournalScan(dir.bytes(TempDirectory.journal)).entries.map(\.record.seq) == [1, 2])
            #expect(!dir.bytes(TempDirectory.snapshot).isEmpty)
        }
        let store = try Store.open(directory: dir.data)
        #expect(store.journal?.snapshotSeq == 2)
        #expect(store.state.actions["a1"]?.isDone == true)
        try store.undo()
        #expect(store.state.actions["a1"]?.isDone == false)
        #expect(store.journal?.lastSeq == 3)
    }

    @Test func theCacheFollowsEveryChange() throws {
        let dir = TempDirectory()
        let store = try Store.seeded(dir)
        for i in 0..<20 { try store.perform(Change(label: "n", events: [.noteSet(id: "a1", note: "note \(i)")])) }
        let part = try Store.open(directory: dir.data, JournalOptions(readOnly: true, scope: .items(["a1"]), now: fixedNow))
        #expect(part.journal?.isPartial == true && part.journal?.snapshotSeq == 21, "the cache holds every record, read alone")
        #expect(part.state.actions["a1"]?.note == "note 19")
        #expect(JournalScan(dir.bytes(TempDirectory.journal)).entries.count == 21, "the journal keeps every record")
        let live = store.ledger
        _ = consume store
        #expect(try Store.open(directory: dir.data).ledger == live)
    }

    @Test func filesAreReadableByTheirOwnerOnly() throws {
        let dir = TempDirectory()
        let store = try Store.seeded(dir)
        try store.rebuildCache()
        try store.tick("a1")
        func mode(_ path: String) throws -> Int {
            (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
        }
        #expect(try mode(dir.data) == 0o700)
        #expect(try mode(dir.data + "/" + TempDirectory.journal) == 0o600)
        #expect(try mode(dir.data + "/" + TempDirectory.snapshot) == 0o600)
        #expect(try mode(dir.data + "/local/lock") == 0o600)
        #expect(try mode(dir.data + "/local") == 0o700)
        #expect(try mode(dir.data + "/journal") == 0o700)
    }
}

@Suite struct TimestampTests {
    @Test func localMinuteConvertsUTCToTheLocalZoneAndLeavesOtherTextAlone() {
        let paris = TimeZone(identifier: "Europe/Paris")!
        #expect(Timestamp.localMinute("2026-11-22T10:04:05Z", timeZone: paris) == "2026-11-22 11:04")
        #expect(Timestamp.localMinute("2026-07-01T23:30:00Z", timeZone: paris) == "2026-07-02 01:30", "summer time, next day")
        #expect(Timestamp.localMinute("not a time") == "not a time")
        #expect(Timestamp.localMinute("2026-11-22T10:04:0xZ") == "2026-11-22T10:04:0xZ")
    }
}
