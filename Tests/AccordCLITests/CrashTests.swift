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
        var random = SystemRandomNumberGenerator()
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
        for id in acknowledged { #expect(done.contains(id), "acknowledged tick of \(id) was lost") }
        #expect(killed > 0, "no process was killed; the test proved nothing")
        let verify = try accord.run(["journal", "verify"])
        #expect(verify.status == 0, "\(verify.out)")
        _ = try accord.ok(["tick", open.last!])  // no stale lock
    }

    @Test func aSecondWriterIsRefusedNamingTheHolder() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        _ = try accord.ok(["list", "agreements"])
        // Hold the lock from this test process, as a running dashboard would.
        // O_CLOEXEC: processes other tests spawn meanwhile must not inherit (and so keep) the lock.
        let fd = open(accord.data + "/lock", O_RDWR | O_CLOEXEC)
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        _ = ftruncate(fd, 0)
        let pid = Array("\(getpid())\n".utf8)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        let refused = try accord.run(["tick", "uo-h1"])
        #expect(refused.status == 1)
        #expect(refused.err.contains("is in use by process \(getpid())"))
        #expect(try accord.run(["list", "agreements"]).status == 0, "reading still works")
        close(fd)
        let after = try accord.run(["tick", "uo-h1"])
        #expect(after.status == 0, "\(after.err)")
    }
}
