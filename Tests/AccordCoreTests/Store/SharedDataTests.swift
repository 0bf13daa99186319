import Foundation
import Synchronization
import Testing
@testable import AccordCore

/// Several stores on one data directory, as several Accord processes would be: each has its
/// own open files and takes the directory's lock (flock, per open file) only around a write.
@Suite struct SharedDataTests {
    private static func action(_ id: String, title: String = "Nouvelle action") -> Change {
        Change(label: "Added '\(title)'", events: [.actionCreated(Action(id: id, commitmentID: "c-stages", title: title, rank: 90))])
    }

    @Test func twoStoresOnOneDirectoryBothWriteAndNumbersStayContiguous() throws {
        let dir = TempDirectory()
        let first = try Store.seeded(dir)
        let second = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        #expect(first.readOnlyReason == nil && second.readOnlyReason == nil, "nobody is read-only because another is open")
        try first.tick("a1")
        try second.perform(Self.action("a3"))
        #expect(second.state.actions["a1"]?.isDone == true, "the second read the first's tick before writing")
        try first.setNote(of: "a3", to: "seen")
        #expect(first.state.actions["a3"]?.note == "seen")
        #expect(first.journal?.lastSeq == 4 && second.journal?.lastSeq == 3)
        #expect(try second.followOthers() == .applied(1))
        #expect(second.state == first.state && second.ledger == first.ledger)
        #expect(JournalScan(dir.bytes(TempDirectory.journal)).entries.map(\.record.seq) == [1, 2, 3, 4])
        #expect(try Store.open(directory: dir.data).ledger == first.ledger, "replaying the journal gives the same state")
    }

    @Test func followingTellsSubscribersOfEachRecordFromElsewhere() throws {
        let dir = TempDirectory()
        let writer = try Store.seeded(dir)
        let reader = try Store.open(directory: dir.data, JournalOptions(readOnly: true))
        var told: [(Int, CommittedRecord.Origin, String)] = []
        reader.subscribe { told.append(($0.record.seq, $0.origin, $0.description)) }
        #expect(try reader.followOthers() == .unchanged)
        try writer.tick("a1")
        try writer.untick("a2")
        #expect(reader.journal?.hasUnreadRecords == true)
        #expect(try reader.followOthers() == .applied(2))
        #expect(told.map(\.0) == [2, 3] && told.allSatisfy { $0.1 == .elsewhere })
        #expect(told.map(\.2) == ["Ticked 'Publier les offres'", "Unticked 'Suivre les stagiaires'"])
        #expect(reader.state == writer.state)
        #expect(reader.recentChanges.suffix(2).map(\.label) == ["Ticked 'Publier les offres'", "Unticked 'Suivre les stagiaires'"])
        #expect(try reader.followOthers() == .unchanged)
    }

