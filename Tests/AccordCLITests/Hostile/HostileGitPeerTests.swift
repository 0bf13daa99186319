import AccordCore
import Foundation
import Testing

/// What a clumsy or hostile teammate pushes to the shared git repository can neither wipe, crash,
/// hang nor reach the terminal: every case names what it refused, and loses nothing.
@Suite(.serialized) struct HostileGitPeerTests {
    @Test func aCleanUpCommitThatRemovesEveryJournalDeletesNothingAndIsUndoneByTheNextPush() throws {
        let shared = try SharedRepository.started(["paris", "nancy"])
        defer { shared.remove() }
        _ = try shared.run("nancy", ["tick", "uo-h1"])
        _ = try shared.run("nancy", ["sync"])
        _ = try shared.run("paris", ["sync"])
        let paris = try shared.replica("paris"), nancy = try shared.replica("nancy")
        let before = try shared.run("paris", ["list", "agreements"]).out
        let ownBytes = FileManager.default.contents(atPath: shared.data("paris") + "/journal/\(paris).log")
        // The teammate's "clean-up".
        let clone = try shared.teammateClone()
        try shared.git(["rm", "-r", "-q", "journal"], in: clone)
        try shared.teammatePushes("clean up")
        let synced = try shared.run("paris", ["sync"])
        #expect(synced.status == 0, "\(synced.err)")
        #expect(synced.err.contains("journal/\(nancy).log is gone from the shared repository"), "\(synced.err)")
        #expect(FileManager.default.contents(atPath: shared.data("paris") + "/journal/\(paris).log") == ownBytes)
        #expect(try shared.run("paris", ["list", "agreements"]).out == before)
        // The push put back what the remote lost: a new replica joining sees everything.
        #expect(try shared.sharedPaths().contains("journal/\(paris).log"))
        #expect(try shared.sharedPaths().contains("journal/\(nancy).log"))
        _ = try shared.accord.ok(["sync", "--init", shared.bare, "--data", shared.data("lyon")])
        #expect(try shared.run("lyon", ["list", "agreements"]).out == before)
        #expect(try shared.run("lyon", ["show", "uo-h1"]).out.contains("Done:         yes"))
        #expect(try shared.run("paris", ["journal", "verify"]).status == 0)
    }

    @Test func whatIsNotAJournalIsRefusedAndNamedAndTheRestIsTaken() throws {
        let shared = try SharedRepository.started(["paris"])
        defer { shared.remove() }
        let paris = try shared.replica("paris")
        let clone = try shared.teammateClone()
        let fm = FileManager.default
        try fm.createDirectory(atPath: clone + "/local", withIntermediateDirectories: true)
        _ = fm.createFile(atPath: clone + "/local/replica", contents: Data("mallory1\n".utf8))
        _ = fm.createFile(atPath: clone + "/journal/.gitattributes", contents: Data("*.log merge=binary\n".utf8))
        _ = fm.createFile(atPath: clone + "/README.md", contents: Data("hello\n".utf8))
        try fm.createSymbolicLink(atPath: clone + "/journal/zero.log", withDestinationPath: "/dev/zero")
        try fm.createSymbolicLink(atPath: clone + "/journal/passwd.log", withDestinationPath: "/etc/passwd")
        // A legitimate newcomer's journal beside them is taken.
        _ = fm.createFile(atPath: clone + "/journal/m0.log", contents: Data(SharedRepository.noteRecord(replica: "m0", seq: 1, id: "uo-h2", text: "from Mallory")))
        // An altered copy of this replica's own journal is never taken.
        let own = clone + "/journal/\(paris).log"
        try Data("00000000 {}\n".utf8).write(to: URL(fileURLWithPath: own))
        try shared.git(["add", "-f", "local/replica"], in: clone)
        try shared.teammatePushes("all sorts")
        let head = try shared.git(["rev-parse", "HEAD"], in: clone).trimmingCharacters(in: .whitespacesAndNewlines)
        try shared.git(["update-index", "--add", "--cacheinfo", "160000,\(head),journal/sub.log"], in: clone)
        try shared.git(["commit", "-q", "-m", "a submodule"], in: clone)
        try shared.git(["push", "-q"], in: clone)

        let synced = try shared.run("paris", ["sync"])
        #expect(synced.status == 0, "\(synced.err)")
        for named in ["local/replica was refused", "journal/.gitattributes was refused", "README.md was refused",
                      "journal/zero.log was refused: it is a symbolic link", "journal/passwd.log was refused: it is a symbolic link",
                      "journal/sub.log was refused: it is a submodule", "journal/\(paris).log is this replica's own"] {
            #expect(synced.err.contains(named), "\(named): \(synced.err)")
        }
        #expect(try shared.replica("paris") == paris)
        #expect(synced.out.contains("7 files from the shared repository refused or kept"), "\(synced.out)")
        let kept = try String(contentsOfFile: shared.data("paris") + "/local/sync-refusals.log", encoding: .utf8)
        #expect(kept.contains("journal/zero.log was refused") && kept.contains("local/replica was refused"), "\(kept)")
        for absent in ["/README.md", "/journal/zero.log", "/journal/passwd.log", "/journal/.gitattributes", "/journal/sub.log"] {
            #expect(!fm.fileExists(atPath: shared.data("paris") + absent), "\(absent)")
        }
        #expect(try shared.run("paris", ["show", "uo-h2"]).out.contains("from Mallory"))
        // The push sent back this replica's files as they are; the next sync has nothing to refuse.
        let again = try shared.run("paris", ["sync"])
        #expect(again.status == 0 && again.err.isEmpty, "\(again.err)")
        #expect(try shared.git(["--git-dir", shared.bare, "show", "HEAD:journal/\(paris).log"]).utf8.count > 100)
        #expect(try shared.run("paris", ["tick", "uo-h1"]).status == 0)
    }

