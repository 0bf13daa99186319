import Foundation
import Testing
@testable import AccordCore

/// Derived data kept one way: a projection is applied the committed records, in batches, with
/// the ledger already holding them, and rebuilt when the data is read again whole.
@Suite struct ProjectionTests {
    /// Keeps what it was told: each batch's sequence numbers, and whether `a1` was there then.
    private final class Recorder: Projection {
        var batches: [[Int]] = []
        var rebuilds = 0
        var noteWhenTold: [String?] = []

        func apply(_ records: [CommittedRecord], to ledger: Ledger) {
            batches.append(records.map(\.record.seq))
            noteWhenTold.append(ledger.state.actions["a1"]?.note)
        }

        func rebuild(from ledger: Ledger) { rebuilds += 1 }
    }

    @Test func aProjectionIsToldEachCommitAfterTheLedgerHoldsIt() throws {
        let dir = TempDirectory()
        let store = try Store.seeded(dir)
        let recorder = Recorder()
        let id = store.subscribe(recorder)
        try store.setNote(of: "a1", to: "first")
        try store.undo()
        #expect(recorder.batches == [[2], [3]])
        #expect(recorder.noteWhenTold == ["first", ""], "the state it is given is the one after the record")
        store.unsubscribe(id)
        try store.redo()
        #expect(recorder.batches.count == 2, "nothing once unsubscribed")
    }

    @Test func recordsFromElsewhereArriveAsOneBatchAndAReplayRebuilds() throws {
        let team = TeamFolder(replicas: 2, skews: [0, -86_400])
        let (first, second) = try team.seededPair()
        let recorder = Recorder()
        first.subscribe(recorder)
        // Two records of the second replica, its clock a day late: they sort before the first's next.
        try second.setNote(of: "a1", to: "Nancy")
        try second.setNote(of: "a2", to: "Nancy")
        team.copy(from: 1, to: 0)
        try first.followOthers()
        #expect(recorder.batches == [[1, 2]] && recorder.rebuilds == 0, "one batch (the second replica's records 1 and 2) for what one look found")
        team.clocks[0].advance(3_600)
        try first.setNote(of: "a1", to: "Paris")
        try second.setNote(of: "a2", to: "Nancy, encore")
        team.copy(from: 1, to: 0)
        #expect(try first.followOthers() == .reread)
        #expect(recorder.rebuilds == 1, "an older record arrived: the data was read again whole, the projection rebuilt")
    }
}
