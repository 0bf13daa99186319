import AccordCore
import Foundation

/// A bare git repository shared by replicas (data directories under one home), and a teammate's
/// plain git clone of it to push what a clumsy or hostile colleague would.
struct SharedRepository {
    let accord = AccordBinary()
    var bare: String { accord.home + "/shared.git" }
    var teammate: String { accord.home + "/mallory" }

    func data(_ name: String) -> String { accord.home + "/" + name }

    /// Runs git; returns stdout; throws when it fails.
    @discardableResult
    func git(_ arguments: [String], in directory: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = (directory.map { ["-C", $0] } ?? []) + ["-c", "user.name=Mallory", "-c", "user.email=m@example.invalid"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw AccordBinary.Failure("git \(arguments.joined(separator: " ")): \(String(decoding: errors, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// A bare repository and the replicas `names`, each joined and synced once (the first starts
    /// the shared set with the sample agreements).
    static func started(_ names: [String]) throws -> SharedRepository {
        let shared = SharedRepository()
        try shared.git(["init", "-q", "--bare", shared.bare])
        for name in names {
            if name == names.first { _ = try shared.accord.ok(["list", "agreements", "--data", shared.data(name)]) }
            _ = try shared.accord.ok(["sync", "--init", shared.bare, "--data", shared.data(name)])
        }
        return shared
    }

    /// `accord ARGUMENTS --data <name>`, with a time limit: a command that hangs fails (exit 124).
    func run(_ name: String, _ arguments: [String], env: [String: String] = [:]) throws -> AccordBinary.Result {
        try accord.run(arguments + ["--data", data(name)], env: env, wrapper: ["/usr/bin/timeout", "60"])
    }

    /// The teammate's clone, brought up to date.
    func teammateClone() throws -> String {
        if FileManager.default.fileExists(atPath: teammate) {
            try git(["pull", "-q", "--no-rebase"], in: teammate)
        } else {
            try git(["clone", "-q", bare, teammate])
        }
        return teammate
    }

    /// Commits everything in the teammate's clone and pushes it.
    func teammatePushes(_ message: String) throws {
        try git(["add", "-A"], in: teammate)
        try git(["commit", "-q", "-m", message], in: teammate)
        try git(["push", "-q"], in: teammate)
    }

    /// The replica id of the data directory `name`.
    func replica(_ name: String) throws -> String {
        try String(contentsOfFile: data(name) + "/local/replica", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The paths the shared repository's branch holds.
    func sharedPaths() throws -> [String] {
        try git(["--git-dir", bare, "ls-tree", "-r", "--name-only", "HEAD"]).split(separator: "\n").map(String.init)
    }

    /// A journal line of replica `replica`: record `seq`, noting `text` on the action `id`,
    /// signed with the key tests give that replica (`PeerSigning`).
    static func noteRecord(replica: String, seq: Int, id: String, text: String, clock: Int = 1_900_000_000_000_000) -> [UInt8] {
        PeerSigning.line(JournalRecord(replica: replica, seq: seq, clock: clock + seq, at: "2026-11-30T10:00:00Z", kind: .change,
                                       change: Change(label: "Noted", events: [.noteSet(id: id, note: text)])))
    }

    func remove() { accord.remove() }
}

/// True when `text` holds a control character other than a newline (an escape sequence, a bell).
func holdsControlCharacters(_ text: String) -> Bool {
    text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7f || (0x80...0x9f).contains($0.value) }
}
