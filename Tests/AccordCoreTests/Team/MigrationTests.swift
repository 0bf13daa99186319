import Foundation
import Testing
@testable import AccordCore

/// Data directories written before replicas (one `journal.log`, `snapshot.json`, `archive/`).
@Suite struct MigrationTests {
    /// A line as the Accord before replicas wrote it: version 1, no replica, clock or seen.
    private func legacyLine(_ record: JournalRecord) -> [UInt8] {
        var old = record
        old.version = 1
        let json = String(decoding: LineCodec.encode(old).dropFirst(9).dropLast(), as: UTF8.self)
            .replacingOccurrences(of: #""replica":"","#, with: "")
            .replacingOccurrences(of: #""clock":0,"#, with: "")
        return Array((CRC32C.hex(Array(json.utf8)) + " " + json + "\n").utf8)
    }

    /// A snapshot as it was before replicas: without the keys added since.
    private func legacySnapshot(_ ledger: Ledger, lastSeq: Int) throws -> [UInt8] {
        let line = LineCodec.encode(Snapshot(replica: "", lastSeq: lastSeq, files: [], takenAt: "2026-01-01T00:00:00Z", ledger: ledger))
        var object = try #require(try JSONSerialization.jsonObject(with: Data(line.dropFirst(9).dropLast())) as? [String: Any])
        for key in ["replica", "files", "lastKey", "frontier", "conflicts", "writers"] { object[key] = nil }
        object["v"] = 1
        let json = try JSONSerialization.data(withJSONObject: object)
        return Array((CRC32C.hex(Array(json)) + " ").utf8) + Array(json) + [UInt8(ascii: "\n")]
    }

    private func records() throws -> [JournalRecord] {
        var ledger = Ledger()
        var result: [JournalRecord] = []
        let changes: [Change] = [
            try SampleData.change(for: ledger.state),
            Change(label: "Ticked 'x'", events: [.actionTicked(id: "uo-h1", on: Day("2026-01-02")!)]),
            Change(label: "Noted", events: [.noteSet(id: "uo-h2", note: "vu en réunion")]),
            Change(label: "Ticked 'y'", events: [.actionTicked(id: "uo-h3", on: Day("2026-01-03")!)]),
        ]
        for (index, change) in changes.enumerated() {
            try ledger.apply(.change, change)
            result.append(JournalRecord(seq: index + 1, at: "2026-01-0\(index + 1)T09:00:00Z", kind: .change, change: change))
        }
        return result
    }

    /// Archive holding records 1–2, a snapshot at 2, journal.log holding 3–4; returns the ledger they make.
    private func writeLegacy(_ dir: TempDirectory, archive: Bool = true) throws -> Ledger {
        let all = try records()
        var ledger = Ledger()
        for record in all { try ledger.apply(record.kind, record.change) }
        var atTwo = Ledger()
        for record in all.prefix(2) { try atTwo.apply(record.kind, record.change) }
        try FileManager.default.createDirectory(atPath: dir.data + "/archive", withIntermediateDirectories: true)
        if archive {
            dir.write("archive/journal-000000001-000000002.log", all.prefix(2).flatMap(legacyLine))
        }
        dir.write("snapshot.json", try legacySnapshot(atTwo, lastSeq: 2))
        dir.write("journal.log", all.suffix(2).flatMap(legacyLine))
        return ledger
    }

    @Test func aSingleJournalDirectoryMigratesWithItsHistory() throws {
        let dir = TempDirectory()
        let before = try writeLegacy(dir)
        let oldJournal = dir.bytes("journal.log")
        let store = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        #expect(store.state == before.state)
        #expect(store.readOnlyReason == nil)
        #expect(store.journal?.notices.contains { $0.contains("migrated") && $0.contains("4 record(s)") } == true)
        let migrated = JournalScan(dir.bytes(TempDirectory.journal)).entries.map(\.record)
        #expect(migrated.map(\.seq) == [1, 2, 3, 4] && migrated.allSatisfy { $0.replica == "t1" && $0.version == JournalRecord.currentVersion })
        #expect(migrated.map(\.clock) == migrated.map(\.clock).sorted() && Set(migrated.map(\.clock)).count == 4)
        #expect(dir.bytes("local/before-team/journal.log") == oldJournal, "the old files are kept as they were")
        #expect(dir.files(in: "local/before-team/archive") == ["journal-000000001-000000002.log"])
        #expect(!FileManager.default.fileExists(atPath: dir.data + "/journal.log"))
        // The history came along: undo takes back the last old change.
        #expect(try store.undo().label == "Ticked 'y'")
        let reopened = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        #expect(reopened.ledger == store.ledger)
    }

    @Test func oldRecordsThatNoLongerReplayComeOverAsOneChange() throws {
        let dir = TempDirectory()
        // The archive is gone: records 1–2 exist only folded into the snapshot.
        let before = try writeLegacy(dir, archive: false)
        let store = try Store.open(directory: dir.data, JournalOptions(now: fixedNow))
        #expect(store.state == before.state, "nothing lost")
        let migrated = JournalScan(dir.bytes(TempDirectory.journal)).entries.map(\.record)
        #expect(migrated.count == 1 && migrated[0].change.label == "Carried over from journal.log")
        #expect(try Store.open(directory: dir.data, JournalOptions(now: fixedNow)).state == before.state)
    }

    @Test func openedReadOnlyItIsShownAsItIsAndNotMigrated() throws {
        let dir = TempDirectory()
        let before = try writeLegacy(dir)
        let store = try Store.open(directory: dir.data, JournalOptions(readOnly: true, now: fixedNow))
        #expect(store.state == before.state)
        #expect(store.readOnlyReason != nil)
        #expect(FileManager.default.fileExists(atPath: dir.data + "/journal.log"))
        #expect(!FileManager.default.fileExists(atPath: dir.data + "/" + TempDirectory.journal))
    }

    @Test func aMigratedDirectorySharesWithAnotherReplica() throws {
        let team = TeamFolder(replicas: 2)
        let dir = TempDirectory()
        let before = try writeLegacy(dir)
        for name in ["journal.log", "snapshot.json"] {
            try FileManager.default.copyItem(atPath: dir.data + "/" + name, toPath: team.directory("r1") + "/" + name)
        }
        try FileManager.default.copyItem(atPath: dir.data + "/archive", toPath: team.directory("r1") + "/archive")
        let first = try team.open(0)
        #expect(first.state == before.state)
        team.copy(from: 0, to: 1)
        let second = try team.open(1)
        #expect(second.state == before.state)
        try second.tick("uo-h2")
        team.copy(from: 1, to: 0)
        try first.followOthers()
        #expect(TeamFolder.canonical(first) == TeamFolder.canonical(second))
    }
}
