import Foundation
import Glibc

/// The git work of a sync — what `GitSync` does before it reads what came in — made of the
/// data directory's layout alone, so that it can run on a thread of its own while the
/// dashboard stays live: clears what an interrupted sync left, commits this replica's new
/// records (under the journal's lock, through a lock file of its own), fetches, takes what the
/// others sent — inspected file by file before anything touches the working tree (see
/// `IncomingChanges`) — and pushes. One sync at a time per data directory (`local/sync-lock`,
/// waited for); the journal's lock is never held across git's network calls. A
/// `SyncCancellation` stops it at its next safe point: before the fetch, before anything
/// fetched is written, or before the push (a fetch or push running is stopped).
public struct GitExchange: Sendable {
    public let layout: DataLayout
    /// How long it waits for another sync of the same directory to end.
    public var syncPatience: Double
    /// How long it waits for the journal's lock to commit this replica's files.
    public var lockPatience: Double
    public let cancellation: SyncCancellation?
    /// Told as each step starts (the command line's progress line).
    public var onStep: (@Sendable (Step) -> Void)?
    private let git: GitRunner

    /// The steps of the git work, in order (fetching to pushing again when someone pushed meanwhile).
    public enum Step: Sendable {
        case committing
        case fetching(remote: String)
        case taking
        case pushing
    }

    /// What the git work did, for `GitSync.finish`.
    public struct Outcome: Sendable {
        /// This replica's records sent.
        public var sent: Int
        /// Where it was shared: `origin (URL)`.
        public var remote: String
        public var refusals: [String]
        public var cleared: [String]
    }

    public init(layout: DataLayout, syncPatience: Double, lockPatience: Double, cancellation: SyncCancellation? = nil) {
        self.layout = layout
        self.syncPatience = syncPatience
        self.lockPatience = lockPatience
        self.cancellation = cancellation
        git = GitRunner(directory: layout.directory, cancellation: cancellation)
    }

    /// Does the git work (see the type); throws `SyncError`.
    public func run() throws -> Outcome {
        guard GitSync.isRepository(layout.directory) else { throw SyncError.notARepository(layout.directory) }
        let lock: DirectoryLock?
        do { lock = try DirectoryLock.open(directory: layout.local, create: true, name: "sync-lock") } catch {
            throw SyncError.gitFailed(command: "sync", reason: "\(error)")
        }
        switch lock?.lock(exclusive: true, waitingUpTo: syncPatience) {
        case .busy(let holder)?: throw SyncError.busy(holder: holder, seconds: syncPatience)
        case .failed(let error)?: throw SyncError.gitFailed(command: "sync", reason: "\(error)")
        default: break
        }
        defer { lock?.unlock() }
        let cleared = clearInterruptedSync()
        var refusals: [String] = []
        let remote = try git.must(["remote"]).out.split(separator: "\n").map(String.init).sorted { a, _ in a == "origin" }.first
        guard let remote else { throw SyncError.noRemote }
        let runner = try committing()
        onStep?(.committing)
        try runner.commitOwnRecords(layout: layout, patience: lockPatience)
        let branch = try runner.must(["symbolic-ref", "--short", "HEAD"]).out.trimmingCharacters(in: .whitespacesAndNewlines)
        // Someone may push between our fetch and our push: fetch, take and push again.
        var attempt = 0
        var sent = 0
        while true {
            attempt += 1
            try cancellation?.check()
            onStep?(.fetching(remote: remote))
            try runner.must(["fetch", "-q", remote], interruptible: true)
            try cancellation?.check()
            onStep?(.taking)
            let target = try runner.remoteBranch(remote: remote, current: branch)
            var remoteCommit: String?
            if let target {
                if target != branch, try runner.run(["rev-parse", "-q", "--verify", "refs/remotes/\(remote)/\(target)"]).status != 0 {
                    // A new replica whose branch is named otherwise than the shared one: it takes the shared name.
                    try runner.must(["branch", "-q", "-m", target])
                }
                let commit = try runner.must(["rev-parse", "refs/remotes/\(remote)/\(target)^{commit}"]).out
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                remoteCommit = commit
                for refusal in try take(commit, runner: runner, branch: target) where !refusals.contains(refusal) {
                    refusals.append(refusal)
                }
            }
            // What the push sends of this replica's records: counted against what the remote has,
            // so that a sync retried after a failed push says what it really sends.
            sent = try runner.ownRecords(since: remoteCommit, replica: layout.replica)
            try cancellation?.check()
            onStep?(.pushing)
            let pushed = try runner.run(["push", "-q", "-u", remote, "HEAD:\(target ?? branch)"], interruptible: true)
            if pushed.succeeded { break }
            if attempt >= 3 { throw SyncError.gitFailed(command: "push", reason: pushed.complaint) }
        }
        let url = try git.run(["remote", "get-url", remote]).out.trimmingCharacters(in: .whitespacesAndNewlines)
        return Outcome(sent: sent, remote: "\(remote) (\(url))", refusals: refusals, cleared: cleared)
    }

