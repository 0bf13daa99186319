import Foundation
import Testing
@testable import AccordCore

/// Replicas that change the same agreements offline, then exchange their journals.
@Suite struct TeamMergeTests {
    /// Two replicas holding `Fixtures.small`, made by the first and copied to the second.
    private func pair(skews: [Double] = []) throws -> (TeamFolder, Store, Store) {
        let team = TeamFolder(replicas: 2, skews: skews)
        let (first, second) = try team.seededPair()
        #expect(second.state == first.state)
        return (team, first, second)
    }

    private func edit(_ store: Store, _ id: String, _ change: (inout Action) -> Void, fields: [String]) throws {
        var action = try #require(store.state.actions[id])
        change(&action)
        try store.perform(Change(label: "Edited '\(action.title)'", events: [.actionUpdated(action, fields: fields)]))
    }

    /// Each replica's journal copied to the other, and each follows it.
    private func exchange(_ team: TeamFolder, _ first: Store, _ second: Store) throws {
        team.copy(from: 0, to: 1)
        team.copy(from: 1, to: 0)
        try first.followOthers()
        try second.followOthers()
    }

    @Test func twoReplicasTickingTheSameOccurrenceMergeToOneDoneAction() throws {
        let (team, first, second) = try pair()
        var series = Action(id: "bilan", commitmentID: "c-stages", title: "Bilan", rank: first.state.nextRank)
        series.repeats = Recurrence(text: "every 1 month from 2026-01-31")
        try first.perform(Change(label: "series", events: [.actionCreated(series)]))
        team.copy(from: 0, to: 1)
        try second.followOthers()
        // Both tick the first open occurrence offline, on the same day; the second also the next one.
        try first.tick("bilan")
        team.clocks[1].advance(60)
        try second.tick("bilan")
        try second.tick("bilan")
        try exchange(team, first, second)
        for store in [first, second] {
            #expect(store.state.actions["bilan-2026-01-31"]?.isDone == true)
            #expect(store.state.actions["bilan-2026-02-28"]?.isDone == true)
            #expect(store.state.actions["bilan"]?.due == Day("2026-03-31"))
            #expect(store.conflicts.isEmpty, "the same tick twice is one tick")
        }
        #expect(TeamFolder.canonical(first) == TeamFolder.canonical(second))
    }

    @Test func editsOfDifferentFieldsOfOneActionOfflineAreBothKept() throws {
        let (team, first, second) = try pair()
        try edit(first, "a1", { $0.title = "Publier les offres de stage" }, fields: ["title"])
        team.clocks[1].advance(60)
        try edit(second, "a1", { $0.due = Day("2027-03-01") }, fields: ["due"])
        team.copy(from: 0, to: 1)
        team.copy(from: 1, to: 0)
        #expect(try first.followOthers() == .applied(1))
        #expect(try second.followOthers() != .unchanged)
        for store in [first, second] {
            #expect(store.state.actions["a1"]?.title == "Publier les offres de stage")
            #expect(store.state.actions["a1"]?.due == Day("2027-03-01"))
            #expect(store.conflicts.isEmpty, "different fields never conflict")
        }
        #expect(TeamFolder.canonical(first) == TeamFolder.canonical(second))
    }

    @Test func theSameFieldSetTwiceKeepsTheLaterAndListsTheOtherUntilTakenBack() throws {
        let (team, first, second) = try pair()
        try edit(first, "a1", { $0.title = "Titre de Paris" }, fields: ["title"])
        team.clocks[1].advance(60)
        try edit(second, "a1", { $0.title = "Titre de Nancy" }, fields: ["title"])
        try exchange(team, first, second)
        for store in [first, second] {
            #expect(store.state.actions["a1"]?.title == "Titre de Nancy", "the later clock wins")
            #expect(store.conflicts.count == 1)
            let conflict = try #require(store.conflicts.first)
            #expect(conflict.kind == .overwritten && conflict.itemID == "a1" && conflict.fields == ["title"])
            #expect(conflict.lost == RecordRef(replica: "r1", seq: 2) && conflict.winner == RecordRef(replica: "r2", seq: 1))
        }
        #expect(TeamFolder.canonical(first) == TeamFolder.canonical(second))
        // Paris takes its title back: an ordinary new change, which also settles the conflict everywhere.
        // Named by its short id, the same on both replicas.
        let short = try #require(first.conflicts.first?.shortID)
        #expect(second.conflicts.first?.shortID == short && short.count == 6)
        #expect(throws: AccordError.self) { try first.conflict("1") }
        try first.take(try first.conflict(short.uppercased()).id)
        #expect(first.state.actions["a1"]?.title == "Titre de Paris" && first.conflicts.isEmpty)
        team.copy(from: 0, to: 1)
        try second.followOthers()
        #expect(second.state.actions["a1"]?.title == "Titre de Paris" && second.conflicts.isEmpty)
        #expect(TeamFolder.canonical(first) == TeamFolder.canonical(second))
    }

