import Foundation
import Testing
@testable import AccordCore

/// Every record is signed by its replica's key; what another replica's files hold is checked
/// where it is read, and what does not check is set aside — named, never applied, never deleted.
@Suite struct SignedRecordsTests {
    /// A note on `id` by `replica`, record `seq` (unsigned until a test signs it).
    private func note(_ replica: String, _ seq: Int, _ id: String, _ text: String, seen: [RecordRef] = []) -> JournalRecord {
        JournalRecord(replica: replica, seq: seq, clock: 1_900_000_000_000_000 + seq, seen: seen, at: "2030-03-01T10:00:00Z",
                      kind: .change, change: Change(ChangeLabel(.noted, title: id), events: [.noteSet(id: id, note: text)]))
    }

    private func append(_ dir: TempDirectory, _ name: String, _ bytes: [UInt8]) {
        dir.write("journal/" + name, dir.bytes("journal/" + name) + bytes)
    }

    @Test func aReplicasRecordsAreSignedItsFirstCarriesItsKeyAndTheSecretStaysInLocal() throws {
        let dir = TempDirectory()
        let store = try Store.seeded(dir)
        try store.tick("a1")
        let lines = dir.bytes(TempDirectory.journal).split(separator: UInt8(ascii: "\n"))
        let entries = JournalScan(dir.bytes(TempDirectory.journal)).entries
        #expect(entries.count >= 2 && entries.allSatisfy { $0.record.signature != nil })
        #expect(entries[0].record.publicKey != nil && entries.dropFirst().allSatisfy { $0.record.publicKey == nil })
        // Each line checks with that key, over its stored bytes; one byte changed, it does not.
        let key = try #require(entries[0].record.publicKey.flatMap(PublicKey.init(base64:)))
        for line in lines {
            let record = try LineCodec.decode(JournalRecord.self, from: line).get()
            let check = Array(line).withUnsafeBufferPointer { SignatureCheck.of(record, json: UnsafeBufferPointer(rebasing: $0[9...]), candidates: [key]) }
            #expect(check == .signed(by: key))
        }
        var altered = Array(lines[1])
        let at = try #require(altered[9...].firstIndex(of: UInt8(ascii: "a")))
        altered[at] = UInt8(ascii: "b")
        let record = try LineCodec.decode(JournalRecord.self, from: lines[1][...]).get()
        let check = altered.withUnsafeBufferPointer { SignatureCheck.of(record, json: UnsafeBufferPointer(rebasing: $0[9...]), candidates: [key]) }
        if case .failed = check {} else { Issue.record("a changed byte still checks: \(check)") }
        // The secret: mode 0600 in local/, and nowhere in journal/.
        let path = dir.data + "/local/signing-key"
        let mode = try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        let seed = try #require(String(decoding: dir.bytes("local/signing-key"), as: UTF8.self).split(separator: "\n").last)
        #expect(!String(decoding: dir.bytes(TempDirectory.journal), as: UTF8.self).contains(seed))
        #expect(store.journal?.replicaKeys.current(of: TempDirectory.replica) == key)
    }