    @Test func aRewrittenPeerJournalIsHeldBesideTheOneAlreadyHeld() throws {
        let shared = try SharedRepository.started(["paris", "nancy"])
        defer { shared.remove() }
        let nancy = try shared.replica("nancy")
        _ = try shared.run("nancy", ["note", "uo-h2", "first version"])
        _ = try shared.run("nancy", ["sync"])
        _ = try shared.run("paris", ["sync"])
        let held = try #require(FileManager.default.contents(atPath: shared.data("paris") + "/journal/\(nancy).log"))
        let clone = try shared.teammateClone()
        // The teammate rewrites nancy's history: record 1 says something else.
        let forged = SharedRepository.noteRecord(replica: nancy, seq: 1, id: "uo-h2", text: "forged")
        try Data(forged).write(to: URL(fileURLWithPath: clone + "/journal/\(nancy).log"))
        try shared.teammatePushes("rewrite")
        let synced = try shared.run("paris", ["sync"])
        #expect(synced.status == 0, "\(synced.err)")
        #expect(synced.err.contains("journal/\(nancy).log was rewritten or shortened"), "\(synced.err)")
        #expect(FileManager.default.contents(atPath: shared.data("paris") + "/journal/\(nancy).log") == held)
        let names = try FileManager.default.contentsOfDirectory(atPath: shared.data("paris") + "/journal")
        let heldCopy = try #require(names.first { $0.hasPrefix("\(nancy).held-") })
        #expect(FileManager.default.contents(atPath: shared.data("paris") + "/journal/" + heldCopy) == Data(forged))
        #expect(try shared.sharedPaths().contains("journal/" + heldCopy), "every replica sees both versions")
        #expect(try shared.run("paris", ["show", "uo-h2"]).out.contains("first version"))
    }

