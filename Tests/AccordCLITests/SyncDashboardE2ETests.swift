import Foundation
import Testing

/// The dashboard's sync in a real terminal (tmux): git works on a thread of its own.
@Suite(.serialized) struct SyncDashboardE2ETests {
    /// `S` runs git on a thread of its own: against a remote that takes 30 s to answer, the
    /// keys still move the selection, and Esc stops the sync cleanly (the next one works).
    @Test func aSlowSyncLeavesTheKeysLiveAndEscCancelsIt() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let bare = accord.home + "/shared.git"
        let made = Process()
        made.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        made.arguments = ["init", "-q", "--bare", bare]
        try made.run()
        made.waitUntilExit()
        _ = try accord.ok(["list", "agreements"])
        _ = try accord.ok(["sync", "--init", bare])
        func slowRemote(_ command: String) throws {
            let config = Process()
            config.executableURL = URL(fileURLWithPath: "/usr/bin/git")
            config.arguments = ["-C", accord.data, "config", "remote.origin.uploadpack", command]
            try config.run()
            config.waitUntilExit()
        }
        try slowRemote("sleep 30; git-upload-pack")
        let tmux = try TmuxSession(accord)
        defer { tmux.close() }
        try DashboardE2ETests.selectSuivre(tmux)
        try tmux.send("S")
        try tmux.waitFor("Syncing with the team… — Esc cancels it")
        try tmux.send("k")
        let moved = try tmux.waitFor("│ Diffuser les offres de stage")
        #expect(moved.contains("Syncing with the team…"), "the sync still runs while the selection moves")
        try tmux.send("Escape")
        let cancelled = try tmux.waitUntil("the sync cancelled", seconds: 10) { $0.contains("the sync was cancelled") }
        #expect(!cancelled.contains("Syncing with the team…"))
        // Cancelled cleanly: the next sync (a remote answering at once) goes through.
        try slowRemote("git-upload-pack")
        try tmux.send("S")
        _ = try tmux.waitUntil("the next sync", seconds: 15) { $0.contains("Synced:") }
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        let verify = try accord.run(["journal", "verify"])
        #expect(verify.out.contains("Result: clean"), "\(verify.out)")
    }

    /// Quitting while a sync waits on a slow remote stops the sync (its git and what git
    /// started) and ends at once, the data clean.
    @Test func quittingDuringASyncStopsItCleanly() throws {
        let accord = AccordBinary()
        defer { accord.remove() }
        let bare = accord.home + "/shared.git"
        func git(_ arguments: [String]) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
            process.arguments = arguments
            try process.run()
            process.waitUntilExit()
        }
        try git(["init", "-q", "--bare", bare])
        _ = try accord.ok(["list", "agreements"])
        _ = try accord.ok(["sync", "--init", bare])
        try git(["-C", accord.data, "config", "remote.origin.uploadpack", "sleep 30; git-upload-pack"])
        let tmux = try TmuxSession(accord)
        defer { tmux.close() }
        try tmux.waitFor("2 Agreements")
        try tmux.send("S")
        try tmux.waitFor("Syncing with the team…")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0", seconds: 15)
        let left = try FileManager.default.contentsOfDirectory(atPath: "/proc").compactMap { pid -> String? in
            guard let line = try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8) else { return nil }
            return line.contains(bare) ? line.replacingOccurrences(of: "\0", with: " ") : nil
        }
        #expect(left.isEmpty, "git or what it started is still running: \(left)")
        let verify = try accord.run(["journal", "verify"])
        #expect(verify.out.contains("Result: clean"), "\(verify.out)")
    }
}
