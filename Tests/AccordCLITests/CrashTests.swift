import Foundation
import Testing

@Suite(.serialized) struct CrashTests {
    /// Starts `accord tick ID` and SIGKILLs it after a random delay; many times.
    /// Every tick that reported success must be there afterwards, and the
    /// data must open cleanly (no stale lock, at most a quarantined torn tail).
    @Test func killedAtRandomPointsNoAcknowledgedChangeIsLost() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let actions = try JSONSerialization.jsonObject(with: Data(try accord.ok(["list", "actions", "--json"]).utf8)) as! [[String: Any]]
        let open = actions.filter { ($0["done"] as? Bool) == false }.compactMap { $0["id"] as? String }
        var random = TestSeed()
        var acknowledged: [String] = []
        var killed = 0
        for id in open.prefix(40) {
            let process = Process()
            process.executableURL = AccordBinary.url
            process.arguments = ["tick", id]
            process.environment = accord.environment()
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...40_000, using: &random))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()
            let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            if process.terminationReason == .exit && process.terminationStatus == 0 && printed.hasPrefix("Ticked") {
                acknowledged.append(id)
            }
        }
        let after = try JSONSerialization.jsonObject(with: Data(try accord.ok(["list", "actions", "--json"]).utf8)) as! [[String: Any]]
        let done = Set(after.filter { ($0["done"] as? Bool) == true }.compactMap { $0["id"] as? String })
        for id in acknowledged { #expect(done.contains(id), "acknowledged tick of \(id) was lost (\(random.label))") }
        #expect(killed > 0, "no process was killed; the test proved nothing (\(random.label))")
        let verify = try accord.run(["journal", "verify"])
        #expect(verify.status == 0, "\(verify.out) (\(random.label))")
        // Killed between the append and the update, the file read in place is behind, never wrong.
        #expect(verify.out.contains("Cache: local/snapshot.sqlite") && !verify.out.contains("differs"), "\(verify.out) (\(random.label))")
        _ = try accord.ok(["tick", open.last!])  // no stale lock
        #expect(try accord.ok(["journal", "verify"]).contains("agrees with the journals"), "brought up to date by the tick")
    }

    /// SIGTERM, SIGINT and SIGHUP sent to `accord note` while it writes a 1 MB note: the
    /// signal waits for the record to be whole, so no half record is ever left (nothing is
    /// quarantined at the next start), the journal verifies clean, and every note that was
    /// acknowledged is there.
    @Test func stopSignalsDuringAWriteLeaveNoHalfRecord() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let actions = try JSONSerialization.jsonObject(with: Data(try accord.ok(["list", "actions", "--json"]).utf8)) as! [[String: Any]]
        let ids = actions.compactMap { $0["id"] as? String }
        let noteFile = accord.home + "/note-%d.txt"
        var random = TestSeed()
        var acknowledged: [(String, String)] = []
        var signalled = 0
        var stopped = 0
        for (i, id) in ids.prefix(24).enumerated() {
            let marker = "run \(i) "
            let path = String(format: noteFile, i)
            try (marker + String(repeating: "é", count: 200_000)).write(toFile: path, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = AccordBinary.url
            process.arguments = ["note", id, "-"]
            process.environment = accord.environment()
            process.standardInput = FileHandle(forReadingAtPath: path)
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            // The whole command takes about 20 ms here: signal within it (every fourth run is
            // left to finish, so that acknowledged notes are checked however loaded the machine is).
            usleep(UInt32.random(in: 0...25_000, using: &random))
            if i % 4 != 3, process.isRunning {
                kill(process.processIdentifier, [SIGTERM, SIGINT, SIGHUP][i % 3])
                signalled += 1
            }
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { stopped += 1 }
            let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            if process.terminationReason == .exit && process.terminationStatus == 0 && printed.hasPrefix("Noted") {
                acknowledged.append((id, marker))
            }
            #expect(!FileManager.default.fileExists(atPath: accord.data + "/local/quarantine"), "run \(i) left a half record (\(random.label))")
        }
        #expect(stopped > 0, "no process was stopped by a signal (\(signalled) sent); the test proved nothing (\(random.label))")
        #expect(acknowledged.count >= 6, "the runs left alone finished and were acknowledged")
        let verify = try accord.run(["journal", "verify"])
        #expect(verify.status == 0 && verify.out.contains("Result: clean"), "\(verify.out)")
        #expect(verify.err.isEmpty, "opening found nothing to recover: \(verify.err)")
        for (id, marker) in acknowledged {
            let json = try accord.ok(["show", id, "--json"])
            #expect(json.contains(marker), "the acknowledged note of \(id) was lost")
        }
    }

    @Test func aWriterWaitsForTheLockAndNamesTheHolderWhenItWaitedTooLong() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        _ = try accord.ok(["list", "agreements"])
        // Hold the lock from this test process, as a process in the middle of a write would.
        // O_CLOEXEC: processes other tests spawn meanwhile must not inherit (and so keep) the lock.
        let fd = open(accord.data + "/local/lock", O_RDWR | O_CLOEXEC)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        _ = ftruncate(fd, 0)
        // A pid in the file, as older Accords left there: never what is named.
        let pid = Array("1\n".utf8)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        // Released a second later: the tick waited for it, and is saved.
        let release = DispatchWorkItem { flock(fd, LOCK_UN) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 1.5, execute: release)
        let started = Date()
        let waited = try accord.run(["tick", "uo-s2"])
        #expect(waited.status == 0, "\(waited.err)")
        #expect(Date().timeIntervalSince(started) >= 1.4, "it waited for the lock")
        release.wait()
        // Kept: after five seconds the writer gives up, names the holder and saves nothing.
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        _ = ftruncate(fd, 0)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        let refused = try accord.run(["tick", "uo-h1"])
        #expect(refused.status == 1)
        // The holder is this test process (not an Accord), named as the kernel says, not by the pid
        // it wrote in the file (which an Accord's earlier write would have left there).
        let command = try String(contentsOfFile: "/proc/self/comm", encoding: .utf8).trimmingCharacters(in: .newlines)
        #expect(refused.err == "accord: process \(getpid()) (\(command), not an Accord) kept the data locked for 5 seconds; nothing was saved. Try again.\n",
                "\(refused.err)")
        #expect(try accord.run(["list", "agreements"]).status == 0, "reading still works")
        flock(fd, LOCK_UN)
        #expect(try accord.ok(["show", "uo-s2"]).contains("Done:         yes"))
        #expect(try accord.ok(["show", "uo-h1"]).contains("Done:         no"))
    }
}
