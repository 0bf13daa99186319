import AccordCore
import Foundation
import Testing

/// Honest replicas and one clumsy or hostile teammate make random changes and sync in random
/// orders through one git repository (the seed is printed). The honest replicas keep everything
/// they acknowledged, end byte-identical in what they show, and each hostile act is named.
@Suite(.serialized) struct HostilePeerPropertyTests {
    private enum Act: CaseIterable {
        case removeAFile, rewriteAFile, link, commitLocal, absurdClock, foreignRecord, unknownName, forgeNextRecord, unsignedNextRecord
    }

    @Test func honestReplicasKeepEverythingTheyAcknowledgedWhateverTheHostileOneDoes() throws {
        let honest = ["paris", "nancy", "lyon"]
        let shared = try SharedRepository.started(honest)
        defer { shared.remove() }
        let seed = ProcessInfo.processInfo.environment["ACCORD_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 1...UInt64(UInt32.max))
        print("honestReplicasKeepEverything seed \(seed)")
        var random = SeededRandom(seed: seed)
        let actions = ["uo-h1", "uo-h2", "uo-h3"]
        var acknowledged: [String: [String]] = [:]
        var acts = 0
        // The replicas in whose name a next record was forged.
        var forgedIn = Set<String>()
        let clone = try shared.teammateClone()
        for step in 0..<36 {
            let who = honest.randomElement(using: &random)!
            switch Int.random(in: 0..<4, using: &random) {
            case 0, 1:
                let text = "\(who) step \(step)"
                let noted = try shared.run(who, ["note", actions.randomElement(using: &random)!, text])
                #expect(noted.status == 0, "seed \(seed): \(noted.err)")
                acknowledged[who, default: []].append(text)
            case 2:
                let synced = try shared.run(who, ["sync"])
                #expect(synced.status == 0, "seed \(seed), step \(step): \(synced.err)")
                #expect(!holdsControlCharacters(synced.out + synced.err))
            default:
                let act = Act.allCases.randomElement(using: &random)!
                // Every honest replica holds what the remote holds (but the versions of its own
                // records held aside by others): a file rewritten or removed is one it knows. (One
                // met first in its forged version is held as it came, beside the real one; the
                // forged records in it are set aside: they are not signed by its replica's key.)
                for _ in 0..<2 { for replica in honest { _ = try shared.run(replica, ["sync"]) } }
                let touched = try commit(act, in: clone, shared: shared, step: step)
                if act == .forgeNextRecord || act == .unsignedNextRecord, let victim = touched { forgedIn.insert(victim) }
                acts += 1
                // The first honest replica to meet it names it — one that holds the file: a
                // replica does not keep the other versions of its own records that others hold
                // aside, so their removal is named by the others.
                var namer = who
                for candidate in [who] + honest where try touched?.hasPrefix(shared.replica(candidate) + ".held-") != true {
                    namer = candidate
                    break
                }
                let synced = try shared.run(namer, ["sync"])
                #expect(synced.status == 0, "seed \(seed), step \(step), \(act): \(synced.err)")
                #expect(!synced.err.isEmpty || act == .absurdClock || act == .foreignRecord,
                        "seed \(seed), step \(step): \(act) was not named by \(namer): \(synced.out)")
                // A record forged in the namer's own name never enters its files (its own are
                // never taken): the sync names it, and there is nothing for verify to find.
                let forgedInNamersName = try touched == shared.replica(namer)
                if [.absurdClock, .foreignRecord, .forgeNextRecord, .unsignedNextRecord].contains(act), !forgedInNamersName {
                    let named = try shared.run(namer, ["journal", "verify"])
                    #expect(named.status != 0, "seed \(seed), step \(step): \(act) not named by verify: \(named.out)")
                }
            }
        }
        // Two rounds: every honest replica sends, then every one receives.
        for _ in 0..<2 {
            for who in honest {
                let synced = try shared.run(who, ["sync"])
                #expect(synced.status == 0, "seed \(seed): \(synced.err)")
            }
        }
        let exports = try honest.map { try shared.run($0, ["export", "--format", "json"]).out }
        #expect(Set(exports).count == 1, "seed \(seed): the honest replicas differ")
        for who in honest {
            let own = try shared.replica(who)
            let ownBytes = try #require(FileManager.default.contents(atPath: shared.data(who) + "/journal/\(own).log"))
            let text = String(decoding: ownBytes, as: UTF8.self)
            for note in acknowledged[who] ?? [] { #expect(text.contains(note), "seed \(seed): \(who) lost '\(note)'") }
            for other in honest where other != who {
                let copy = FileManager.default.contents(atPath: shared.data(other) + "/journal/\(own).log")
                if forgedIn.contains(own) {
                    // A record forged in its name went first into that file on the others: every
                    // record it wrote is still held by each of them, in that file or a held version.
                    let folder = shared.data(other) + "/journal/"
                    let held = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(own + ".") }
                        .compactMap { FileManager.default.contents(atPath: folder + $0) }.map { String(decoding: $0, as: UTF8.self) }
                    for line in text.split(separator: "\n") {
                        #expect(held.contains { $0.contains(line) }, "seed \(seed): \(other) lost a record of \(who)'s")
                    }
                } else {
                    #expect(copy == ownBytes, "seed \(seed): \(other) does not hold \(who)'s journal as written")
                }
            }
        }
        print("honestReplicasKeepEverything seed \(seed): \(acts) hostile acts")
    }