    @Test func absurdValuesFromAPeerAreDamageNamedAndNothingTraps() throws {
        let shared = try SharedRepository.started(["paris"])
        defer { shared.remove() }
        let clone = try shared.teammateClone()
        var lines = SharedRepository.noteRecord(replica: "m1", seq: 1, id: "uo-h2", text: "late", clock: Int.max - 1)
        lines += SharedRepository.noteRecord(replica: "m1", seq: 2, id: "uo-h2", text: "after")
        _ = FileManager.default.createFile(atPath: clone + "/journal/m1.log", contents: Data(lines))
        try shared.teammatePushes("a clock at the end of time")
        let synced = try shared.run("paris", ["sync"])
        #expect(synced.status == 0, "\(synced.err)")
        let tick = try shared.run("paris", ["tick", "uo-h1"])
        #expect(tick.status == 0, "\(tick.err)")
        #expect(tick.err.contains("journal/m1.log is damaged") && tick.err.contains("outside the years 2000 to 9999"), "\(tick.err)")
        let verify = try shared.run("paris", ["journal", "verify"])
        #expect(verify.status != 0 && verify.out.contains("outside the years 2000 to 9999"), "\(verify.out)")
        #expect(!(try shared.run("paris", ["show", "uo-h2"]).out.contains("late")))
    }

    @Test func hostileNamesAndServerMessagesNeverReachTheTerminalRaw() throws {
        let shared = try SharedRepository.started(["paris"])
        defer { shared.remove() }
        let clone = try shared.teammateClone()
        _ = FileManager.default.createFile(atPath: clone + "/journal/m2.name", contents: Data("Evil\u{1b}]0;pwned\u{07}\u{1b}[2J\n".utf8))
        _ = FileManager.default.createFile(atPath: clone + "/journal/m2.log", contents: Data(SharedRepository.noteRecord(replica: "m2", seq: 1, id: "uo-h2", text: "x\u{1b}[31m")))
        _ = FileManager.default.createFile(atPath: clone + "/journal/\u{1b}[2J.log", contents: Data("x\n".utf8))
        try shared.teammatePushes("names")
        _ = try shared.run("paris", ["tick", "uo-h1"])
        // A server hook that answers with escape sequences and refuses the push.
        let hook = shared.bare + "/hooks/pre-receive"
        try "#!/bin/sh\nprintf '\\033]0;owned\\007\\033[2Jrejected by policy\\n' >&2\nexit 1\n".write(toFile: hook, atomically: true, encoding: .utf8)
        chmod(hook, 0o755)
        let refused = try shared.run("paris", ["sync"])
        #expect(refused.status != 0)
        #expect(refused.err.contains("rejected by policy"), "\(refused.err)")
        try FileManager.default.removeItem(atPath: hook)
        var outputs = [refused.out, refused.err]
        // A watcher sees the hostile replica's next record arrive.
        let watched = shared.accord.home + "/watch.out"
        _ = FileManager.default.createFile(atPath: watched, contents: nil)
        let watcher = Process()
        watcher.executableURL = AccordBinary.url
        watcher.arguments = ["watch", "--count", "1", "--data", shared.data("paris")]
        watcher.environment = shared.accord.environment()
        let sink = try #require(FileHandle(forWritingAtPath: watched))
        watcher.standardOutput = sink
        watcher.standardError = sink
        try watcher.run()
        Thread.sleep(forTimeInterval: 0.5)
        let line = SharedRepository.noteRecord(replica: "m2", seq: 2, id: "uo-h1", text: "\u{1b}]52;c;cHduZWQ=\u{07}")
        let handle = try #require(FileHandle(forWritingAtPath: shared.data("paris") + "/journal/m2.log"))
        handle.seekToEndOfFile()
        handle.write(Data(line))
        try handle.close()
        let deadline = Date().addingTimeInterval(20)
        while watcher.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if watcher.isRunning { watcher.terminate() }
        let seen = try String(contentsOfFile: watched, encoding: .utf8)
        #expect(seen.contains("Evil"), "the watcher names the replica: \(seen)")
        outputs.append(seen)
        for arguments in [["sync"], ["journal", "log"], ["journal", "verify"], ["replica"], ["show", "uo-h2"], ["show", "uo-h1"],
                          ["search", "x"], ["conflicts"]] {
            let result = try shared.run("paris", arguments)
            outputs += [result.out, result.err]
        }
        for output in outputs { #expect(!holdsControlCharacters(output), "\(output.debugDescription)") }
        #expect(outputs.joined().contains("^[]0;owned"), "the hook's words are shown, escaped")
    }
}