    @Test func aForgedARewrittenAndAnUnsignedRecordAreSetAsideAndTheRealOneStillApplies() throws {
        let dir = TempDirectory()
        let store = try Store.seeded(dir)
        dir.write("journal/p2.log", PeerSigning.line(note("p2", 1, "a1", "real one")))
        try store.followOthers()
        #expect(store.state.actions["a1"]?.note == "real one")
        // In p2's name: signed by another key; a real record with a byte changed (checksum made
        // again); unsigned. Each is record 2, in a conflict copy.
        var forged = note("p2", 2, "a1", "forged")
        let mallory = PeerSigning.keyPair(of: "mallory")
        forged.publicKey = mallory.publicKey.base64
        dir.write("journal/p2.sync-conflict-1.log", RecordSignature.signedLine(forged, by: mallory))
        try store.followOthers()
        let real = PeerSigning.line(note("p2", 2, "a1", "honest"))
        let json = String(decoding: real.dropFirst(9).dropLast(), as: UTF8.self).replacingOccurrences(of: "honest", with: "hacked")
        dir.write("journal/p2.sync-conflict-2.log", Array(CRC32C.hex(Array(json.utf8)).utf8) + Array(" \(json)\n".utf8))
        try store.followOthers()
        dir.write("journal/p2.sync-conflict-3.log", LineCodec.encode(note("p2", 2, "a1", "unsigned")))
        try store.followOthers()
        #expect(store.state.actions["a1"]?.note == "real one")
        let aside = try #require(store.journal?.replicaKeys.setAside)
        #expect(Set(aside.map(\.reason)) == [.notItsKey, .badSignature, .unsignedAfterSigned])
        #expect(aside.allSatisfy { $0.ref == RecordRef(replica: "p2", seq: 2) })
        let notices = store.journal?.peerNotices.joined(separator: "\n") ?? ""
        #expect(notices.contains("record p2:2 (in journal/p2.sync-conflict-1.log) is set aside: it is signed with a key its replica never introduced"))
        #expect(notices.contains("record p2:2 (in journal/p2.sync-conflict-2.log) is set aside: its signature does not check"))
        #expect(notices.contains("(in journal/p2.sync-conflict-3.log) is set aside: it is not signed"))
        // Nothing deleted; p2's own record 2 applies when it comes.
        #expect(FileManager.default.fileExists(atPath: dir.data + "/journal/p2.sync-conflict-1.log"))
        append(dir, "p2.log", real)
        try store.followOthers()
        #expect(store.state.actions["a1"]?.note == "honest")
        // Opened again from the cache: the same, and the key still known.
        let again = try Store.open(directory: dir.data)
        #expect(again.state.actions["a1"]?.note == "honest")
        #expect(again.journal?.replicaKeys.current(of: "p2") == PeerSigning.keyPair(of: "p2").publicKey)
        #expect(again.journal?.replicaKeys.setAsideCount == 3)
    }

    @Test func aKeyChangesOnlyByARecordSignedWithTheKeyBefore() throws {
        let dir = TempDirectory()
        let store = try Store.seeded(dir)
        let first = PeerSigning.keyPair(of: "p2"), second = PeerSigning.keyPair(of: "p2 again")
        var rotation = note("p2", 2, "a1", "new key")
        rotation.publicKey = second.publicKey.base64
        dir.write("journal/p2.log", PeerSigning.line(note("p2", 1, "a1", "one")) + RecordSignature.signedLine(rotation, by: first)
                  + RecordSignature.signedLine(note("p2", 3, "a1", "signed by the new key"), by: second))
        try store.followOthers()
        #expect(store.state.actions["a1"]?.note == "signed by the new key")
        #expect(store.journal?.replicaKeys.candidates(of: "p2") == [second.publicKey, first.publicKey])
        // The old key no longer signs: a record signed with it now is set aside.
        append(dir, "p2.log", RecordSignature.signedLine(note("p2", 4, "a1", "old key"), by: first))
        try store.followOthers()
        #expect(store.state.actions["a1"]?.note == "signed by the new key")
        #expect(store.journal?.replicaKeys.setAside == [SetAsideRecord(ref: RecordRef(replica: "p2", seq: 4), reason: .notItsKey)])
        // Read in the other order — the record signed by the new key in a file read before the
        // one introducing it — the same.
        let dir3 = TempDirectory()
        let third = try Store.seeded(dir3)
        dir3.write("journal/p2 (conflicted copy).log", RecordSignature.signedLine(note("p2", 3, "a1", "signed by the new key"), by: second))
        dir3.write("journal/p2.log", PeerSigning.line(note("p2", 1, "a1", "one")) + RecordSignature.signedLine(rotation, by: first))
        try third.followOthers()
        #expect(third.state.actions["a1"]?.note == "signed by the new key")
        #expect(third.journal?.replicaKeys.setAsideCount == 0)
        // A key introduced by a record its replica did not sign changes nothing.
        let dir2 = TempDirectory()
        let other = try Store.seeded(dir2)
        var takeover = note("p3", 2, "a1", "take over")
        takeover.publicKey = second.publicKey.base64
        dir2.write("journal/p3.log", PeerSigning.line(note("p3", 1, "a1", "one")) + RecordSignature.signedLine(takeover, by: second))
        try other.followOthers()
        #expect(other.state.actions["a1"]?.note == "one")
        #expect(other.journal?.replicaKeys.current(of: "p3") == PeerSigning.keyPair(of: "p3").publicKey)
    }

