import Glibc
import Foundation

/// Runs `git` in a data directory and reads what it says: the one place `accord sync` starts processes.
struct GitRunner: Sendable {
    let directory: String
    /// Extra `-c key=value` settings put before every command (a committer when none is set).
    var settings: [String] = []
    /// What stops an interruptible command (see `run`).
    var cancellation: SyncCancellation?

    /// What one git command did.
    struct Outcome {
        var status: Int32
        /// What it printed on stdout, as bytes (a blob).
        var outBytes: [UInt8]
        var err: String
        var out: String { String(decoding: outBytes, as: UTF8.self) }
        var succeeded: Bool { status == 0 }
        /// What it said went wrong, for a message: its error lines (blank ones left out, up to 12
        /// lines and 2,000 characters: git's advice comes after the error itself).
        var complaint: String {
            let lines = (err.isEmpty ? out : err).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && $0 != "remote:" && $0 != "hint:" }
            let text = lines.prefix(12).joined(separator: " / ")
            return text.isEmpty ? "exit status \(status)" : String(text.prefix(2_000))
        }
    }

    /// The `git` program, from PATH (then the usual places); nil when git is not installed.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/bin"] {
            let candidate = folder + "/git"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    /// Runs `git ARGUMENTS` in the directory; never asks on the terminal (a sync in cron must not hang).
    /// Started with `posix_spawn` and waited for with `waitpid` (Foundation's `Process` polls
    /// for the end, 50 ms or more a command); its output goes to two temporary files, read after.
    /// An `interruptible` command (a fetch, a push) runs in a process group of its own, which
    /// `cancellation` stops: it then throws `SyncError.cancelled`.
    @discardableResult
    func run(_ arguments: [String], interruptible: Bool = false) throws(SyncError) -> Outcome {
        let stoppable = interruptible ? cancellation : nil
        try stoppable?.check()
        guard let git = Self.executable else { throw .gitMissing }
        let command = [git, "-C", directory] + settings.flatMap { ["-c", $0] } + arguments
        let base = NSTemporaryDirectory() + "accord-git-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let outPath = base + ".out", errPath = base + ".err"
        defer { unlink(outPath); unlink(errPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        var argv = command.map { strdup($0) } + [nil]
        var envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        if stoppable != nil {
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
            posix_spawnattr_setpgroup(&attributes, 0)
        }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, git, &actions, &attributes, &argv, &envp)
        guard started == 0 else { throw .gitFailed(command: arguments.first ?? "git", reason: SystemErrorText.reason(started)) }
        stoppable?.running(pid)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        stoppable?.running(nil)
        try stoppable?.check()
        let exited = (status & 0x7f) == 0
        let code = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        func bytes(_ path: String) -> [UInt8] { (FileManager.default.contents(atPath: path)).map { [UInt8]($0) } ?? [] }
        return Outcome(status: code, outBytes: bytes(outPath), err: String(decoding: bytes(errPath), as: UTF8.self))
    }

    /// Runs a command that must succeed.
    @discardableResult
    func must(_ arguments: [String], interruptible: Bool = false) throws(SyncError) -> Outcome {
        let outcome = try run(arguments, interruptible: interruptible)
        guard outcome.succeeded else { throw .gitFailed(command: arguments.prefix(2).joined(separator: " "), reason: outcome.complaint) }
        return outcome
    }
}
