import AccordCore
import Foundation
import Testing

/// Faults around `accord sync`: killed at any point, run twice at once, a push refused — each
/// leaves nothing that blocks the next sync, and every message says what really happened.
@Suite(.serialized) struct SyncFaultTests {
    @Test func gitLockFilesLeftByAKilledSyncAreClearedByTheNext() throws {
        let shared = try SharedRepository.started(["paris"])
        defer { shared.remove() }
        _ = try shared.run("paris", ["tick", "uo-h1"])
        let git = shared.data("paris") + "/.git"
        for lock in ["/index.lock", "/refs/heads/main.lock", "/HEAD.lock"] {
            _ = FileManager.default.createFile(atPath: git + lock, contents: Data())
        }
        let synced = try shared.run("paris", ["sync"])
        #expect(synced.status == 0, "\(synced.err)")
        #expect(synced.out.hasPrefix("Sent 1 change"), "\(synced.out)")
        #expect(synced.err.contains("removed .git/index.lock, left by an interrupted git command"), "\(synced.err)")
    }

    @Test func syncsOfOneDirectoryAtOnceAllSucceed() throws {
        let shared = try SharedRepository.started(["paris", "nancy"])
        defer { shared.remove() }
        _ = try shared.run("paris", ["tick", "uo-h1"])
        _ = try shared.run("nancy", ["note", "uo-h2", "from Nancy"])
        _ = try shared.run("nancy", ["sync"])
        let results = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 4)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: 4) { index in
            slots[index] = (try? shared.run("paris", ["sync"]).status) ?? -1
        }
        #expect(Array(results) == [0, 0, 0, 0])
        #expect(try shared.run("paris", ["show", "uo-h2"]).out.contains("from Nancy"))
        _ = try shared.run("nancy", ["sync"])
        #expect(try shared.run("nancy", ["show", "uo-h1"]).out.contains("Done:         yes"))
    }

    @Test func aSyncRetriedAfterARefusedPushSaysItSendsTheChange() throws {
        let shared = try SharedRepository.started(["paris"])
        defer { shared.remove() }
        _ = try shared.run("paris", ["tick", "uo-h1"])
        let hook = shared.bare + "/hooks/pre-receive"
        try "#!/bin/sh\necho 'closed for maintenance' >&2\nexit 1\n".write(toFile: hook, atomically: true, encoding: .utf8)
        chmod(hook, 0o755)
        let refused = try shared.run("paris", ["sync"])
        #expect(refused.status != 0 && refused.err.contains("closed for maintenance"), "\(refused.err)")
        try FileManager.default.removeItem(atPath: hook)
        let retried = try shared.run("paris", ["sync"])
        #expect(retried.status == 0 && retried.out.hasPrefix("Sent 1 change;"), "\(retried.out) \(retried.err)")
        #expect(try shared.run("paris", ["sync"]).out.hasPrefix("Nothing new to send"))
    }

    @Test func aLargeImportTravelsAsOneChangeInBoundedRecords() throws {
        let shared = try SharedRepository.started(["paris", "nancy"])
        defer { shared.remove() }
        let file = shared.accord.home + "/large.yaml"
        _ = try shared.accord.ok(["generate", "--agreements", "900", "--output", file])
        let imported = try shared.run("paris", ["import", file])
        #expect(imported.status == 0, "\(imported.err)")
        let lines = try String(contentsOfFile: shared.data("paris") + "/journal/\(try shared.replica("paris")).log", encoding: .utf8)
            .split(separator: "\n")
        #expect(lines.count > 3 && lines.allSatisfy { $0.utf8.count < 4 << 20 }, "\(lines.count) lines")
        let sent = try shared.run("paris", ["sync"])
        #expect(sent.out.hasPrefix("Sent 1 change;"), "\(sent.out)")
        let received = try shared.run("nancy", ["sync"])
        #expect(received.out.contains("received 1 change from 1 replica"), "\(received.out)")
        #expect(try shared.run("nancy", ["list", "agreements"]).out == (try shared.run("paris", ["list", "agreements"])).out)
        _ = try shared.run("paris", ["undo", "--yes"])
        _ = try shared.run("paris", ["sync"])
        _ = try shared.run("nancy", ["sync"])
        #expect(try shared.run("nancy", ["list", "agreements"]).out == (try shared.run("paris", ["list", "agreements"])).out)
        #expect(try shared.run("nancy", ["journal", "verify"]).status == 0)
    }

    @Test func watchPrintsRecordsThatArriveOlderThanOnesShown() throws {
        let shared = try SharedRepository.started(["paris", "nancy"])
        defer { shared.remove() }
        // Nancy's change is older than Paris's, and reaches Paris after it.
        _ = try shared.run("nancy", ["note", "uo-h2", "older, from Nancy"], env: ["ACCORD_NOW": "2026-01-02T09:00:00Z"])
        _ = try shared.run("nancy", ["sync"])
        let output = shared.accord.home + "/watch.out"
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: output))
        let watcher = Process()
        watcher.executableURL = AccordBinary.url
        watcher.arguments = ["watch", "--count", "2", "--data", shared.data("paris")]
        watcher.environment = shared.accord.environment()
        watcher.standardOutput = handle
        watcher.standardError = FileHandle.nullDevice
        try watcher.run()
        Thread.sleep(forTimeInterval: 0.5)
        _ = try shared.run("paris", ["tick", "uo-h1"])
        _ = try shared.run("paris", ["sync"])
        let deadline = Date().addingTimeInterval(20)
        while watcher.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if watcher.isRunning { watcher.terminate() }
        let printed = try String(contentsOfFile: output, encoding: .utf8)
        #expect(printed.contains("Ticked") && printed.contains("Noted"), "\(printed)")
    }

    /// 100 syncs killed at random points (seed printed), each after a change; then one sync
    /// that succeeds, and a second replica that receives every change.
    @Test func syncsKilledAtRandomPointsLoseNothingAndBlockNothing() throws {
        let shared = try SharedRepository.started(["paris", "nancy"])
        defer { shared.remove() }
        let seed = ProcessInfo.processInfo.environment["ACCORD_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 1...UInt64(UInt32.max))
        print("syncsKilledAtRandomPoints seed \(seed)")
        var random = SeededRandom(seed: seed)
        let actions = ["uo-h1", "uo-h2", "uo-h3"]
        for round in 0..<100 {
            let noted = try shared.run("paris", ["note", actions[round % actions.count], "round \(round)"])
            #expect(noted.status == 0, "seed \(seed), round \(round): \(noted.err)")
            let sync = Process()
            sync.executableURL = AccordBinary.url
            sync.arguments = ["sync", "--data", shared.data("paris")]
            sync.environment = shared.accord.environment()
            sync.standardOutput = FileHandle.nullDevice
            sync.standardError = FileHandle.nullDevice
            try sync.run()
            usleep(UInt32.random(in: 0...300_000, using: &random))
            // Killed with the git it runs (git killed too leaves its lock files behind); the shared
            // repository's side of a push (git receive-pack, a grandchild here) stands for a server
            // and runs on.
            killWithChildren(sync.processIdentifier)
            sync.waitUntilExit()
        }
        let last = try shared.run("paris", ["sync"])
        #expect(last.status == 0, "seed \(seed): \(last.err)")
        let final = try shared.run("nancy", ["sync"])
        #expect(final.status == 0, "seed \(seed): \(final.err)")
        #expect(try shared.run("nancy", ["list", "agreements"]).out == (try shared.run("paris", ["list", "agreements"])).out, "seed \(seed)")
        #expect(try shared.run("paris", ["journal", "verify"]).status == 0, "seed \(seed)")
        let log = try shared.run("nancy", ["journal", "log", "--limit", "200"]).out
        #expect(log.components(separatedBy: "\n").filter { $0.contains("Noted") }.count == 100, "seed \(seed): \(log)")
        for (index, id) in actions.enumerated() {
            let last = (0..<100).last { $0 % actions.count == index }!
            #expect(try shared.run("nancy", ["show", id]).out.contains("round \(last)"), "seed \(seed)")
        }
    }
}

/// Stops `pid` and its children, then kills them all.
func killWithChildren(_ pid: pid_t) {
    kill(pid, SIGSTOP)
    let tree = [pid] + children(of: pid)
    for member in tree { kill(member, SIGSTOP) }
    for member in tree { kill(member, SIGKILL) }
}

/// The processes whose parent is `pid`, from /proc.
private func children(of pid: pid_t) -> [pid_t] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { name -> pid_t? in
        guard let child = pid_t(name), let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return fields.count > 1 && pid_t(fields[1]) == pid ? child : nil
    }
}
