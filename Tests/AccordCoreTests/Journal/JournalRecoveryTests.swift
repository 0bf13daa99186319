import Foundation
import Testing
@testable import AccordCore

@Suite struct JournalRecoveryTests {
    /// A journal of four records: seed, tick a1, note on a2, untick a2.
    private func fourRecords(_ dir: TempDirectory) throws -> Ledger {
        let store = try Store.seeded(dir)
        try store.tick("a1")
        try store.perform(Change(label: "note", events: [.noteSet(id: "a2", note: "vu")]))
        try store.untick("a2")
        return store.ledger
    }

    private func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") {
            ranges.append(start..<i + 1)
            start = i + 1
        }
        return ranges
    }

    @Test func aTornLastRecordIsQuarantinedAtEveryCutLength() throws {
        let dir = TempDirectory()
        var beforeLast: Ledger
        do {
            let store = try Store.seeded(dir)
            beforeLast = store.ledger
            try store.tick("a1")
        }
        let full = dir.bytes(TempDirectory.journal)
        let last = lineRanges(full)[1]
        for cut in 1..<last.count {
            try? FileManager.default.removeItem(atPath: dir.data + "/" + TempDirectory.quarantine)
            dir.write(TempDirectory.journal, Array(full[..<(last.lowerBound + cut)]))
            let store = try Store.open(directory: dir.data)
            #expect(store.ledger == beforeLast, "cut at \(cut)")
            #expect(store.readOnlyReason == nil)
            #expect(dir.bytes(TempDirectory.journal) == Array(full[..<last.lowerBound]))
            let quarantined = dir.files(in: TempDirectory.quarantine)
            #expect(quarantined.count == 1)
            #expect(dir.bytes(TempDirectory.quarantine + "/" + quarantined[0]) == Array(full[last.lowerBound..<(last.lowerBound + cut)]))
            #expect(store.journal?.notices.first?.contains("interrupted write") == true)
        }
        // After recovery, work goes on.
        let store = try Store.open(directory: dir.data)
        try store.tick("a1")
        #expect(store.journal?.lastSeq == 2)
    }

    @Test func aNULTailIsQuarantined() throws {
        let dir = TempDirectory()
        let live = try fourRecords(dir)
        let good = dir.bytes(TempDirectory.journal)
        dir.write(TempDirectory.journal, good + [UInt8](repeating: 0, count: 4096))
        let store = try Store.open(directory: dir.data)
        #expect(store.ledger == live)
        #expect(store.readOnlyReason == nil)
        #expect(dir.bytes(TempDirectory.journal) == good)
        let name = try #require(dir.files(in: TempDirectory.quarantine).first)
        #expect(dir.bytes(TempDirectory.quarantine + "/" + name) == [UInt8](repeating: 0, count: 4096))
    }

    @Test(arguments: [0, 3, 17, 60])
    func aBitFlipInTheMiddleIsReportedAndOpensReadOnly(offset: Int) throws {
        let dir = TempDirectory()
        _ = try fourRecords(dir)
        var bytes = dir.bytes(TempDirectory.journal)
        let second = lineRanges(bytes)[1]
        bytes[second.lowerBound + 9 + offset] ^= 0x04
        dir.write(TempDirectory.journal, bytes)
        let store = try Store.open(directory: dir.data)
        guard case .damaged(let file, let line, let problem)? = store.readOnlyReason else {
            Issue.record("expected damaged, got \(String(describing: store.readOnlyReason))")
            return
        }
        #expect(line == 2)
        #expect(file == TempDirectory.journal, "the journal that is damaged is named, as it is in the data directory")
        #expect(store.readOnlyReason?.brief.hasPrefix(TempDirectory.journal + " is damaged at line 2") == true)
        #expect(problem.contains("checksum"))
        #expect(store.journal?.damage.count == 1, "only the flipped line is damaged")
        #expect(store.state.actions["a1"]?.isDone == false)  // record 2 was the tick
        #expect(store.state.actions["a2"]?.note == "vu")     // records 3 and 4 still applied
        #expect(throws: JournalError.self) { try store.tick("a1") }
        #expect(dir.bytes(TempDirectory.journal) == bytes, "a read-only open changes nothing")
    }

    @Test func repairBacksUpQuarantinesAndMakesTheDataWritable() throws {
        let dir = TempDirectory()
        _ = try fourRecords(dir)
        var bytes = dir.bytes(TempDirectory.journal)
        let second = lineRanges(bytes)[1]
        bytes[second.lowerBound + 20] ^= 0x01
        dir.write(TempDirectory.journal, bytes)
        var repaired: Ledger
        do {
            let store = try Store.open(directory: dir.data)
            let report = try store.repair()
            #expect(try PosixFileSystem().readFile(report.backupPath) == bytes)
            let quarantined = try #require(report.quarantinePath)
            #expect(try PosixFileSystem().readFile(quarantined) == Array(bytes[second]))
            #expect(report.damagedLines.map(\.line) == [2], "\(report.damagedLines)")
            #expect(store.readOnlyReason == nil)
            try store.tick("a1")
            repaired = store.ledger
        }
        let store = try Store.open(directory: dir.data)
        #expect(store.readOnlyReason == nil && store.journal?.damage == [])
        #expect(store.ledger == repaired)
        #expect(store.journal?.lastSeq == 5)
    }

    @Test func aSequenceGapIsDamage() throws {
        let dir = TempDirectory()
        _ = try fourRecords(dir)
        let bytes = dir.bytes(TempDirectory.journal)
        let lines = lineRanges(bytes)
        dir.write(TempDirectory.journal, Array(bytes[lines[0]]) + Array(bytes[lines[2]]) + Array(bytes[lines[3]]))
        let store = try Store.open(directory: dir.data)
        #expect(store.journal?.damage.first?.problem == "sequence gap: expected record 2, found 3")
        #expect(store.journal?.damage.first?.line == 2)
        if case .damaged? = store.readOnlyReason {} else { Issue.record("expected read-only") }
    }

    @Test func badJSONWithAGoodChecksumIsDamage() throws {
        let dir = TempDirectory()
        _ = try fourRecords(dir)
        let bytes = dir.bytes(TempDirectory.journal)
        let lines = lineRanges(bytes)
        let json = Array(#"{"v":1,"seq":2,"kind":"change"}"#.utf8)
        let bad = Array(CRC32C.hex(json).utf8) + [UInt8(ascii: " ")] + json + [UInt8(ascii: "\n")]
        dir.write(TempDirectory.journal, Array(bytes[lines[0]]) + bad + Array(bytes[lines[2]]) + Array(bytes[lines[3]]))
        let store = try Store.open(directory: dir.data)
        #expect(store.journal?.damage.first?.line == 2)
        #expect(store.journal?.damage.first?.problem.contains("unreadable JSON") == true)
    }

    @Test func anUnreadableSnapshotIsRebuiltFromTheJournalsWithANotice() throws {
        let dir = TempDirectory()
        let live: Ledger
        do {
            let store = try Store.seeded(dir)
            try store.tick("a1")
            try store.rebuildCache()
            live = store.ledger
        }
        // A bit flipped in a row: its checksum no longer matches.
        try dir.editCacheRow("a1", keepChecksum: true) { $0.replacingOccurrences(of: "Publier", with: "Publiez") }
        let store = try Store.open(directory: dir.data)
        #expect(store.ledger == live, "the cache is a cache: the journals hold everything")
        #expect(store.readOnlyReason == nil)
        #expect(store.journal?.notices.contains { $0.contains("local/snapshot.sqlite could not be read") && $0.contains("bad checksum") } == true)
        let again = try Store.open(directory: dir.data)
        #expect(again.journal?.snapshotSeq == 2 && again.journal?.notices == [], "a good cache was written in its place")
        #expect(again.state.actions["a1"]?.title == "Publier les offres")
    }
}