    /// A note written on one replica while another deletes the action, offline: whichever
    /// sorts first, the note is listed with its value and nothing is silently lost.
    @Test(arguments: [true, false])
    func aNoteLostToADeletionIsListedWithItsValue(deletionSortsLast: Bool) throws {
        let (team, first, second) = try pair()
        team.clocks[deletionSortsLast ? 1 : 0].advance(60)
        try first.setNote(of: "a1", to: "Rappeler le rectorat")
        try second.delete("a1")
        try exchange(team, first, second)
        #expect(TeamFolder.canonical(first) == TeamFolder.canonical(second))
        for store in [first, second] {
            #expect(store.state.actions["a1"] == nil, "the deletion stands")
            let conflict = try #require(store.conflicts.first, "the note is listed")
            #expect(store.conflicts.count == 1 && conflict.itemID == "a1")
            #expect(conflict.lostValues.contains { $0.field == "note" && $0.value == "\"Rappeler le rectorat\"" }, "\(conflict.lostValues)")
            #expect(conflict.kind == (deletionSortsLast ? .deleted : .refused))
        }
        // Taken back — by the one who deleted it, opened afresh from its cache: the action is made
        // again as it last was (from what the cache kept of it), with the note.
        let reopened = try team.open(1)
        #expect(reopened.ledger.tombstones["a1"] != nil, "the deleted action's last value is kept in the cache")
        try reopened.take(try #require(reopened.conflicts.first).id)
        let back = try #require(reopened.state.actions["a1"])
        #expect(back.note == "Rappeler le rectorat" && back.title == Fixtures.small.actions["a1"]?.title && reopened.conflicts.isEmpty)
        team.copy(from: 1, to: 0)
        try first.followOthers()
        #expect(TeamFolder.canonical(first) == TeamFolder.canonical(reopened))
    }

    @Test func twoDeletionsOfOneActionAreNoConflict() throws {
        let (team, first, second) = try pair()
        try first.delete("a1")
        team.clocks[1].advance(60)
        try second.delete("a1")
        try exchange(team, first, second)
        #expect(first.conflicts.isEmpty && second.conflicts.isEmpty, "the same deletion twice is one deletion")
        #expect(first.state.actions["a1"] == nil && TeamFolder.canonical(first) == TeamFolder.canonical(second))
    }

    /// Two actions added offline to one commitment take the same rank: they are shown and
    /// exported in the order of their ids, the same on every replica and in every run.
    @Test func actionsAddedOfflineWithTheSameRankKeepOneOrder() throws {
        let (team, first, second) = try pair()
        let rank = first.state.nextRank
        #expect(second.state.nextRank == rank)
        try first.perform(Change(label: "add", events: [.actionCreated(Action(id: "zz-paris", commitmentID: "c-stages", title: "Paris", rank: rank))]))
        try second.perform(Change(label: "add", events: [.actionCreated(Action(id: "aa-nancy", commitmentID: "c-stages", title: "Nancy", rank: rank))]))
        try exchange(team, first, second)
        for store in [first, second] {
            let ids = store.state.actions(of: "c-stages").map(\.id)
            #expect(ids.suffix(2) == ["aa-nancy", "zz-paris"], "\(ids)")
        }
        #expect(TeamFolder.canonical(first) == TeamFolder.canonical(second))
    }

    /// A replica whose clock runs a year ahead is found out from the records alone — a
    /// colleague's record written after seeing one of its records says it was written a year
    /// before it — the same way on both replicas; a concurrent edit it wins says so.
    @Test func aClockAYearAheadIsNamedFromTheRecordsAlone() throws {
        let (team, first, second) = try pair(skews: [0, 365 * 86_400])
        try edit(second, "a1", { $0.title = "Titre du futur" }, fields: ["title"])
        team.copy(from: 1, to: 0)
        try first.followOthers()
        #expect(first.ledger.clocksAhead.isEmpty, "nothing says so yet")
        // Written after seeing the future record, with today's time.
        team.clocks[0].advance(60)
        try edit(first, "a2", { $0.title = "Vu" }, fields: ["title"])
        // Both edit a1 without seeing each other: the clock a year ahead wins.
        try edit(first, "a1", { $0.title = "Titre de Paris" }, fields: ["title"])
        team.clocks[1].advance(60)
        try edit(second, "a1", { $0.title = "Titre de Nancy" }, fields: ["title"])
        try exchange(team, first, second)
        for store in [first, second] {
            let ahead = try #require(store.ledger.clocksAhead.first, "the clock ahead is named")
            #expect(ahead.replica == "r2" && ahead.ahead > 364 * 86_400 && store.ledger.clocksAhead.count == 1)
            #expect(Language.$current.withValue(.en) { ahead.aheadDescription } == "365 days")
            #expect(store.state.actions["a1"]?.title == "Titre de Nancy")
            let conflict = try #require(store.conflicts.first)
            let said = Language.$current.withValue(.en) { conflict.sentence(names: ReplicaNames(), clocks: store.ledger.clocks) }
            #expect(said.hasSuffix("without having seen it (r2's clock was ahead by about 365 days)."), "\(said)")
        }
        #expect(TeamFolder.canonical(first) == TeamFolder.canonical(second))
        // Kept in the cache: a store opened afresh knows it.
        #expect(try team.open(0).ledger.clocksAhead.map(\.replica) == ["r2"])
    }

    @Test func theSameValueTwiceIsNoConflict() throws {
        let (team, first, second) = try pair()
        try first.tick("a1")
        try second.tick("a1")
        try exchange(team, first, second)
        #expect(first.conflicts.isEmpty && second.conflicts.isEmpty)
        #expect(TeamFolder.canonical(first) == TeamFolder.canonical(second))
    }

    /// The first replica deletes action a1; the second, a minute later and without having seen
    /// that, edits its note; each has the other's journal, not yet read.
    private func deletedHereEditedThere() throws -> (TeamFolder, Store, Store) {
        let (team, first, second) = try pair()
        try first.perform(Change(label: "Deleted 'Publier les offres'", events: [.actionDeleted(id: "a1")]))
        team.clocks[1].advance(60)
        try edit(second, "a1", { $0.note = "relancer en mars" }, fields: ["note"])
        team.copy(from: 0, to: 1)
        team.copy(from: 1, to: 0)
        return (team, first, second)
    }

    @Test func anEditOfAnItemDeletedElsewhereIsListedAndCanBringItBack() throws {
        let (team, first, second) = try deletedHereEditedThere()
        try first.followOthers()
        try second.followOthers()
        for store in [first, second] {
            #expect(store.state.actions["a1"] == nil, "the deletion came first: the edit cannot apply")
            let conflict = try #require(store.conflicts.first)
            #expect(conflict.kind == .refused && conflict.itemID == "a1" && conflict.reason.contains("no action has the id 'a1'"))
        }
        try second.take(second.conflicts[0].id)
        #expect(second.state.actions["a1"]?.note == "relancer en mars", "taken back: created again with the edit")
        team.copy(from: 1, to: 0)
        try first.followOthers()
        #expect(TeamFolder.canonical(first) == TeamFolder.canonical(second))
    }

    /// A French replica and an English one merge to the same conflicts: what is kept in the
    /// merged state is never in the language of whoever merged it.
    @Test func replicasSpeakingDifferentLanguagesMergeToTheSameState() throws {
        let (team, first, second) = try deletedHereEditedThere()
        defer { withExtendedLifetime(team) {} }  // its folder holds both replicas' journals
        try Language.$current.withValue(.fr) { try first.followOthers() }
        try second.followOthers()
        #expect(first.conflicts == second.conflicts)
        #expect(first.conflicts.first?.reason.contains("no action has the id 'a1'") == true)
        let names = ReplicaNames()
        #expect(Language.$current.withValue(.fr) { first.conflicts[0].sentence(names: names) }.contains("a été écarté"))
    }

    @Test func anIDCreatedOnTwoReplicasIsNotLostSilently() throws {
        let (team, first, second) = try pair()
        let mine = Action(id: "relance", commitmentID: "c-stages", title: "Relance (Paris)", rank: 40)
        let theirs = Action(id: "relance", commitmentID: "c-stages", title: "Relance (Nancy)", rank: 40)
        try first.perform(Change(label: "Added 'Relance (Paris)'", events: [.actionCreated(mine)]))
        team.clocks[1].advance(60)
        try second.perform(Change(label: "Added 'Relance (Nancy)'", events: [.actionCreated(theirs)]))
        team.copy(from: 0, to: 1)
        team.copy(from: 1, to: 0)
        try first.followOthers()
        #expect(try second.followOthers() == .reread, "its own creation now sorts after an older one: replayed in order")
        for store in [first, second] {
            #expect(store.state.actions["relance"]?.title == "Relance (Paris)")
            #expect(store.conflicts.first?.reason.contains("already used") == true)
        }
        try second.take(second.conflicts[0].id)
        #expect(second.state.actions["relance-2"]?.title == "Relance (Nancy)", "taken back under a new id")
    }

    @Test func olderRecordsArrivingLaterAreReplayedInClockOrderEverywhere() throws {
        // The second replica's clock runs a day late: once the seed is read, its records sort just after it.
        let (team, first, second) = try pair(skews: [0, -86_400])
        team.clocks[0].advance(3_600)
        try first.setNote(of: "a1", to: "Paris")
        try second.setNote(of: "a2", to: "Nancy")
        try second.setNote(of: "a1", to: "Nancy aussi")
        team.copy(from: 1, to: 0)
        team.copy(from: 0, to: 1)
        #expect(try first.followOthers() == .reread, "records older than its own arrived: replayed in clock order")
        try second.followOthers()
        #expect(TeamFolder.canonical(first) == TeamFolder.canonical(second))
        #expect(first.state.actions["a1"]?.note == "Paris", "Paris wrote an hour later than Nancy's (slow) clock said")
        #expect(first.state.actions["a2"]?.note == "Nancy")
        // Once a replica has read a record, its own next ones sort after it, however late its clock.
        try second.setNote(of: "a1", to: "Nancy, après lecture")
        team.copy(from: 1, to: 0)
        try first.followOthers()
        #expect(first.state.actions["a1"]?.note == "Nancy, après lecture")
        // And a fresh open from the journals alone gives the same bytes.
        let reopened = try Store.open(directory: team.directory("r1"), JournalOptions(now: team.clocks[0].now))
        #expect(TeamFolder.canonical(reopened) == TeamFolder.canonical(first))
    }

    @Test func conflictCopiesOfFileSyncingToolsAreFoldedInByUnion() throws {
        let (team, first, second) = try pair()
        try second.tick("a1")
        team.copy(from: 1, to: 0)
        try second.setNote(of: "a2", to: "vu")
        // Syncthing kept the newer file as a conflict copy and left the older one in place.
        let newer = FileManager.default.contents(atPath: team.directory("r2") + "/journal/r2.log")!
        _ = FileManager.default.createFile(atPath: team.directory("r1") + "/journal/r2.sync-conflict-20261130-101010-ABCDEFG.log", contents: newer)
        try first.followOthers()
        #expect(first.state.actions["a1"]?.isDone == true && first.state.actions["a2"]?.note == "vu")
        #expect(TeamFolder.canonical(first) == TeamFolder.canonical(second))
        let reopened = try team.open(0)
        #expect(TeamFolder.canonical(reopened) == TeamFolder.canonical(second), "a record read twice counts once")
    }

    @Test func undoTakesBackThisReplicasOwnNewestChangeOnly() throws {
        let (team, first, second) = try pair()
        try first.tick("a1")
        team.clocks[1].advance(60)
        try second.setNote(of: "a2", to: "Nancy")
        team.copy(from: 1, to: 0)
        try first.followOthers()
        let undone = try first.undo()
        #expect(undone.label == "Ticked 'Publier les offres'", "its own, not the newer change from elsewhere")
        #expect(first.state.actions["a1"]?.isDone == false && first.state.actions["a2"]?.note == "Nancy")
        team.copy(from: 0, to: 1)
        try second.followOthers()
        #expect(TeamFolder.canonical(first) == TeamFolder.canonical(second))
    }

    @Test func damageInAnotherReplicasJournalStopsOnlyItsRecords() throws {
        let (team, first, second) = try pair()
        try second.tick("a1")
        try second.setNote(of: "a2", to: "vu")
        try second.setNote(of: "a1", to: "fin")
        team.copy(from: 1, to: 0)
        // A bit flipped in the second of its three records, as received here.
        let path = team.directory("r1") + "/journal/r2.log"
        var bytes = [UInt8](FileManager.default.contents(atPath: path)!)
        let lines = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }
        bytes[lines[1] - 10] ^= 0x04
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        try first.followOthers()
        #expect(first.state.actions["a1"]?.isDone == true, "the records before the damage are read")
        #expect(first.state.actions["a2"]?.note != "vu" && first.state.actions["a1"]?.note != "fin",
                "the damaged one is not, nor those after it (they wait)")
        #expect(first.readOnlyReason == nil, "this replica goes on writing its own journal")
        #expect(first.journal?.notices.contains { $0.hasPrefix("journal/r2.log is damaged") } == true)
        try first.untick("a2")
        // Once the file is whole again (the sync brings the good copy), the rest is read.
        team.copy(from: 1, to: 0)
        _ = FileManager.default.createFile(atPath: path, contents: FileManager.default.contents(atPath: team.directory("r2") + "/journal/r2.log"))
        try first.followOthers()
        #expect(first.state.actions["a2"]?.note == "vu" && first.state.actions["a1"]?.note == "fin")
        #expect(TeamFolder.canonical(try team.open(0)) == TeamFolder.canonical(first))
    }

    @Test func undoWarnsWhenAColleagueChangedTheSameFieldSince() throws {
        let (team, first, second) = try pair()
        try first.setNote(of: "a1", to: "Paris")
        #expect(first.undoWarning(.undo, names: ReplicaNames()) == nil, "nobody else touched it")
        team.copy(from: 0, to: 1)
        try second.followOthers()
        team.clocks[1].advance(60)
        try second.setNote(of: "a1", to: "Nancy, après Paris")
        team.copy(from: 1, to: 0)
        try first.followOthers()
        let warning = try #require(first.undoWarning(.undo, names: ReplicaNames(["r2": "Cluster Nancy"])))
        #expect(warning == "Cluster Nancy changed 'note' of a1 since; this undo sets it back over their change")
        try first.undo()
        #expect(first.state.actions["a1"]?.note == "", "undone all the same: the warning is said, not a refusal")
    }

    @Test func aFullJournalIsFrozenAndANewOneStartedWithoutAnyoneLosingTrack() throws {
        let (team, opened, second) = try pair()
        // Reopened with a small journal: it freezes its file and starts another every few records.
        let first = try team.open(0, rotationAbove: 1_200)
        _ = opened
        // Another process of the first replica, following it.
        let sibling = try team.open(0)
        var reread = 0
        sibling.subscribe({ _ in }, reread: { reread += 1 })
        for n in 0..<12 { try first.setNote(of: n.isMultiple(of: 2) ? "a1" : "a2", to: "note \(n)") }
        let names = try FileManager.default.contentsOfDirectory(atPath: team.directory("r1") + "/journal")
        let frozen = names.filter { $0.hasPrefix("r1.0") }.sorted()
        #expect(frozen.count >= 2, "\(names)")
        let active = try #require(FileManager.default.contents(atPath: team.directory("r1") + "/journal/r1.log"))
        #expect(active.count < 1_200 + 400, "the file that grows stays small")
        #expect(try sibling.followOthers() == .applied(12), "followed across the renames, record by record")
        #expect(reread == 0 && sibling.state == first.state)
        try sibling.tick("a1")
        try first.followOthers()
        #expect(first.state == sibling.state)
        // Opening, from the snapshot or from the journals alone, gives the same.
        #expect(try team.open(0).state == first.state)
        let (_, whole) = try Journal.open(directory: team.directory("r1"), JournalOptions(readOnly: true, useCache: false))
        #expect(whole.state == first.state)
        // Another replica reads the frozen files as new ones: a record read twice counts once.
        team.copy(from: 0, to: 1)
        try second.followOthers()
        #expect(TeamFolder.canonical(second) == TeamFolder.canonical(first))
        // Undo reaches back across the frozen files (the sibling's tick is this replica's newest change).
        #expect(try first.undo().label == "Ticked 'Publier les offres'")
        #expect(try first.undo().label.hasPrefix("Noted"))
    }
}
