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
}