    /// Takes what `commit` (the remote's) brings that `IncomingChanges` allows: the files are
    /// written by Accord (never by git), then a commit with both parents records the result, so
    /// that the push that follows sends back whatever the remote lost. Returns the refusals.
    private func take(_ commit: String, runner: GitRunner, branch: String) throws -> [String] {
        let headCheck = try runner.run(["rev-parse", "-q", "--verify", "HEAD^{commit}"])
        let head = headCheck.succeeded ? headCheck.out.trimmingCharacters(in: .whitespacesAndNewlines) : nil
        if let head {
            if head == commit { return [] }
            if try runner.run(["merge-base", "--is-ancestor", commit, head]).succeeded { return [] }
        }
        let ours = try head.map { try runner.tree($0) } ?? [:]
        let theirs = try runner.tree(commit)
        var base: [String: GitTreeEntry] = [:]
        if let head, case let found = try runner.run(["merge-base", head, commit]), found.succeeded {
            base = try runner.tree(found.out.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        // Each blob is read once, whether to compare or to write.
        var blobs: [String: [UInt8]] = [:]
        func blob(_ object: String) throws -> [UInt8] {
            if let bytes = blobs[object] { return bytes }
            let bytes = try runner.blob(object)
            blobs[object] = bytes
            return bytes
        }
        let changes = try IncomingChanges(ours: ours, theirs: theirs, base: base, replica: layout.replica, blob: blob)
        let written = changes.take.merging(changes.hold) { a, _ in a }
        for (path, entry) in written.sorted(by: { $0.key < $1.key }) {
            try SharedFileWriter.write(try blob(entry.object), to: path, in: layout)
        }
        var tree = ours
        for (path, entry) in written { tree[path] = entry }
        var fastForward = tree == theirs
        if fastForward, let head { fastForward = try runner.run(["merge-base", "--is-ancestor", head, commit]).succeeded }
        let result: String
        if fastForward {
            result = commit
        } else {
            try runner.must(["read-tree", head ?? "--empty"])
            for (path, entry) in written.sorted(by: { $0.key < $1.key }) {
                try runner.must(["update-index", "--add", "--cacheinfo", "\(entry.mode),\(entry.object),\(path)"])
            }
            let treeID = try runner.must(["write-tree"]).out.trimmingCharacters(in: .whitespacesAndNewlines)
            let who = ReplicaNames.load(layout).name(of: layout.replica) ?? layout.replica
            let parents = (head.map { ["-p", $0] } ?? []) + ["-p", commit]
            result = try runner.must(["commit-tree", treeID] + parents + ["-m", "Accord, \(who): took the others' records"]).out
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        try runner.must(["update-ref", "refs/heads/\(branch)", result] + (head.map { [$0] } ?? []))
        try runner.must(["read-tree", result])
        return changes.refusals
    }

    /// Clears what an interrupted sync left: git's lock files (no other sync runs: this one holds
    /// the sync lock), a merge begun by an older Accord, files half written into `journal/`.
    private func clearInterruptedSync() -> [String] {
        let gitDirectory = layout.gitFolder
        var notices: [String] = []
        var stale = ["index.lock", "HEAD.lock", "config.lock", "packed-refs.lock", "shallow.lock", "ORIG_HEAD.lock", "FETCH_HEAD.lock"]
        if let refs = FileManager.default.enumerator(atPath: gitDirectory + "/refs") {
            for case let path as String in refs where path.hasSuffix(".lock") { stale.append("refs/" + path) }
        }
        for name in stale where unlink(gitDirectory + "/" + name) == 0 {
            notices.append(Phrases.core.removedStaleGitLock(["path": ".git/" + name]))
        }
        if FileManager.default.fileExists(atPath: gitDirectory + "/MERGE_HEAD") { _ = try? git.run(["merge", "--abort"]) }
        // The index as the branch has it: a sync killed between writing the index and the branch left another.
        if (try? git.run(["rev-parse", "-q", "--verify", "HEAD^{commit}"]))?.succeeded == true { _ = try? git.run(["read-tree", "HEAD"]) }
        SharedFileWriter.removeLeftovers(in: layout)
        return notices
    }

    /// The runner, with a committer named after this replica when git has none configured.
    private func committing() throws(SyncError) -> GitRunner {
        var runner = git
        let configured = try git.run(["config", "user.email"])
        if !configured.succeeded || configured.out.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            let name = ReplicaNames.load(layout).name(of: layout.replica) ?? "Accord \(layout.replica)"
            runner.settings = ["user.name=\(name)", "user.email=\(layout.replica)@accord.invalid"]
        }
        return runner
    }
}

