import Foundation
import Testing
@testable import AccordCore

/// The snapshot read in place (`local/snapshot.sqlite`): it holds what the ledger holds after
/// every write, a command reading a part of it sees what it would see of the whole, and a
/// file that is behind, damaged or foreign is never trusted.
@Suite struct ReadInPlaceTests {
    /// A data directory holding the sample agreements.
    private func sampled(_ dir: TempDirectory) throws -> Store {
        let store = try Store.open(directory: dir.data, JournalOptions(cacheAbove: 0, now: fixedNow))
        try store.perform(try SampleData.change(for: store.state))
        return store
    }

    /// Everything the file holds, read whole.
    private func fileContents(_ dir: TempDirectory) throws -> Snapshot {
        let file = try #require(try SnapshotDatabase.open(dir.layout, write: false), "the file exists")
        return try file.wholeSnapshot(try file.header())
    }

    private func expectFile(_ dir: TempDirectory, holds ledger: Ledger, _ comment: Comment? = nil) throws {
        let held = try fileContents(dir)
        #expect(held.state == ledger.state, comment)
        #expect(held.undoStack == ledger.undoStack && held.redoStack == ledger.redoStack, comment)
        #expect(held.writers == ledger.fieldWriters && held.conflicts == ledger.conflicts, comment)
        #expect(held.frontier == ledger.frontierRefs, comment)
        let kept = try #require(try SnapshotDatabase.open(dir.layout, write: false)).agreementProgress()
        #expect(kept == Dictionary(uniqueKeysWithValues: ledger.state.agreements.keys.map { ($0, ledger.state.progress(ofAgreement: $0)) }),
                "each agreement's progress, \(comment?.description ?? "")")
    }

    @Test func afterEveryKindOfWriteTheFileHoldsTheLedger() throws {
        let dir = TempDirectory()
        let store = try sampled(dir)
        try expectFile(dir, holds: store.ledger, "after the sample was loaded (written whole: 100+ items)")
        try store.tick("uo-h1")
        try store.setNote(of: "uo-h2", to: "avec la mission handicap")
        try expectFile(dir, holds: store.ledger, "after a tick and a note (rows replaced)")
        try store.undo()
        try expectFile(dir, holds: store.ledger, "after an undo (a change popped, one pushed on redo)")
        try store.redo()
        try store.undo()
        try store.perform(try Deletion(of: "uo-handicap", in: store.state).change)
        try expectFile(dir, holds: store.ledger, "after a deletion (rows removed, redo cleared)")
        try store.undo()
        try expectFile(dir, holds: store.ledger, "after undoing it")
    }

    /// What another replica wrote, followed as a sync follows it, is kept in the file record by
    /// record: ticks, notes, a deletion, an edit that makes a conflict.
    @Test func followingAnotherReplicaKeepsTheFileHoldingTheLedger() throws {
        let paris = TempDirectory(), nancy = TempDirectory()
        let here = try sampled(paris)
        try here.tick("uo-h1")
        _ = FileManager.default.createFile(atPath: nancy.data + "/local/replica", contents: Data("t2\n".utf8))
        try FileManager.default.createDirectory(atPath: nancy.data + "/journal", withIntermediateDirectories: true)
        nancy.write(TempDirectory.journal, paris.bytes(TempDirectory.journal))
        let there = try Store.open(directory: nancy.data, JournalOptions(cacheAbove: 0, now: fixedNow))
        #expect(there.state == here.state)
        try there.tick("uo-h2")
        try there.setNote(of: "uo-s2", to: "vu à Nancy")
        try there.perform(try Deletion(of: "uo-stages", in: there.state).change)
        try there.setNote(of: "uo-h1", to: "Nancy")
        try here.setNote(of: "uo-h1", to: "Paris")
        let beforeFollowing = here.ledger.frontier
        paris.write("journal/t2.log", nancy.bytes("journal/t2.log"))
        #expect(try here.followOthers(keepingCache: true) == .applied(4))
        #expect(here.ledger.frontier != beforeFollowing && !here.conflicts.isEmpty)
        try expectFile(paris, holds: here.ledger, "after following four records from another replica, one of them in conflict")
        let reopened = try Store.open(directory: paris.data, JournalOptions(history: false, scope: .items(["uo-h2"]), cacheAbove: 0, now: fixedNow))
        #expect(reopened.journal?.isPartial == true && reopened.state.actions["uo-h2"]?.isDone == true,
                "the next command reads the file: it is current")
    }

    @Test func belowItsThresholdNoFileIsKeptOrRead() throws {
        let dir = TempDirectory()
        _ = try sampled(dir)
        let path = dir.layout.cache
        #expect(FileManager.default.fileExists(atPath: path))
        // The sample's journal (about 30 KB) is far below the default: the file is dropped, not kept behind.
        let store = try Store.open(directory: dir.data, JournalOptions(cacheAbove: JournalOptions.commandLineCacheAbove, now: fixedNow))
        #expect(!FileManager.default.fileExists(atPath: path))
        try store.tick("uo-h1")
        let scoped = try Store.open(directory: dir.data, JournalOptions(history: false, scope: .items(["uo-h1"]), cacheAbove: JournalOptions.commandLineCacheAbove, now: fixedNow))
        #expect(scoped.journal?.isPartial == false && scoped.state == store.state)
        #expect(!FileManager.default.fileExists(atPath: path), "neither written by the tick nor by the command")
        let journalBytes = dir.bytes(TempDirectory.journal).count
        _ = try Store.open(directory: dir.data, JournalOptions(cacheAbove: journalBytes, now: fixedNow))
        #expect(FileManager.default.fileExists(atPath: path), "written once the journals reach the threshold")
    }

    @Test func aScopedOpenReadsOnlyThePartItNames() throws {
        let dir = TempDirectory()
        let whole = try sampled(dir).state
        let part = try Store.open(directory: dir.data, JournalOptions(history: false, scope: .items(["UO-H1"]), cacheAbove: 0, now: fixedNow))
        #expect(part.journal?.isPartial == true)
        #expect(part.state.actions["uo-h1"] == whole.actions["uo-h1"], "named in any case, as everywhere")
        let commitment = try #require(whole.actions["uo-h1"]?.commitmentID)
        let agreement = try #require(whole.commitments[commitment]?.agreementID)
        #expect(part.state.commitments[commitment] == whole.commitments[commitment])
        let agreementActions = whole.actions.values.filter { whole.commitments[$0.commitmentID]?.agreementID == whole.commitments[commitment]?.agreementID }
        #expect(Set(part.state.actions.keys) == Set(agreementActions.map(\.id)), "every action of its agreement: its siblings hold a series' occurrences, all count in the progress")
        #expect(Array(part.state.agreements.keys) == [agreement])
        #expect(Set(part.state.partners.keys) == Set(whole.agreements[agreement]!.signatories + whole.agreements[agreement]!.associates))
        #expect(part.state.categories == whole.categories)
        #expect(part.state.pathFromPartners(of: "uo-h1") == whole.pathFromPartners(of: "uo-h1"))
        #expect(whole.agreements.count > 1 && whole.actions.count > part.state.actions.count)

        let agreementPart = try Store.open(directory: dir.data, JournalOptions(history: false, scope: .items([agreement]), cacheAbove: 0, now: fixedNow))
        #expect(agreementPart.state.progress(ofAgreement: agreement) == whole.progress(ofAgreement: agreement))
        #expect(agreementPart.state.commitments(of: agreement) == whole.commitments(of: agreement))

        let list = try Store.open(directory: dir.data, JournalOptions(history: false, scope: .agreementList, cacheAbove: 0, now: fixedNow))
        #expect(list.journal?.isPartial == true && list.state.agreements == whole.agreements && list.state.actions.isEmpty)
        #expect(list.journal?.agreementProgress == Dictionary(uniqueKeysWithValues: whole.agreements.keys.map { ($0, whole.progress(ofAgreement: $0)) }))

        for needsAll in ["upmc", "UPMC", "internships", "Université Pierre et Marie Curie"] {
            let opened = try Store.open(directory: dir.data, JournalOptions(history: false, scope: .items([needsAll]), cacheAbove: 0, now: fixedNow))
            #expect(opened.journal?.isPartial == false && opened.state == whole, "\(needsAll): a partner or a category reads all")
        }
        // An id that is nothing is answered from the partners alone (to tell it from a partner's name).
        let unknown = try Store.open(directory: dir.data, JournalOptions(history: false, scope: .items(["no-such-id"]), cacheAbove: 0, now: fixedNow))
        #expect(unknown.journal?.isPartial == true && unknown.state.partners == whole.partners && unknown.state.actions.isEmpty)
        #expect(unknown.state.itemID(named: "no-such-id") == nil)
    }

    /// The same writes through parts and through the whole write the same journal, byte for byte.
    @Test func writingThroughPartsIsWritingThroughTheWhole() throws {
        let throughParts = TempDirectory(), throughWhole = TempDirectory()
        _ = try sampled(throughParts)
        _ = try sampled(throughWhole)
        let steps: [(ReadScope, (Store) throws -> Void)] = [
            (.items(["uo-h1"]), { try $0.tick("uo-h1") }),
            (.items(["uo-h2"]), { try $0.setNote(of: "uo-h2", to: "noté") }),
            (.undo, { try $0.undo() }),
            (.redo, { try $0.redo() }),
            (.items(["uo-h1"]), { try $0.untick("uo-h1") }),
            (.undo, { try $0.undo() }),
            (.undo, { try $0.undo() }),
            (.redo, { try $0.redo() }),
            // A new change while something waits to be redone: redo is cleared.
            (.items(["uo-h3"]), { try $0.tick("uo-h3") }),
            (.undo, { try $0.undo() }),
        ]
        for (n, (scope, step)) in steps.enumerated() {
            let part = try Store.open(directory: throughParts.data, JournalOptions(scope: scope, cacheAbove: 0, now: fixedNow))
            #expect(part.journal?.isPartial == true, "step \(n) read a part")
            try step(part)
            let whole = try Store.open(directory: throughWhole.data, JournalOptions(cacheAbove: 0, now: fixedNow))
            try step(whole)
            // Each directory signs with a key of its own: the records, signatures aside, are the same.
            #expect(unsigned(throughParts.bytes(TempDirectory.journal)) == unsigned(throughWhole.bytes(TempDirectory.journal)), "step \(n)")
            try expectFile(throughParts, holds: whole.ledger, "step \(n): the file written from parts holds the whole ledger")
        }
        let replayed = try Journal.open(directory: throughParts.data, JournalOptions(readOnly: true, useCache: false)).1
        try expectFile(throughParts, holds: replayed)
    }

    /// The records of a journal with their keys and signatures taken out.
    private func unsigned(_ bytes: [UInt8]) -> [JournalRecord] {
        JournalScan(bytes).entries.map { entry in
            var record = entry.record
            record.publicKey = nil
            record.signature = nil
            return record
        }
    }

    @Test func anUndoOfMoreThanTicksAndNotesReadsAll() throws {
        let dir = TempDirectory()
        let store = try sampled(dir)
        try store.perform(try Deletion(of: "uo-h1", in: store.state).change)
        let opened = try Store.open(directory: dir.data, JournalOptions(scope: .undo, cacheAbove: 0, now: fixedNow))
        #expect(opened.journal?.isPartial == false, "re-creating items is checked against every item")
        #expect(try opened.undo().label == store.ledger.undoStack.last?.label)
    }

    @Test func searchingAPartFindsWhatSearchingTheWholeFinds() throws {
        let dir = TempDirectory()
        let store = try sampled(dir)
        try store.setNote(of: "uo-h2", to: "Réunion avec l'Hôpital d'Évry")
        var late = try #require(store.state.commitments["uo-handicap"])
        late.due = Day(year: 2030, month: 1, day: 1)
        try store.perform(Change(label: "due", events: [.commitmentUpdated(late)]))
        let whole = store.state
        // Late enough for commitments to be overdue: whether one is depends on its actions.
        let today = Day(year: 2031, month: 6, day: 1)!
        for text in ["handicap", "stag", "forma insert", "\"mission handicap\"", "handicap status:open", "handicap partner:upmc",
                     "entreprise category:internships", "hopital evry", "HÔPITAL", "zzzz", "l'universite",
                     "due:overdue integration", "échéance:retard formation", "status:done d"] {
            let query = try SearchQuery.parse(text)
            let part = try Store.open(directory: dir.data, JournalOptions(history: false, scope: .search(query, today: today, limit: 3), cacheAbove: 0, now: fixedNow))
            #expect(part.journal?.isPartial == true, "\(text)")
            let expected = SearchScan.search(query, in: whole, today: today)
            let found = SearchScan.search(query, in: part.state, today: today)
            #expect(found == expected, "\(text)")
            for hit in found.prefix(3) {
                #expect(part.state.pathFromPartners(of: hit.id) == whole.pathFromPartners(of: hit.id), "\(text): \(hit.id)")
            }
        }
        let lateCommitments = SearchScan.search(try SearchQuery.parse("due:overdue integration"), in: whole, today: today).filter { $0.kind == .commitment }
        #expect(!lateCommitments.isEmpty, "the overdue filter is tried on commitments")
        let filtersOnly = try Store.open(directory: dir.data, JournalOptions(history: false, scope: .search(try SearchQuery.parse("status:done"), today: today, limit: 3), cacheAbove: 0))
        #expect(filtersOnly.journal?.isPartial == false, "no word to look up: everything is read")
    }

    @Test func aFileBehindTheJournalsIsNotReadAndIsBroughtUpToDate() throws {
        let dir = TempDirectory()
        let store = try sampled(dir)
        // The file and its write-ahead log as they were before the tick.
        let files = [dir.layout.cache] + dir.layout.cacheSideFiles
        let before = files.map { FileManager.default.contents(atPath: $0) }
        try store.tick("uo-h1")
        // As if the process had been killed between the journal append and the file's update.
        for (file, bytes) in zip(files, before) {
            try? FileManager.default.removeItem(atPath: file)
            if let bytes { try bytes.write(to: URL(fileURLWithPath: file)) }
        }
        let behind = try Store.open(directory: dir.data, JournalOptions(history: false, scope: .items(["uo-h1"]), cacheAbove: 0, now: fixedNow))
        #expect(behind.journal?.isPartial == false)
        #expect(behind.state.actions["uo-h1"]?.doneOn != nil, "the tick is read from the journal")
        try expectFile(dir, holds: store.ledger, "the command that found it behind read the history too and brought it up to date")
        let part = try Store.open(directory: dir.data, JournalOptions(history: false, scope: .items(["uo-h1"]), cacheAbove: 0, now: fixedNow))
        #expect(part.journal?.isPartial == true && part.state.actions["uo-h1"]?.doneOn != nil)
        // Where nothing may be written, it stays behind and is not read.
        for (file, bytes) in zip(files, before) {
            try? FileManager.default.removeItem(atPath: file)
            if let bytes { try bytes.write(to: URL(fileURLWithPath: file)) }
        }
        let readOnly = try Store.open(directory: dir.data, JournalOptions(readOnly: true, history: false, scope: .items(["uo-h1"]), cacheAbove: 0, now: fixedNow))
        #expect(readOnly.journal?.isPartial == false && readOnly.state.actions["uo-h1"]?.doneOn != nil)
        let stillBehind = try Store.open(directory: dir.data, JournalOptions(readOnly: true, history: false, scope: .items(["uo-h1"]), cacheAbove: 0, now: fixedNow))
        #expect(stillBehind.journal?.isPartial == false, "nothing was written to bring it up to date")
    }

    @Test func aDamagedOrForeignFileIsSaidSetAsideAndWrittenAgain() throws {
        let dir = TempDirectory()
        let store = try sampled(dir)
        let path = dir.layout.cache
        // The whole file, its log copied into it.
        try #require(try SnapshotDatabase.open(dir.layout, write: true)).database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        var bytes = [UInt8](good)
        for i in stride(from: 8_192, to: bytes.count, by: 97) { bytes[i] ^= 0x5A }
        // SQLite checksums no page: what damage it notices depends on which pages a read
        // touches (the layout differs from run to run). Accord checks each row it reads.
        let breakages: [(what: String, alwaysSaid: Bool, bytes: Data)] = [
            ("not SQLite", true, Data("# not a database\n".utf8)),
            ("pages scrambled", false, Data(bytes)),
            ("cut short", false, good.prefix(good.count / 2)),
        ]
        for (what, alwaysSaid, broken) in breakages {
            // The damaged file alone, as a copy of it would be (its log beside it is SQLite's own).
            for file in dir.layout.cacheSideFiles { try? FileManager.default.removeItem(atPath: file) }
            try broken.write(to: URL(fileURLWithPath: path))
            let opened = try Store.open(directory: dir.data, JournalOptions(history: false, scope: .items(["uo-h1"]), cacheAbove: 0, now: fixedNow))
            // Whatever was read, from the file or the journals, is what the journals hold.
            #expect(opened.state.actions["uo-h1"] == store.state.actions["uo-h1"], "\(what)")
            #expect(opened.state.pathFromPartners(of: "uo-h1") == store.state.pathFromPartners(of: "uo-h1"), "\(what)")
            if opened.journal?.isPartial == false { #expect(opened.state == store.state, "\(what)") }
            let said = opened.journal?.notices.contains { $0.hasPrefix("local/snapshot.sqlite could not be read") } == true
            #expect(said || !alwaysSaid, "\(what)")
            if said {
                try expectFile(dir, holds: store.ledger, "\(what): said, set aside and written again at once")
            } else {
                // Damage the read did not touch: `journal verify` finds it, removes the file,
                // and the next opening to write writes it again.
                if case .agrees = ReadInPlaceCheck.of(dir.layout, against: store.ledger) { Issue.record("\(what): verify said it agrees") }
                ReadInPlaceCheck.discard(dir.layout)
                _ = try Store.open(directory: dir.data, JournalOptions(cacheAbove: 0, now: fixedNow))
                try expectFile(dir, holds: store.ledger, "\(what): written again whole")
            }
        }
    }

    @Test func aRowWhoseChecksumFailsIsNotTrusted() throws {
        let dir = TempDirectory()
        let store = try sampled(dir)
        let file = try #require(try SnapshotDatabase.open(dir.layout, write: true))
        // A title changed without its checksum: as a flipped bit on disk would.
        try file.database.execute("UPDATE items SET body = replace(body, 'mission', 'MISSION') WHERE id = 'uo-h1'")
        let opened = try Store.open(directory: dir.data, JournalOptions(history: false, scope: .items(["uo-h1"]), cacheAbove: 0, now: fixedNow))
        #expect(opened.journal?.isPartial == false)
        #expect(opened.state.actions["uo-h1"] == store.state.actions["uo-h1"])
        #expect(opened.journal?.notices.contains { $0.contains("uo-h1") && $0.contains("bad checksum") } == true)
    }

    @Test func anotherReplicasJournalOrAnEditInPlaceMakesItBehind() throws {
        let dir = TempDirectory()
        _ = try sampled(dir)
        let other = TempDirectory()
        other.write("local/replica", Array("p2\n".utf8))
        let peer = try Store.open(directory: other.data, JournalOptions(cacheAbove: 0, now: fixedNow))
        try peer.perform(Change(label: "peer", events: [.categoryCreated(Category(id: "peer-cat", name: "Pair"))]))
        let peerFile = "journal/p2.log"
        dir.write(peerFile, other.bytes(peerFile))
        #expect(!dir.bytes(peerFile).isEmpty)
        var opened = try Store.open(directory: dir.data, JournalOptions(history: false, scope: .items(["uo-h1"]), cacheAbove: 0, now: fixedNow))
        #expect(opened.journal?.isPartial == false, "a journal it never read")
        try FileManager.default.removeItem(atPath: dir.data + "/" + peerFile)
        _ = try Store.open(directory: dir.data, JournalOptions(cacheAbove: 0, now: fixedNow))
        opened = try Store.open(directory: dir.data, JournalOptions(history: false, scope: .items(["uo-h1"]), cacheAbove: 0, now: fixedNow))
        #expect(opened.journal?.isPartial == true, "a journal that vanished holds nothing unread (its records stay in the cache)")
        #expect(opened.state.categories["peer-cat"] != nil)
        // The same bytes written again: same size, same file, but written since.
        dir.write(TempDirectory.journal, dir.bytes(TempDirectory.journal))
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3_600)], ofItemAtPath: dir.data + "/" + TempDirectory.journal)
        opened = try Store.open(directory: dir.data, JournalOptions(history: false, scope: .items(["uo-h1"]), cacheAbove: 0, now: fixedNow))
        #expect(opened.journal?.isPartial == false, "a journal written since is read")
    }
}
