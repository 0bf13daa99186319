import AccordCore
import Foundation
import Testing

/// What a person sees of signed records: fingerprints to compare, and every record set aside
/// named by `replica`, `conflicts`, `journal verify` (exit 1) and the command that read it.
@Suite(.serialized) struct SignedRecordCommandTests {
    @Test func fingerprintsAreShownAndAForgedRecordIsNamedEverywhere() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        _ = try accord.ok(["tick", "uo-h1"])
        // This replica's fingerprint is its first record's key's.
        let bytes = try #require(FileManager.default.contents(atPath: accord.journal))
        let first = try #require(JournalScan(Array(bytes)).entries.first?.record)
        let own = try #require(first.publicKey.flatMap(PublicKey.init(base64:)))
        let folder = accord.data + "/journal/"
        _ = FileManager.default.createFile(atPath: folder + "p2.log", contents: Data(SharedRepository.noteRecord(replica: "p2", seq: 1, id: "uo-h2", text: "honest")))
        let replica = try accord.ok(["replica"])
        #expect(replica.contains(own.fingerprint) && replica.contains(PeerSigning.keyPair(of: "p2").publicKey.fingerprint), "\(replica)")
        #expect(replica.contains("Compare each key's fingerprint with its owner"))
        // Record 2 in p2's name, signed by someone else's key, in a copy a syncing tool made.
        var forged = try LineCodec.decode(JournalRecord.self, from: SharedRepository.noteRecord(replica: "p2", seq: 2, id: "uo-h2", text: "forged").dropLast()).get()
        let mallory = PeerSigning.keyPair(of: "mallory")
        forged.publicKey = mallory.publicKey.base64
        forged.signature = nil
        _ = FileManager.default.createFile(atPath: folder + "p2.sync-conflict-20261207.log", contents: Data(RecordSignature.signedLine(forged, by: mallory)))
        let shown = try accord.run(["show", "uo-h2"])
        #expect(shown.status == 0 && shown.out.contains("honest") && !shown.out.contains("forged"))
        #expect(shown.err.contains("record p2:2 (in journal/p2.sync-conflict-20261207.log) is set aside: it is signed with a key its replica never introduced"),
                "\(shown.err)")
        let verify = try accord.run(["journal", "verify"])
        #expect(verify.status == 1 && verify.out.contains("record p2:2"), "\(verify.out)")
        let conflicts = try accord.run(["conflicts"])
        #expect(conflicts.status == 0 && conflicts.out.contains("1 record set aside") && conflicts.out.contains("record p2:2 of p2"), "\(conflicts.out)")
        let json = try accord.run(["conflicts", "--json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(entries.contains { $0["kind"] as? String == "setAside" && $0["reason"] as? String == "notItsKey" }, "\(json.out)")
        let french = try accord.ok(["--lang", "fr", "replica"])
        #expect(french.contains("1 enregistrement mis de côté") && french.contains("signé d'une clé que sa réplique n'a jamais présentée"), "\(french)")
        // Nothing was deleted: the copy is still there, and p2's own record 2 applies when it comes.
        #expect(FileManager.default.fileExists(atPath: folder + "p2.sync-conflict-20261207.log"))
        let handle = try #require(FileHandle(forWritingAtPath: folder + "p2.log"))
        handle.seekToEndOfFile()
        handle.write(Data(SharedRepository.noteRecord(replica: "p2", seq: 2, id: "uo-h2", text: "second honest")))
        try handle.close()
        #expect(try accord.ok(["show", "uo-h2"]).contains("second honest"))
    }

    @Test func aReplicaWhoseKeyFileWasReplacedWritesNothingAndSaysWhy() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        _ = try accord.ok(["tick", "uo-h1"])
        try FileManager.default.removeItem(atPath: accord.data + "/local/signing-key")
        let refused = try accord.run(["tick", "uo-h2"])
        #expect(refused.status != 0 && refused.err.contains("local/signing-key holds another key"), "\(refused.err)")
        #expect(try accord.ok(["show", "uo-h2"]).contains("Done:         no"))
    }
}
