import Foundation
import Testing
@testable import AccordCore

/// `local/snapshot.sqlite` is the one cache of the journals: whole openings start from it, a
/// missing or damaged one is rebuilt from the journals, one behind them is caught up in place.
@Suite struct OneCacheTests {
    private func inode(_ path: String) -> UInt64? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber)?.uint64Value
    }

    /// The journals replayed from their start, for comparison.
    private func replayed(_ dir: TempDirectory) throws -> Ledger {
        try Journal.open(directory: dir.data, JournalOptions(readOnly: true, useCache: false, now: fixedNow)).1
    }

    @Test func aWholeOpeningStartsFromTheCacheAndNoOtherSnapshotIsWritten() throws {
        let dir = TempDirectory()
        let store = try Store.seeded(dir)
        try store.tick("a1")
        try store.untick("a2")
        let reopened = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        #expect(reopened.journal?.snapshotSeq == 3 && reopened.journal?.replayedCount == 0, "every record is in the cache")
        #expect(reopened.ledger == store.ledger, "history included")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.data + "/local").filter { $0.hasPrefix("snapshot") && !$0.hasPrefix("snapshot.sqlite") } == [])
    }

    /// A dashboard follows a teammate's records without the lock (a synced folder brought
    /// them; no process kept the cache): its next write takes them into the cache row by row
    /// with its own record, not by writing the cache anew.
    @Test func recordsFollowedWithoutTheLockReachTheCacheWithTheNextWrite() throws {
        let team = TeamFolder(replicas: 2)
        let (first, second) = try team.seededPair()
        try second.setNote(of: "a2", to: "Nancy")
        team.copy(from: 1, to: 0)
        #expect(try first.followOthers() == .applied(1))
        let layout = try #require(first.journal?.layout)
        let before = inode(layout.cache)
        try first.tick("a1")
        #expect(inode(layout.cache) == before, "kept in place, not written anew")
        let replayed = try Journal.open(directory: layout.directory, JournalOptions(readOnly: true, useCache: false)).1
        #expect(replayed.state.actions["a2"]?.note == "Nancy")
        #expect(ReadInPlaceCheck.of(layout, against: replayed) == .agrees(seq: 2), "the cache holds the teammate's note and the tick")
    }

    @Test func aSnapshotLeftByAnEarlierVersionIsRemovedNotRead() throws {
        let dir = TempDirectory()
        let store = try Store.seeded(dir)
        try store.tick("a1")
        // What an earlier Accord kept beside the cache: never read again, so never trusted.
        dir.write("local/snapshot.json", Array("0badc0de {\"v\":2,\"nonsense\":true}\n".utf8))
        dir.write("local/snapshot.json.tmp", Array("half".utf8))
        let reopened = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        #expect(reopened.ledger == store.ledger && reopened.journal?.notices == [])
        #expect(!FileManager.default.fileExists(atPath: dir.data + "/local/snapshot.json"))
        #expect(!FileManager.default.fileExists(atPath: dir.data + "/local/snapshot.json.tmp"))
    }

    @Test func aDeletedCacheIsRebuiltFromTheJournalsByTheNextOpening() throws {
        let dir = TempDirectory()
        let store = try Store.seeded(dir)
        try store.tick("a1")
        ReadInPlaceCheck.discard(dir.layout)
        let reopened = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        #expect(reopened.journal?.replayedWhole == true && reopened.ledger == store.ledger)
        #expect(ReadInPlaceCheck.of(dir.layout, against: try replayed(dir)) == .agrees(seq: 2), "written again at once")
        #expect(try Store.open(directory: dir.data, JournalOptions(now: fixedNow)).journal?.replayedWhole == false)
    }

    @Test func aCacheBehindAnotherReplicasRecordsIsCaughtUpInPlace() throws {
        let team = TeamFolder(replicas: 2)
        let paris = try team.open(0)
        try paris.perform(try SampleData.change(for: paris.state))
        team.copy(from: 0, to: 1)
        let nancy = try team.open(1)
        try nancy.tick("uo-h1")
        try nancy.perform(Change(label: "note", events: [.noteSet(id: "uo-h2", note: "vu à Nancy")]))
        let cache = DataLayout(directory: team.directory(team.ids[0]), replica: team.ids[0]).cache
        let before = try #require(inode(cache))
        team.copy(from: 1, to: 0)
        // Paris opens: the cache, then Nancy's two records after it — taken into the cache row by row.
        let opened = try team.open(0)
        #expect(opened.journal?.snapshotSeq == 1 && opened.journal?.replayedCount == 2 && opened.journal?.replayedWhole == false)
        #expect(opened.state.actions["uo-h1"]?.isDone == true && opened.state.actions["uo-h2"]?.note == "vu à Nancy")
        #expect(inode(cache) == before, "caught up in place, not written anew")
        let whole = try Journal.open(directory: team.directory(team.ids[0]), JournalOptions(readOnly: true, useCache: false)).1
        #expect(ReadInPlaceCheck.of(opened.journal!.layout, against: whole) == .agrees(seq: 1))
        let part = try Store.open(directory: team.directory(team.ids[0]), JournalOptions(readOnly: true, scope: .items(["uo-h2"])))
        #expect(part.journal?.isPartial == true && part.state.actions["uo-h2"]?.note == "vu à Nancy", "current: read in part")
    }

    @Test func aJournalEditedInPlaceSinceTheCacheIsReadWhole() throws {
        let dir = TempDirectory()
        let store = try Store.seeded(dir)
        try store.tick("a1")
        var bytes = dir.bytes(TempDirectory.journal)
        // Same length, another byte: a cache keyed on lengths alone would hide it.
        bytes[20] ^= 0x01
        dir.write(TempDirectory.journal, bytes)
        // Written since the cache read it (set, not waited for: a clock's tick is no condition).
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3_600)], ofItemAtPath: dir.data + "/" + TempDirectory.journal)
        let reopened = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        #expect(reopened.journal?.replayedWhole == true)
        guard case .damaged(_, let line, _)? = reopened.readOnlyReason else {
            Issue.record("the flipped record is found: \(String(describing: reopened.readOnlyReason))")
            return
        }
        #expect(line == 1)
    }
}