    @Test func aChangeThatNoLongerAppliesIsRefusedSayingWhatHappenedElsewhere() throws {
        let dir = TempDirectory()
        let first = try Store.seeded(dir)
        let second = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        var told: [CommittedRecord.Origin] = []
        second.subscribe { told.append($0.origin) }
        try first.perform(Change(label: "Deleted 'Publier les offres'", events: [.actionDeleted(id: "a1")]))
        let error = #expect(throws: AccordError.self) { try second.tick("a1") }
        #expect(error?.refusal == .unknownID("a1", expected: .action))
        #expect(error?.description.contains("another Accord changed the data meanwhile (Deleted 'Publier les offres')") == true,
                "\(String(describing: error))")
        #expect(second.journal?.lastSeq == 2, "nothing saved")
        #expect(told == [.elsewhere], "the deletion read under the lock still reached the subscribers")
        #expect(second.state.actions["a1"] == nil)
    }

    @Test func undoIsOneHistoryForTheDirectory() throws {
        let dir = TempDirectory()
        let first = try Store.seeded(dir)
        let second = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        try first.tick("a1")
        try second.perform(Self.action("a3"))
        let undone = try first.undo()
        #expect(undone.label == "Added 'Nouvelle action'", "the newest change, made by the other store")
        #expect(first.state.actions["a3"] == nil && first.state.actions["a1"]?.isDone == true)
        try second.undo()
        #expect(second.state.actions["a1"]?.isDone == false, "then the one before it")
        try first.redo()
        #expect(first.state.actions["a1"]?.isDone == true)
        #expect(try Store.open(directory: dir.data).ledger == first.ledger)
    }

    @Test func aSnapshotWrittenElsewhereChangesNothingForTheOthers() throws {
        let dir = TempDirectory()
        let first = try Store.seeded(dir)
        let second = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        var reread = 0
        second.subscribe({ _ in }, reread: { reread += 1 })
        try first.tick("a1")
        try first.rebuildCache()
        try first.untick("a2")
        try first.rebuildCache()
        #expect(try second.followOthers() == .applied(2), "followed record by record: a snapshot takes nothing out of the journal")
        #expect(reread == 0)
        try second.perform(Self.action("a3"))
        try first.tick("a3")
        #expect(first.state == second.state.with { $0.actions["a3"]?.doneOn = first.state.actions["a3"]?.doneOn })
        #expect(JournalScan(dir.bytes(TempDirectory.journal)).entries.map(\.record.seq) == [1, 2, 3, 4, 5])
        let reopened = try Store.open(directory: dir.data)
        #expect(reopened.ledger == first.ledger && reopened.journal?.damage == [])
        #expect(reopened.journal?.snapshotSeq == 5 && reopened.journal?.replayedCount == 0,
                "the cache follows every write, whichever process of the replica made it")
    }

    @Test func anIncompleteRecordLeftByAKilledWriterIsCutByTheNextWriter() throws {
        let dir = TempDirectory()
        let first = try Store.seeded(dir)
        let second = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        // A writer killed half-way through its append (it held the lock; the kernel dropped it).
        let journalPath = dir.data + "/" + TempDirectory.journal
        let torn = Array("0badc0de {\"v\":1,\"seq\":2,\"at\":\"2026-".utf8)
        let handle = try #require(FileHandle(forWritingAtPath: journalPath))
        handle.seekToEndOfFile()
        handle.write(Data(torn))
        try handle.close()
        #expect(try second.followOthers() == .unchanged, "a reader leaves a tail it cannot read for a writer to judge")
        try first.tick("a1")
        #expect(first.journal?.notices.last?.contains("Recovered from an interrupted write") == true)
        #expect(dir.files(in: TempDirectory.quarantine).count == 1)
        #expect(try second.followOthers() == .applied(1))
        let reopened = try Store.open(directory: dir.data)
        #expect(reopened.journal?.damage == [] && reopened.journal?.tornTail == nil)
        #expect(reopened.journal?.lastSeq == 2 && reopened.state.actions["a1"]?.isDone == true)
    }

    @Test func damageStopsTheOthersUntilARepairElsewhereAndThenTheyWriteAgain() throws {
        let dir = TempDirectory()
        let first = try Store.seeded(dir)
        let second = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        // A damaged line, then a good record after it (a disk error, an editor gone wrong).
        let good = LineCodec.encode(JournalRecord(seq: 2, at: "2026-11-30T10:00:00Z", kind: .change,
                                                  change: Change(label: "Ticked", events: [.actionTicked(id: "a1", on: fixedDay)])))
        let handle = try #require(FileHandle(forWritingAtPath: dir.data + "/" + TempDirectory.journal))
        handle.seekToEndOfFile()
        handle.write(Data("00000000 {not a record}\n".utf8) + Data(good))
        try handle.close()
        for store in [first, second] {
            #expect(try store.followOthers() == .unchanged)
            #expect(store.readOnlyReason?.isDamage == true, "the damage is seen, and nothing after it applied")
        }
        #expect(throws: JournalError.self) { try first.untick("a2") }
        let repairer = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        #expect(repairer.readOnlyReason?.isDamage == true)
        _ = try repairer.repair()
        #expect(try second.followOthers() == .reread)
        #expect(second.readOnlyReason == nil, "writable again once repaired elsewhere")
        #expect(second.state.actions["a1"]?.isDone == true, "with the good record after the damage")
        try second.untick("a1")
        #expect(try first.followOthers() == .reread && first.state.actions["a1"]?.isDone == false && first.readOnlyReason == nil)
    }

    @Test func aWriterWaitsForTheLockThenNamesTheProcessHoldingIt() throws {
        let dir = TempDirectory()
        _ = try Store.seeded(dir)
        let store = try Store.open(directory: dir.data, JournalOptions(lockPatience: 0.2, now: fixedNow))
        let holder = try #require(try DirectoryLock.open(directory: dir.data + "/local", create: true))
        #expect(holder.lock(exclusive: true, waitingUpTo: 0) == .acquired)
        let started = Date()
        let error = #expect(throws: JournalError.self) { try store.tick("a1") }
        #expect(Date().timeIntervalSince(started) >= 0.2, "it waited")
        // The holder is this test process, through another open file: named as it is, not as an Accord.
        let command = String(decoding: try #require(FileManager.default.contents(atPath: "/proc/self/comm")), as: UTF8.self)
        #expect(error == .busy(holder: LockHolder(pid: getpid(), command: command.trimmingCharacters(in: .newlines)), seconds: 0.2))
        #expect(store.state.actions["a1"]?.isDone == false && store.journal?.lastSeq == 1, "nothing changed")
        #expect(store.readOnlyReason == nil, "still writable")
        holder.unlock()
        try store.tick("a1")
        #expect(store.journal?.lastSeq == 2)
    }

    /// A lock held by a program that is not Accord (`flock(1)` here) is named as that program,
    /// never as the last Accord that wrote; and an opening and its write wait the patience the
    /// message says in all (they waited for the replica's id, the opening and the write, each in
    /// full: three times as long).
    @Test func aLockHeldByAnotherProgramIsNamedAsItAndTheWaitIsThePatienceInAll() throws {
        let dir = TempDirectory()
        _ = try Store.seeded(dir)
        try Store.open(directory: dir.data, JournalOptions(now: fixedNow)).untick("a2")
        let ready = dir.data + "/local/held"
        let flock = Process()
        flock.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        flock.arguments = [dir.data + "/local/lock", "sh", "-c", "touch \(ready); sleep 30"]
        try flock.run()
        defer { flock.terminate() }
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: ready), Date() < deadline { usleep(10_000) }
        let patience = 2.0
        let started = Date()
        let error = #expect(throws: JournalError.self) {
            let store = try Store.open(directory: dir.data, JournalOptions(lockPatience: patience, now: fixedNow))
            try store.tick("a1")
        }
        let waited = Date().timeIntervalSince(started)
        #expect(waited >= patience && waited < 2 * patience, "waited \(waited) s for a patience of \(patience) s")
        guard case .busy(let holder?, let seconds)? = error else {
            Issue.record("expected busy with its holder, got \(String(describing: error))")
            return
        }
        #expect(holder.pid == flock.processIdentifier && holder.command == "flock" && !holder.isAccord)
        #expect(seconds == patience)
        #expect(error?.description == "process \(flock.processIdentifier) (flock, not an Accord) kept the data locked for 2 seconds; nothing was saved. Try again.")
    }

    @Test func storesOnManyThreadsEachWithItsOwnFilesLoseNothing() throws {
        let dir = TempDirectory()
        let seeded = try Store.seeded(dir)
        _ = consume seeded
        let data = dir.data
        let writers = 4, changes = 50
        let acknowledged = Mutex<[Int: [Int]]>([:])
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            guard let store = try? Store.open(directory: data, JournalOptions(now: fixedNow)) else { return }
            var seqs: [Int] = []
            for n in 0..<changes {
                let id = "w\(writer)-\(n)"
                if (try? store.perform(Self.action(id, title: id))) != nil, let seq = store.journal?.lastSeq { seqs.append(seq) }
            }
            acknowledged.withLock { $0[writer] = seqs }
        }
        let all = acknowledged.withLock { $0.values.flatMap { $0 } }.sorted()
        #expect(all == Array(2...(1 + writers * changes)), "every change acknowledged once, numbers contiguous")
        let reopened = try Store.open(directory: dir.data)
        #expect(reopened.journal?.damage == [])
        #expect(reopened.state.actions.count == 2 + writers * changes)
    }
}

