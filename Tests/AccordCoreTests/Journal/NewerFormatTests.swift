import Foundation
import Testing
@testable import AccordCore

/// Data written by a newer Accord — a key, an event type, a choice or a version this build
/// does not know — opens read-only, says what and where, and nothing is dropped or moved.
@Suite struct NewerFormatTests {
    /// `json` framed as a journal line, with its checksum.
    private func framed(_ json: String) -> [UInt8] {
        Array((CRC32C.hex(Array(json.utf8)) + " " + json + "\n").utf8)
    }

    /// A journal of seed, tick a1, note a2 (records 1–3), then `newer` as record 4 and a tick as record 5.
    private func journal(withFourth newer: (String) -> String) throws -> (TempDirectory, Ledger) {
        let dir = TempDirectory()
        let beforeFourth: Ledger
        do {
            let store = try Store.seeded(dir)
            try store.tick("a1")
            try store.perform(Change(label: "note", events: [.noteSet(id: "a2", note: "vu")]))
            beforeFourth = store.ledger
        }
        let record = JournalRecord(seq: 4, at: "2026-11-22T10:00:00Z", kind: .change, change: Change(
            label: "Edited action", events: [.actionUpdated(Action(id: "a1", commitmentID: "c-stages", title: "Publier", rank: 25))]))
        let json = String(decoding: LineCodec.encode(record).dropFirst(9).dropLast(), as: UTF8.self)
        let fifth = LineCodec.encode(JournalRecord(seq: 5, at: "2026-11-22T10:01:00Z", kind: .change,
                                                   change: Change(label: "t", events: [.actionUnticked(id: "a2")])))
        dir.write(TempDirectory.journal, dir.bytes(TempDirectory.journal) + framed(newer(json)) + fifth)
        return (dir, beforeFourth)
    }

