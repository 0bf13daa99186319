import Foundation
import Testing
@testable import AccordCore

/// The store tells its subscribers every committed record; the search index, the totals and the
/// recent changes follow the data through those records alone and always equal a fresh count.
@Suite struct StoreSubscriberTests {
    /// A random change of the generated data: rename, note, tick/untick, delete or add an action,
    /// delete or edit an agreement's partners, or an undo / redo.
    private func randomStep(_ step: Int, _ store: Store, _ random: inout SplitMix64) throws {
        let state = store.state
        let actionIDs = state.actions.keys.sorted()
        let id = actionIDs[Int(random.next() % UInt64(actionIDs.count))]
        var action = state.actions[id]!
        switch random.next() % 9 {
        case 0:
            action.title = "Renommée \(step) zèbre"
            // A series is done occurrence by occurrence (its doneOn cannot be set).
            if action.repeats == nil { action.doneOn = action.doneOn == nil ? Day("2026-01-0\(step % 9 + 1)") : nil }
            try store.perform(Change(label: "edit", events: [.actionUpdated(action)]))
        case 1: try store.perform(Change(label: "note", events: [.noteSet(id: id, note: "note n\(step)")]))
        case 2: _ = action.isDone ? try store.untick(id) : try store.tick(id)
        case 3: try store.perform(Change(label: "delete", events: [.actionDeleted(id: id)]))
        case 4:
            try store.perform(Change(label: "add", events: [.actionCreated(Action(
                id: "new-\(step)", commitmentID: action.commitmentID, title: "Nouvelle \(step)",
                doneOn: step % 2 == 0 ? Day("2026-02-02") : nil, rank: state.nextRank))]))
        case 5 where state.agreements.count > 15:
            let agreementIDs = state.agreements.keys.sorted()
            guard let agreementID = agreementIDs.first(where: { state.commitmentIDsByAgreement[$0] == nil }) else {
                try store.perform(try Deletion(of: agreementIDs[Int(random.next() % UInt64(agreementIDs.count))], in: state).change)
                return
            }
            try store.perform(Change(label: "delete agreement", events: [.agreementDeleted(id: agreementID)]))
        case 6:
            var agreement = state.agreements[state.agreements.keys.sorted()[Int(random.next() % UInt64(state.agreements.count))]]!
            agreement.associates = agreement.associates.isEmpty ? [state.partners.keys.sorted()[step % state.partners.count]] : []
            agreement.associates.removeAll { agreement.signatories.contains($0) }
            try store.perform(Change(label: "associates", events: [.agreementUpdated(agreement)]))
        case 5, 7: if store.canUndo { try store.undo() }
        default: if store.canRedo { try store.redo() }
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func totalsRecentChangesAndTheIndexFollowEveryRecord(seed: UInt64) throws {
        // The generated data without its import in the undo history (an undo must not empty it).
        var generated = AccordState.withBuiltInCategories
        _ = try Reducer.apply(DataGenerator(agreements: 30, seed: 5).change(for: generated), to: &generated)
        // Recurring actions too: ticking one adds an occurrence, unticking that removes it.
        let commitment = generated.commitments.keys.sorted()[0]
        for (index, rule) in ["every 1 week from 2026-01-05", "every 1 month from 2026-01-31", "every 1 year from 2024-02-29"].enumerated() {
            var series = Action(id: "series-\(index)", commitmentID: commitment, title: "Série \(index)", rank: generated.nextRank)
            series.repeats = Recurrence(text: rule)
            try Reducer.apply(.actionCreated(series), to: &generated)
        }
        let store = Store(ledger: Ledger(state: generated), journal: nil)
        var totals = Totals(store.state)
        var recent = RecentChanges()
        var received: [CommittedRecord] = []
        store.subscribe { record in
            totals.follow(record)
            recent.follow(record)
            received.append(record)
        }
        let live = LiveSearchIndex(state: store.state, background: true)
        store.subscribe(live)
        var random = SplitMix64(seed: seed)
        for step in 0..<400 {
            let before = received.count
            try randomStep(step, store, &random)
            #expect(received.count <= before + 1, "one record per change")
            #expect(totals == Totals(store.state), "seed \(seed), step \(step): the totals drifted")
            if step == 50 { _ = live.search(try SearchQuery.parse("x"), in: store.state, today: store.today) }
        }
        #expect(received.count > 300)
        #expect(received.map(\.record.seq) == Array(1...received.count), "numbered in order")
        #expect(recent.entries.map(\.seq) == received.suffix(RecentChanges.limit).map(\.record.seq))
        #expect(live.current == SearchIndex(store.state), "seed \(seed): the index drifted from a rebuild")
    }

    @Test func aRecordCarriesItsInverseAndAnUndoIsPublishedToo() throws {
        let store = Store(ledger: Ledger(state: Fixtures.small), journal: nil)
        var received: [CommittedRecord] = []
        let id = store.subscribe { received.append($0) }
        try store.tick("a1")
        try store.undo()
        try store.redo()
        #expect(received.map(\.kind) == [.change, .undo, .redo])
        #expect(received[0].inverse.events == [.actionUnticked(id: "a1")])
        #expect(received[1].description.hasPrefix("Undid: Ticked 'Publier les offres'"))
        store.unsubscribe(id)
        try store.untick("a1")
        #expect(received.count == 3, "no record after unsubscribing")
        // A refused change publishes nothing.
        #expect(throws: AccordError.self) { try store.tick("nothing") }
        #expect(received.count == 3)
    }

    @Test func theBackgroundIndexTakesInWhatChangedWhileItWasBuilt() throws {
        let store = Store(ledger: Ledger(state: Fixtures.sample), journal: nil)
        let live = LiveSearchIndex(state: store.state, background: true)
        store.subscribe(live)
        try store.perform(Change(label: "note", events: [.noteSet(id: "uo-h1", note: "Rencontre zébrée")]))
        try store.untick("uo-s1")
        #expect(!live.isReady)
        let hits = live.search(try SearchQuery.parse("zebree"), in: store.state, today: Day("2026-11-22")!)
        #expect(hits.map(\.id) == ["uo-h1"])
        #expect(live.current == SearchIndex(store.state))
    }

    @Test func aJournaledStoreNumbersItsRecordsAsTheJournalDoes() throws {
        let dir = TempDirectory()
        let store = try Store.seeded(dir)
        var seqs: [Int] = []
        store.subscribe { seqs.append($0.record.seq) }
        try store.tick("a1")
        try store.undo()
        #expect(seqs == [2, 3] && store.journal?.lastSeq == 3)
    }
}