@Suite struct FieldLevelUpdateTests {
    @Test func twoProcessesEditingDifferentFieldsOfOneActionKeepBoth() throws {
        let dir = TempDirectory()
        let first = try Store.seeded(dir)
        let second = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        var retitle = try #require(ItemDraft(editing: "a1", in: first.state))
        var redate = try #require(ItemDraft(editing: "a1", in: second.state))
        retitle[.title] = "Publier les offres d'été"
        redate[.due] = "2027-03-01"
        try first.save(retitle)
        try second.save(redate)  // made before it had read the first's edit
        let action = try #require(second.state.actions["a1"])
        #expect(action.title == "Publier les offres d'été" && action.due?.description == "2027-03-01", "both edits kept")
        let events = JournalScan(dir.bytes(TempDirectory.journal)).entries.suffix(2).flatMap(\.record.change.events)
        #expect(events.map(\.updatedFields) == [["title"], ["due"]], "each update names the field it sets")
        #expect(try Store.open(directory: dir.data).state.actions["a1"] == action)
    }

    @Test func updatesOfDifferentFieldsGiveOneItemInEitherOrder() throws {
        let original = try #require(Fixtures.small.actions["a1"])
        var retitled = original, redated = original
        retitled.title = "Nouveau titre"
        redated.due = Day(year: 2027, month: 3, day: 1)
        let one = Event.actionUpdated(retitled, fields: ["title"]), other = Event.actionUpdated(redated, fields: ["due"])
        var a = Fixtures.small, b = Fixtures.small
        _ = try Reducer.apply(Change(label: "1", events: [one, other]), to: &a)
        _ = try Reducer.apply(Change(label: "2", events: [other, one]), to: &b)
        #expect(a == b && a.actions["a1"]?.title == "Nouveau titre" && a.actions["a1"]?.due == redated.due)
        // An update written before updates named their fields sets the whole item.
        var c = Fixtures.small
        _ = try Reducer.apply(Change(label: "3", events: [.actionUpdated(retitled)]), to: &c)
        #expect(c.actions["a1"] == retitled)
        let line = LineCodec.encode(Change(label: "old", events: [.actionUpdated(retitled)]))
        #expect(!String(decoding: line, as: UTF8.self).contains("\"fields\""), "nothing new is written for a whole-item update")
        #expect(try LineCodec.decode(Change.self, from: line.dropLast()).get().events == [.actionUpdated(retitled, fields: nil)])
    }

    @Test func undoingAFieldUpdateGivesBackThatFieldOnly() throws {
        let dir = TempDirectory()
        let first = try Store.seeded(dir)
        let second = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        var retitle = try #require(ItemDraft(editing: "a1", in: first.state))
        retitle[.title] = "Autre titre"
        try first.save(retitle)
        var redate = try #require(ItemDraft(editing: "a1", in: second.state))
        redate[.due] = "2027-03-01"
        try second.save(redate)
        try first.undo()  // the newest change on the data: the second's date
        try first.undo()  // then its own title
        let action = try #require(first.state.actions["a1"])
        #expect(action == Fixtures.small.actions["a1"])
    }
}

/// The day of `fixedNow`.
private let fixedDay = Day(fixedNow(), timeZone: TimeZone(identifier: "UTC")!)

extension AccordState {
    /// A copy with `change` made to it.
    fileprivate func with(_ change: (inout AccordState) -> Void) -> AccordState {
        var copy = self
        change(&copy)
        return copy
    }
}