    @Test func unsignedRecordsWrittenBeforeSigningApplyOnceASignedRecordHasSeenThem() throws {
        let dir = TempDirectory()
        let store = try Store.seeded(dir)
        // An older Accord's records: unsigned, and no signed record has seen them yet.
        dir.write("journal/old.log", LineCodec.encode(note("old", 1, "a1", "from before")) + LineCodec.encode(note("old", 2, "a2", "also")))
        try store.followOthers()
        #expect(store.state.actions["a1"]?.note != "from before")
        #expect(store.journal?.peerNotices.contains { $0.contains("2 unsigned record(s) of replica old from its record 1 wait") } == true)
        // A teammate's signed record that had read the first of them: it applies, the second waits.
        dir.write("journal/p2.log", PeerSigning.line(note("p2", 1, "a2", "seen", seen: [RecordRef(replica: "old", seq: 1)])))
        try store.followOthers()
        #expect(store.state.actions["a1"]?.note == "from before" && store.state.actions["a2"]?.note == "seen")
        // Its replica, upgraded, signs: everything before its first signed record applies; an
        // unsigned record after it does not.
        append(dir, "old.log", PeerSigning.line(note("old", 3, "a1", "signed now")) + LineCodec.encode(note("old", 4, "a2", "unsigned again")))
        try store.followOthers()
        #expect(store.state.actions["a2"]?.note == "also" && store.state.actions["a1"]?.note == "signed now")
        #expect(store.journal?.replicaKeys.setAside == [SetAsideRecord(ref: RecordRef(replica: "old", seq: 4), reason: .unsignedAfterSigned)])
    }

    @Test func everyReplicaSetsAsideTheSameRecordsWhateverTheOrderItReadsThem() throws {
        let lines: [(String, [UInt8])] = [
            ("p2.log", PeerSigning.line(note("p2", 1, "a1", "one")) + PeerSigning.line(note("p2", 2, "a1", "two"))),
            ("p2 (conflicted copy).log", LineCodec.encode(note("p2", 2, "a1", "unsigned two"))),
            ("p3.log", PeerSigning.line(note("p3", 1, "a2", "three"))),
        ]
        var results: [ReplicaKeys] = []
        for order in [[0, 1, 2], [2, 1, 0], [1, 2, 0]] {
            let dir = TempDirectory()
            let store = try Store.seeded(dir)
            for index in order {
                dir.write("journal/" + lines[index].0, lines[index].1)
                try store.followOthers()
            }
            #expect(store.state.actions["a1"]?.note == "two" && store.state.actions["a2"]?.note == "three")
            results.append(try #require(store.journal?.replicaKeys))
        }
        // This replica's own key aside (each directory makes its own).
        let peers = results.map { $0.chains.filter { $0.key != TempDirectory.replica } }
        #expect(peers.allSatisfy { $0 == peers[0] } && peers[0].count == 2)
        #expect(results.allSatisfy { $0.setAside == [SetAsideRecord(ref: RecordRef(replica: "p2", seq: 2), reason: .unsignedAfterSigned)] },
                "\(results.map(\.setAside))")
    }

    @Test func aSignatureCheckedOnceIsRememberedByTheCacheAndNotCheckedAgain() throws {
        let dir = TempDirectory()
        let options = JournalOptions(cacheAbove: 0, now: fixedNow)
        do {
            let store = try Store.open(directory: dir.data, options)
            try store.perform(Change(label: "seed", events: Fixtures.small.sortedPartners.map { .partnerCreated($0) }))
        }
        dir.write("journal/p2.log", (1...3).flatMap { PeerSigning.line(note("p2", $0, "a1", "n\($0)")) })
        let first = try Store.open(directory: dir.data, options)
        #expect(first.journal?.verifiedSignatures.known.count == 3)
        let file = try #require(try SnapshotDatabase.open(first.journal!.layout, write: false))
        #expect(try file.verifiedSignatures().count == 3, "the cache keeps them")
        // A record clocked before everything: every journal is read again from its start.
        var early = note("p3", 1, "a1", "early")
        early.clock = 1_000_000_000_000_000
        dir.write("journal/p3.log", PeerSigning.line(early))
        let second = try Store.open(directory: dir.data, options)
        #expect(second.journal?.verifiedSignatures.checkedCount == 1, "only p3's record is checked")
        #expect(second.journal?.replayedWhole == true)
        #expect(second.journal?.verifiedSignatures.known.count == 4)
        #expect(second.journal?.verifiedSignatures.fresh.isEmpty == true, "p2's three were remembered; p3's went into the cache")
        // `journal verify` opens without the cache: every signature is checked.
        let (checked, _) = try Journal.open(directory: dir.data, JournalOptions(readOnly: true, useCache: false))
        #expect(checked.verifiedSignatures.checkedCount == 4)
    }

