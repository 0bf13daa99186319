import Foundation

/// A detached tmux session on a private socket running the real binary, to
/// look at what a person would see. Killed (with its server) by `close()`.
final class TmuxSession {
    let socket = "accord-e2e-" + UUID().uuidString.prefix(8)
    let name = "e2e"

    /// Starts `[WRAPPER] accord ARGS [OUTPUT]` in a `width`×`height` terminal (`output` is shell text such as
    /// `| cat` or `> file`); the shell then prints `EXIT=<status>` (accord's, also through a pipe).
    init(_ accord: AccordBinary, arguments: [String] = [], width: Int = 120, height: Int = 40,
         env: [String: String] = [:], unset: [String] = [], wrapper: [String] = [], output: String = "") throws {
        var environment = accord.environment(["TERM": "xterm-256color"])
        environment.merge(env) { $1 }
        for key in unset { environment[key] = nil }
        let exports = environment.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        // `wrapper` runs before the program: `prlimit --fsize=N`, `setpriv --reuid=…`.
        let command = (wrapper + [AccordBinary.url.path] + arguments).map(Self.quote).joined(separator: " ")
        // env -i: the program sees exactly this environment, nothing inherited from the
        // test runner (swift test sets NO_COLOR, for one).
        let script = "set -o pipefail; env -i \(exports) \(command) \(output); echo EXIT=$?; sleep 600"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "bash", "-c", script])
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs a tmux client command and returns what it printed. Uses posix_spawn and
    /// waitpid with output to a file: the tmux server it may start must not inherit a pipe.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let output = NSTemporaryDirectory() + "tmux-out-" + UUID().uuidString
        defer { unlink(output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["tmux", "-L", socket] + arguments
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        // A clean signal mask and default handlers: the test process blocks signals in its threads,
        // and a tmux server would pass that mask on to the program under test.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, &cArgs, environ)
        guard spawned == 0 else { throw AccordBinary.Failure("cannot start tmux: \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    /// Types text literally (no key names: "Up" stays two letters).
    func type(_ text: String) throws { _ = try tmux(["send-keys", "-t", name, "-l", text]) }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

    /// The screen with its colour and attribute escape sequences (`capture-pane -e`).
    func screenWithStyles() throws -> String { try tmux(["capture-pane", "-p", "-e", "-t", name]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until the screen contains `text`; returns the screen (also on timeout, for the message).
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 10) throws -> String {
        try wait(for: text, seconds: seconds, capture: screen)
    }

    /// Waits until the screen, with its escape sequences, contains `text`.
    @discardableResult
    func waitForStyled(_ text: String, seconds: Double = 10) throws -> String {
        try wait(for: text, seconds: seconds, capture: screenWithStyles)
    }

    /// Waits until the screen satisfies `condition` (`what` names it in the failure).
    @discardableResult
    func waitUntil(_ what: String, seconds: Double = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)
        }
        throw AccordBinary.Failure("timed out waiting for \(what); screen was:\n\(last)")
    }

    private func wait(for text: String, seconds: Double, capture: () throws -> String) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try capture()
            if last.contains(text) { return last }
            usleep(50_000)
        }
        throw AccordBinary.Failure("timed out waiting for \(text.debugDescription); screen was:\n\(last)")
    }

    /// The pid of the program in the pane (the shell's child).
    func programPID() throws -> Int32? {
        let shell = try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }

    func alternateScreenOn() throws -> Bool {
        try tmux(["display-message", "-p", "-t", name, "#{alternate_on}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    func close() { _ = try? tmux(["kill-server"]) }

    deinit { close() }
}
