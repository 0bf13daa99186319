import Foundation
import Testing

/// `accord sync`, `accord conflicts` and `accord replica` on data directories sharing a bare git repository.
@Suite struct SyncCommandTests {
    @discardableResult
    private func git(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
        return String(decoding: data, as: UTF8.self)
    }

    @Test func twoReplicasShareThroughABareRepositoryAndSayWhoDidWhat() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let bare = accord.home + "/shared.git", paris = accord.home + "/paris", nancy = accord.home + "/nancy"
        try git(["init", "-q", "--bare", bare])
        _ = try accord.ok(["list", "agreements", "--data", paris])
        _ = try accord.ok(["replica", "name", "Bureau des partenariats UPEC", "--data", paris])
        let started = try accord.run(["sync", "--init", bare, "--data", paris])
        #expect(started.status == 0 && started.out == "Sent 1 change; nothing new received.\n", "\(started.err)")
        // A new replica joins: it takes the shared agreements, not the sample ones of its own.
        let joined = try accord.run(["sync", "--init", bare, "--data", nancy])
        #expect(joined.status == 0, "\(joined.err)")
        #expect(joined.out.contains("received 1 change from 1 replica (Bureau des partenariats UPEC)"), "\(joined.out)")
        #expect(try accord.ok(["list", "agreements", "--data", nancy]) == (try accord.ok(["list", "agreements", "--data", paris])))
        _ = try accord.ok(["replica", "name", "Cluster Nancy", "--data", nancy])
        _ = try accord.ok(["tick", "uo-h1", "--data", nancy])
        _ = try accord.ok(["note", "uo-h2", "vu à Paris", "--data", paris])
        #expect(try accord.ok(["sync", "--data", nancy]).hasPrefix("Sent 1 change;"))
        let received = try accord.ok(["sync", "--data", paris])
        #expect(received == "Sent 1 change; received 1 change from 1 replica (Cluster Nancy).\n", "\(received)")
        // The sync kept the cache current: the next command reads it, nothing is rebuilt.
        let verified = try accord.run(["journal", "verify", "--data", paris])
        let readInPlace = verified.out.split(separator: "\n").first { $0.hasPrefix("Cache:") } ?? ""
        #expect(readInPlace.hasSuffix("agrees with the journals"), "\(verified.out)")
        _ = try accord.ok(["sync", "--data", nancy])
        #expect(try accord.ok(["show", "uo-h1", "--data", paris]).contains("Done:         yes"))
        #expect(try accord.ok(["show", "uo-h2", "--data", nancy]).contains("vu à Paris"))
        let log = try accord.ok(["journal", "log", "--data", paris])
        #expect(log.contains("Cluster Nancy  Ticked") && log.contains("me             Noted"), "\(log)")
        let replicas = try accord.ok(["replica", "--data", paris])
        #expect(replicas.contains("Bureau des partenariats UPEC") && replicas.contains("Cluster Nancy") && replicas.contains("Last sync:"))
        // What local/ holds is never shared.
        let shared = try git(["-C", paris, "ls-files"])
        #expect(shared.contains("journal/") && shared.contains(".gitignore") && !shared.contains("local/"), "\(shared)")
    }

    @Test func conflictsAreListedTakenBackAndDismissedFromTheCommandLine() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let bare = accord.home + "/shared.git", paris = accord.home + "/paris", nancy = accord.home + "/nancy"
        try git(["init", "-q", "--bare", bare])
        _ = try accord.ok(["list", "agreements", "--data", paris])
        _ = try accord.ok(["sync", "--init", bare, "--data", paris])
        _ = try accord.ok(["sync", "--init", bare, "--data", nancy])
        let none = try accord.run(["conflicts", "--data", paris])
        #expect(none.status == 1 && none.out.hasPrefix("No conflicts"))
        #expect(try accord.run(["conflicts", "--json", "--data", paris]).out.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]")
        _ = try accord.ok(["edit", "uo-h1", "--title", "Titre de Paris", "--data", paris])
        _ = try accord.ok(["edit", "uo-h1", "--title", "Titre de Nancy", "--data", nancy])
        _ = try accord.ok(["sync", "--data", paris])
        #expect(try accord.ok(["sync", "--data", nancy]).contains("1 new conflict"))
        _ = try accord.ok(["sync", "--data", paris])
        let json = try accord.ok(["conflicts", "--json", "--data", paris])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let short = try #require(parsed.first?["id"] as? String)
        for data in [paris, nancy] {
            #expect(try accord.ok(["show", "uo-h1", "--data", data]).contains("Titre de Nancy"), "the later clock wins on both")
            let listed = try accord.ok(["conflicts", "--data", data])
            #expect(listed.hasPrefix("\(short)  uo-h1: 'title' was \"Titre de Paris\""), "the same short id on both: \(listed)")
        }
        #expect(parsed.count == 1 && parsed[0]["kind"] as? String == "overwritten" && parsed[0]["item"] as? String == "uo-h1")
        #expect((parsed[0]["values"] as? [String: String])?["title"] == "\"Titre de Paris\"")
        let took = try accord.ok(["conflicts", "take", short, "--data", paris])
        #expect(took.hasPrefix("Took back"), "\(took)")
        #expect(try accord.ok(["show", "uo-h1", "--data", paris]).contains("Titre de Paris"))
        #expect(try accord.run(["conflicts", "--data", paris]).status == 1, "taken back: off the list")
        _ = try accord.ok(["sync", "--data", paris])
        _ = try accord.ok(["sync", "--data", nancy])
        #expect(try accord.ok(["show", "uo-h1", "--data", nancy]).contains("Titre de Paris"))
        #expect(try accord.run(["conflicts", "--data", nancy]).status == 1, "off every list once the change arrives")
        let unknown = try accord.run(["conflicts", "take", "7", "--data", nancy])
        #expect(unknown.status == 1 && unknown.err.contains("no conflict is listed as '7'"))
    }

    /// A teammate's clock a year ahead (set by ACCORD_NOW here) is found from the records: named
    /// by `accord replica`, and by `journal verify`, which exits 1.
    @Test func aClockAYearAheadIsNamedByReplicaAndVerify() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let paris = accord.home + "/paris", nancy = accord.home + "/nancy"
        let future = ["ACCORD_NOW": "2027-12-07T10:00:00Z"], today = ["ACCORD_NOW": "2026-12-07T10:00:00Z"]
        _ = try accord.run(["list", "agreements", "--data", nancy], env: future)
        let made = try accord.run(["note", "uo-h1", "vu depuis le futur", "--data", nancy], env: future)
        #expect(made.status == 0, "\(made.err)")
        // Paris receives Nancy's journal (a synced folder would bring it), then writes having seen it.
        _ = try accord.run(["list", "agreements", "--data", paris], env: today)
        for name in try FileManager.default.contentsOfDirectory(atPath: nancy + "/journal") where name.hasSuffix(".log") {
            try FileManager.default.copyItem(atPath: nancy + "/journal/" + name, toPath: paris + "/journal/" + name)
        }
        let seen = try accord.run(["tick", "uo-s2", "--data", paris], env: today)
        #expect(seen.status == 0, "\(seen.err)")
        let replicas = try accord.run(["replica", "--data", paris], env: today)
        #expect(replicas.out.contains("clock was found ahead by about 365 days"), "\(replicas.out)")
        let verify = try accord.run(["journal", "verify", "--data", paris], env: today)
        #expect(verify.status == 1 && verify.out.contains("clock was found ahead by about 365 days"), "\(verify.out)")
    }

    @Test func aPlainCloneWorksAndMistakesSayWhatToDo() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let bare = accord.home + "/shared.git", paris = accord.home + "/paris", clone = accord.home + "/clone"
        try git(["init", "-q", "--bare", bare])
        let notShared = try accord.run(["sync", "--data", paris])
        #expect(notShared.status == 1 && notShared.err.contains("is not shared through git yet: 'accord sync --init URL'"), "\(notShared.err)")
        _ = try accord.ok(["tick", "uo-h1", "--data", paris])
        _ = try accord.ok(["sync", "--init", bare, "--data", paris])
        try git(["clone", "-q", bare, clone])
        #expect(try accord.ok(["show", "uo-h1", "--data", clone]).contains("Done:         yes"), "a clone is a new replica with the data")
        _ = try accord.ok(["tick", "uo-h2", "--data", clone])
        #expect(try accord.ok(["sync", "--data", clone]).hasPrefix("Sent 1 change;"))
        #expect(try accord.ok(["sync", "--data", paris]).contains("received 1 change"))
        let unreachable = try accord.run(["sync", "--init", accord.home + "/nowhere.git", "--data", accord.home + "/third"])
        #expect(unreachable.status == 1 && unreachable.err.hasPrefix("accord: cannot sync: git fetch"), "\(unreachable.err)")
    }
}