    @Test func twoRecordsSignedWithOneNumberHoldTheReplicaAsideOnEveryReplicaWhateverTheOrder() throws {
        // p2's key signed two different records numbered 2 (a journal restored from a backup).
        let real = (1...3).flatMap { PeerSigning.line(note("p2", $0, "a1", "real \($0)")) }
        let other = PeerSigning.line(note("p2", 2, "a1", "the other 2")) + PeerSigning.line(note("p2", 3, "a2", "the other 3"))
        let options = JournalOptions(cacheAbove: 0, now: fixedNow)
        // One replica applied the real ones first, then met the other version.
        let first = TempDirectory()
        let store = try Store.seeded(first)
        first.write("journal/p2.log", real)
        try store.followOthers()
        #expect(store.state.actions["a1"]?.note == "real 3")
        first.write("journal/p2.sync-conflict-1.log", other)
        try store.followOthers()
        // Another reads both at once.
        let second = TempDirectory()
        let fresh = try Store.seeded(second)
        second.write("journal/p2.sync-conflict-1.log", other)
        second.write("journal/p2.log", real)
        try fresh.followOthers()
        for (name, reader) in [("after", store), ("at once", fresh), ("reopened", try Store.open(directory: first.data, options))] {
            #expect(reader.state.actions["a1"]?.note == "real 1", "\(name): only what came before the number written twice")
            #expect(reader.state.actions["a2"]?.note != "the other 3", "\(name)")
            let keys = try #require(reader.journal?.replicaKeys)
            #expect(keys.numberedTwice == ["p2": 2], "\(name)")
            #expect(Set(keys.setAside.map(\.reason)) == [.numberedTwice, .afterNumberedTwice], "\(name): \(keys.setAside)")
        }
        #expect(fresh.journal?.peerNotices.contains { $0.contains("record p2:2") && $0.contains("signed two different records with this number") } == true)
        // A later record of that replica is held aside too.
        second.write("journal/p2.log", real + PeerSigning.line(note("p2", 4, "a2", "four")))
        try fresh.followOthers()
        #expect(fresh.state.actions["a2"]?.note != "four")
    }

    @Test func aFirstRecordForgedWithAnotherKeyIsNoEquivocationTheReplicasOwnFileWins() throws {
        // Anyone can sign a "first record" of p2 with a key of their own: were that an
        // equivocation, a forger could hold any replica aside. The version in p2's own file is applied.
        let real = (1...3).flatMap { PeerSigning.line(note("p2", $0, "a1", "real \($0)")) }
        let mallory = PeerSigning.keyPair(of: "mallory")
        var forged = note("p2", 1, "a2", "forged first")
        forged.publicKey = mallory.publicKey.base64
        for order in [["p2.log", "p2.sync-conflict-1.log"], ["p2.sync-conflict-1.log", "p2.log"]] {
            let dir = TempDirectory()
            let store = try Store.seeded(dir)
            for name in order {
                dir.write("journal/" + name, name == "p2.log" ? real : RecordSignature.signedLine(forged, by: mallory))
                try store.followOthers()
            }
            let keys = try #require(store.journal?.replicaKeys)
            #expect(store.state.actions["a1"]?.note == "real 3" && store.state.actions["a2"]?.note != "forged first", "\(order)")
            #expect(keys.numberedTwice.isEmpty && keys.current(of: "p2") == PeerSigning.keyPair(of: "p2").publicKey, "\(order)")
            #expect(keys.setAside == [SetAsideRecord(ref: RecordRef(replica: "p2", seq: 1), reason: .notItsKey)], "\(order): \(keys.setAside)")
        }
    }
}