    private func expectReadOnlyAsOfRecordThree(_ dir: TempDirectory, _ before: Ledger, mentioning words: [String],
                                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let bytes = dir.bytes(TempDirectory.journal)
        let store = try Store.open(directory: dir.data)
        guard case .newerFormat(let what)? = store.readOnlyReason else {
            Issue.record("not read-only for a newer format: \(String(describing: store.readOnlyReason))", sourceLocation: sourceLocation)
            return
        }
        for word in words { #expect(what.contains(word), "'\(what)' lacks \(word)", sourceLocation: sourceLocation) }
        #expect(store.ledger == before, "the data as of record 3", sourceLocation: sourceLocation)
        #expect(store.journal?.lastSeq == 3, sourceLocation: sourceLocation)
        let notice = store.journal?.notices.joined() ?? ""
        #expect(notice.contains("written by a newer Accord") && notice.contains("read-only"), sourceLocation: sourceLocation)
        #expect(throws: JournalError.self, sourceLocation: sourceLocation) { try store.untick("a1") }
        #expect(dir.bytes(TempDirectory.journal) == bytes, "nothing was changed", sourceLocation: sourceLocation)
        #expect(dir.files(in: TempDirectory.quarantine).isEmpty, "nothing was moved to quarantine", sourceLocation: sourceLocation)
        #expect(String(describing: store.readOnlyReason!).contains("newer Accord"), sourceLocation: sourceLocation)
    }

    @Test func anUnknownFieldInAnItem() throws {
        let (dir, before) = try journal { $0.replacingOccurrences(of: #""title":"Publier""#, with: #""title":"Publier","owner":"uni""#) }
        try expectReadOnlyAsOfRecordThree(dir, before, mentioning: ["'owner' of an action", "record 4"])
    }

    @Test func anUnknownFieldInTheRecord() throws {
        let (dir, before) = try journal { $0.replacingOccurrences(of: #""seq":4"#, with: #""seq":4,"by":"alice""#) }
        try expectReadOnlyAsOfRecordThree(dir, before, mentioning: ["'by' of a record", "record 4"])
    }

    @Test func aKeyAnEventTypeDoesNotCarry() throws {
        let (dir, before) = try journal { $0.replacingOccurrences(of: #""type":"actionUpdated""#, with: #""type":"actionUpdated","note":"x""#) }
        try expectReadOnlyAsOfRecordThree(dir, before, mentioning: ["'note' of a 'actionUpdated' event", "record 4"])
    }

    @Test func anUpdateSettingAFieldThisBuildDoesNotKnow() throws {
        let (dir, before) = try journal { $0.replacingOccurrences(of: #""type":"actionUpdated""#, with: #""type":"actionUpdated","fields":["title","owner"]"#) }
        try expectReadOnlyAsOfRecordThree(dir, before, mentioning: ["'owner' of the fields of a 'actionUpdated' event", "record 4"])
    }

    @Test func anUnknownEventType() throws {
        let (dir, before) = try journal { $0.replacingOccurrences(of: "actionUpdated", with: "actionAssigned") }
        try expectReadOnlyAsOfRecordThree(dir, before, mentioning: ["actionAssigned", "record 4"])
    }

    @Test func anUnknownChoice() throws {
        let (dir, before) = try journal { $0.replacingOccurrences(of: #""kind":"change""#, with: #""kind":"merge""#) }
        try expectReadOnlyAsOfRecordThree(dir, before, mentioning: ["'merge'", "record 4"])
    }

    @Test func aNewerVersion() throws {
        let (dir, before) = try journal { $0.replacingOccurrences(of: #""v":3"#, with: #""v":4"#) }
        try expectReadOnlyAsOfRecordThree(dir, before, mentioning: ["format version 4", "record 4"])
    }

    /// Read on from where a snapshot stopped, the newer record is still named by its line in the file.
    @Test func theNoticeNamesTheFilesLineWhenReadFromASnapshot() throws {
        let dir = TempDirectory()
        do {
            let store = try Store.seeded(dir)
            try store.tick("a1")
            try store.rebuildCache()
        }
        let lines = dir.bytes(TempDirectory.journal).filter { $0 == UInt8(ascii: "\n") }.count
        let record = JournalRecord(seq: lines + 1, at: "2026-11-22T10:00:00Z", kind: .change,
                                   change: Change(label: "t", events: [.actionUnticked(id: "a1")]))
        let json = String(decoding: LineCodec.encode(record).dropFirst(9).dropLast(), as: UTF8.self)
            .replacingOccurrences(of: #""v":3"#, with: #""v":4"#)
        dir.write(TempDirectory.journal, dir.bytes(TempDirectory.journal) + framed(json))
        let store = try Store.open(directory: dir.data)
        let notice = store.journal?.notices.joined() ?? ""
        #expect(notice.contains("at line \(lines + 1))"), "\(notice)")
    }

    /// Another replica's file read on from where the last look stopped: the newer record is
    /// still named by its line in that file.
    @Test func aPeersNewerRecordIsNamedByItsLineInItsFile() throws {
        let dir = TempDirectory()
        let store = try Store.seeded(dir)
        func line(_ seq: Int) -> [UInt8] {
            PeerSigning.line(JournalRecord(replica: "p2", seq: seq, clock: 1_800_000_000_000_000 + seq, at: "2027-01-01T00:00:00Z",
                                           kind: .change, change: Change(label: "n", events: [.noteSet(id: "a2", note: "vu \(seq)")])))
        }
        dir.write("journal/p2.log", line(1) + line(2))
        try store.followOthers()
        #expect(store.state.actions["a2"]?.note == "vu 2")
        let newer = String(decoding: line(3).dropFirst(9).dropLast(), as: UTF8.self).replacingOccurrences(of: #""v":3"#, with: #""v":4"#)
        dir.write("journal/p2.log", dir.bytes("journal/p2.log") + framed(newer))
        try store.followOthers()
        let notice = store.journal?.notices.joined(separator: "\n") ?? ""
        #expect(notice.contains("journal/p2.log holds a record written by a newer Accord (format version 4, in record 3 at line 3)"), "\(notice)")
    }

    @Test func aSnapshotWithAnUnknownFieldIsSetAsideForTheJournals() throws {
        let dir = TempDirectory()
        let ledger: Ledger
        do {
            let store = try Store.seeded(dir)
            try store.tick("a1")
            try store.rebuildCache()
            ledger = store.ledger
        }
        try dir.editCacheRow("a1") {
            $0.replacingOccurrences(of: #""title":"Publier les offres""#, with: #""title":"Publier les offres","owner":"uni""#)
        }
        let store = try Store.open(directory: dir.data)
        // The cache is local, kept from the journals: what this build cannot read in it, it reads from them.
        #expect(store.readOnlyReason == nil)
        let notices = store.journal?.notices.joined(separator: "\n") ?? ""
        #expect(notices.contains("local/snapshot.sqlite could not be read") && notices.contains("'owner' of an action"), "\(notices)")
        #expect(store.ledger == ledger)
        try store.untick("a1")
    }
}
