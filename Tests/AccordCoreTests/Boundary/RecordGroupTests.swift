import Foundation
import Glibc
import Testing
@testable import AccordCore

/// A change too large for one bounded record is written as a group of records, applied and
/// undone as one change once every record of the group is there — the same way everywhere.
@Suite struct RecordGroupTests {
    /// A change creating `count` actions under the small fixture's commitment.
    private func largeChange(_ count: Int, prefix: String = "g") -> Change {
        Change(label: "Imported \(count) actions", events: (0..<count).map {
            .actionCreated(Action(id: "\(prefix)\($0)", commitmentID: "c-stages", title: "Action \($0)", rank: 1_000 + $0))
        })
    }

    private func lines(_ dir: TempDirectory, _ name: String = TempDirectory.journal) -> [String] {
        String(decoding: dir.bytes(name), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func aLargeChangeIsWrittenAsAGroupReadBackAsOneAndUndoneAsOne() throws {
        let dir = TempDirectory()
        let store = try Store.seeded(dir)
        let before = store.state
        try store.perform(largeChange(9_001))
        let written = lines(dir)
        #expect(written.count == 1 + 3, "three records of at most \(RecordGroup.eventsPerRecord) events")
        #expect(written.allSatisfy { $0.utf8.count < 2 << 20 })
        #expect(written.dropFirst().allSatisfy { $0.contains(#""group":{"first":2,"count":3}"#) })
        #expect(store.journal?.lastSeq == 4)
        try? FileManager.default.removeItem(atPath: dir.data + "/" + TempDirectory.snapshot)
        let reopened = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        #expect(reopened.state == store.state)
        #expect(reopened.journal?.lastSeq == 4)
        #expect(reopened.journal?.damage.isEmpty == true)
        try reopened.undo()
        #expect(reopened.state.actions == before.actions, "one undo takes back the whole group")
        #expect(lines(dir).count == 1 + 3 + 3, "the undo is a group too")
        try? FileManager.default.removeItem(atPath: dir.data + "/" + TempDirectory.snapshot)
        let again = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        #expect(again.state.actions == before.actions)
        try again.redo()
        #expect(again.state.actions.count == before.actions.count + 9_001)
    }

    @Test func anotherProcessFollowsAGroupAsOneRecord() throws {
        let dir = TempDirectory()
        let writer = try Store.seeded(dir)
        let follower = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        var told: [Int] = []
        follower.subscribe { told.append($0.record.seq) }
        try writer.perform(largeChange(4_500))
        #expect(try follower.followOthers() == .applied(1))
        #expect(told == [3])
        #expect(follower.state == writer.state)
    }

    @Test func aGroupCutShortAtTheEndOfThisReplicasJournalIsQuarantinedAndNothingOfItApplies() throws {
        let dir = TempDirectory()
        let before: AccordState
        do {
            let store = try Store.seeded(dir)
            before = store.state
            try store.perform(largeChange(9_001))
        }
        // A crash after two of the three records reached the disk.
        let kept = lines(dir).prefix(3).joined(separator: "\n") + "\n"
        dir.write(TempDirectory.journal, Array(kept.utf8))
        try? FileManager.default.removeItem(atPath: dir.data + "/" + TempDirectory.snapshot)
        let store = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        #expect(store.state == before)
        #expect(store.readOnlyReason == nil)
        #expect(dir.files(in: TempDirectory.quarantine).count == 1)
        #expect(store.journal?.notices.contains { $0.contains("a group of 3 records ending after 2 of them") } == true)
        try store.tick("a1")
        #expect(store.journal?.lastSeq == 2)
    }

    @Test func anotherReplicasGroupWaitsUntilWholeThenAppliesAtOnceAndOneCutByDamageIsNamed() throws {
        let dir = TempDirectory()
        let store = try Store.seeded(dir)
        var record = JournalRecord(replica: "peer", seq: 3, clock: 1_900_000_000_000_000, at: "2030-01-01T00:00:00Z", kind: .change,
                                   change: largeChange(9_001, prefix: "p"))
        record.group = RecordGroup(first: 1, count: 3)
        let parts = PeerSigning.lines(record)
        dir.write("journal/peer.log", parts[0] + parts[1])
        #expect(try store.followOthers() == .unchanged)
        #expect(store.journal?.peerNotices == [], "a group still arriving is not damage")
        let handle = try #require(FileHandle(forWritingAtPath: dir.data + "/journal/peer.log"))
        handle.seekToEndOfFile()
        handle.write(Data(parts[2]))
        try handle.close()
        #expect(try store.followOthers() == .applied(1))
        #expect(store.state.actions["p9000"] != nil)
        // Its second record damaged, and a record after it: the group is damage, named.
        var bad = parts[1]
        bad[20] ^= 0x01
        dir.write("journal/peer2.log", [])
        var other = record
        other.replica = "peer2"
        let otherParts = PeerSigning.lines(other)
        var next = JournalRecord(replica: "peer2", seq: 4, clock: 1_900_000_000_000_001, at: "2030-01-01T00:00:00Z", kind: .change,
                                 change: Change(label: "x", events: []))
        next.group = nil
        dir.write("journal/peer2.log", otherParts[0] + bad.map { $0 } + otherParts[2] + PeerSigning.line(next))
        _ = try store.followOthers()
        #expect(store.journal?.peerNotices.contains { $0.contains("journal/peer2.log is damaged") } == true)
        #expect(store.state.actions["p0"] != nil && store.ledger.frontier["peer2"] == nil)
    }

    @Test func recordsOfAGroupOutOfBoundsAreDamage() {
        var record = JournalRecord(replica: "b1", seq: 5, clock: 1_800_000_000_000_000, at: "2027-01-01T00:00:00Z", kind: .change,
                                   change: Change(label: "x", events: []))
        record.group = RecordGroup(first: 1, count: 3)
        #expect(RecordBounds.problem(in: record) != nil, "record 5 is not in a group of 1…3")
        record.group = RecordGroup(first: 5, count: 1)
        #expect(RecordBounds.problem(in: record) != nil, "a group has two records at least")
        record.group = RecordGroup(first: 4, count: 2)
        #expect(RecordBounds.problem(in: record) == nil)
    }
}