    /// Commits and pushes one hostile act from the teammate's clone; returns the journal file
    /// removed, if it removed one.
    @discardableResult
    private func commit(_ act: Act, in clone: String, shared: SharedRepository, step: Int) throws -> String? {
        try shared.git(["fetch", "-q"], in: clone)
        try shared.git(["reset", "-q", "--hard", "origin/HEAD"], in: clone)
        let fm = FileManager.default
        let journals = try fm.contentsOfDirectory(atPath: clone + "/journal").filter { $0.hasSuffix(".log") }.sorted()
        switch act {
        case .removeAFile:
            if let victim = journals.first {
                try shared.git(["rm", "-q", "journal/" + victim], in: clone)
                try shared.teammatePushes("hostile act \(step)")
                return victim
            }
        case .rewriteAFile:
            // A journal holding records, replaced by one forged record in its replica's name (signed
            // with a key that is not that replica's).
            let held = journals.filter { ((try? fm.attributesOfItem(atPath: clone + "/journal/" + $0)[.size] as? Int) ?? 0) > 0 }
            if let victim = held.last {
                let replica = String(victim.prefix { $0 != "." })
                try Data(SharedRepository.noteRecord(replica: replica, seq: 1, id: "uo-h1", text: "forged \(step)"))
                    .write(to: URL(fileURLWithPath: clone + "/journal/" + victim))
            }
        case .link:
            try? fm.removeItem(atPath: clone + "/journal/link\(step).log")
            try fm.createSymbolicLink(atPath: clone + "/journal/link\(step).log", withDestinationPath: "/etc/hostname")
        case .commitLocal:
            try fm.createDirectory(atPath: clone + "/local", withIntermediateDirectories: true)
            _ = fm.createFile(atPath: clone + "/local/replica", contents: Data("hostile\(step)\n".utf8))
            try shared.git(["add", "-f", "local/replica"], in: clone)
        case .absurdClock:
            _ = fm.createFile(atPath: clone + "/journal/h\(step).log",
                              contents: Data(SharedRepository.noteRecord(replica: "h\(step)", seq: 1, id: "uo-h1", text: "x", clock: Int.max - 1)))
        case .foreignRecord:
            _ = fm.createFile(atPath: clone + "/journal/f\(step).log",
                              contents: Data(SharedRepository.noteRecord(replica: "someone-else", seq: 1, id: "uo-h1", text: "spoofed")))
        case .unknownName:
            _ = fm.createFile(atPath: clone + "/journal/notes-\(step).txt", contents: Data("hello\n".utf8))
        case .forgeNextRecord, .unsignedNextRecord:
            // The next record of an honest replica, appended to its journal in its name: signed
            // with another key, or not signed. Every replica sets it aside and names it; the
            // replica's own record of that number still applies.
            let held = journals.filter { !$0.contains(".held-") && ((try? fm.attributesOfItem(atPath: clone + "/journal/" + $0)[.size] as? Int) ?? 0) > 0 }
            if let victim = held.first {
                let path = clone + "/journal/" + victim
                let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
                let last = try #require(JournalScan(bytes).entries.last?.record)
                var forged = JournalRecord(replica: last.replica, seq: last.seq + 1, clock: last.clock + 1, at: last.at, kind: .change,
                                           change: Change(ChangeLabel(.noted, title: "uo-h1"), events: [.noteSet(id: "uo-h1", note: "forged \(step)")]))
                let mallory = PeerSigning.keyPair(of: "mallory")
                if act == .forgeNextRecord { forged.publicKey = mallory.publicKey.base64 }
                let line = act == .forgeNextRecord ? RecordSignature.signedLine(forged, by: mallory) : LineCodec.encode(forged)
                try Data(bytes + line).write(to: URL(fileURLWithPath: path))
                try shared.teammatePushes("hostile act \(step)")
                return last.replica
            }
        }
        try shared.teammatePushes("hostile act \(step)")
        return nil
    }
}
