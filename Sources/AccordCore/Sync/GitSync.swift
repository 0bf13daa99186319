import Foundation

/// Shares a data directory through git: commits this replica's new records, fetches and merges
/// the others' (one file per replica, so the merge is a union and never meets a content
/// conflict), pushes, then reads what came in. `local/` is never shared (`.gitignore`).
public struct GitSync {
    public let store: Store
    public let journal: Journal
    private let git: GitRunner

    /// What a sync did, for the user.
    public struct Report: Sendable, Equatable {
        /// This replica's records that were sent.
        public var sent: Int
        /// Records received, by replica.
        public var received: [String: Int]
        /// Conflicts that appeared with what came in.
        public var newConflicts: Int
        /// Where it was shared: `origin (URL)`.
        public var remote: String
        /// What the remote sent that was refused or kept as it was here, one sentence each
        /// (quoting paths that came from elsewhere: escape them to show).
        public var refusals: [String] = []
        /// What an interrupted sync had left and this one cleared, one sentence each.
        public var cleared: [String] = []

        /// "Sent 3 changes; received 12 changes from 2 replicas; 1 new conflict ('accord conflicts' lists it)."
        public func summary(names: ReplicaNames) -> String {
            let words = Phrases.core
            var parts = [sent == 0 ? words.nothingToSend.text : words.sentChanges(sent)]
            let total = received.values.reduce(0, +)
            if total == 0 {
                parts.append(words.nothingReceived.text)
            } else {
                let who = received.keys.sorted().map { names.display($0) }.joined(separator: ", ")
                parts.append(words.receivedChanges(["changes": words.countedChanges(total), "replicas": words.countedReplicas(received.count),
                                                    "who": who]))
            }
            if newConflicts > 0 { parts.append(words.newConflicts(newConflicts)) }
            if !refusals.isEmpty { parts.append(words.refusedFiles(refusals.count)) }
            let text = parts.joined(separator: words.semicolon.text)
            return text.prefix(1).uppercased() + text.dropFirst() + "."
        }
    }

    /// A sync of `store`'s data directory (which must have a journal).
    public init(store: Store) throws(SyncError) {
        guard let journal = store.journal else { throw .notARepository("a memory-only store") }
        self.store = store
        self.journal = journal
        git = GitRunner(directory: journal.layout.directory)
    }

    /// True when the data directory is the top of a git repository.
    public static func isRepository(_ directory: String) -> Bool {
        FileManager.default.fileExists(atPath: directory + "/.git")
    }

    /// `url` as git run in the data directory must read it: a relative path (`../shared.git`,
    /// typed where the user stands) made absolute against `workingDirectory`; other URLs
    /// (`https://…`, `ssh://…`, `user@host:path`, an absolute path) as they are.
    public static func resolvedURL(_ url: String, workingDirectory: String) -> String {
        if url.hasPrefix("/") || url.contains("://") { return url }
        if let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/") { return url }
        let base = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
        return URL(fileURLWithPath: base + url).standardizedFileURL.path
    }

    /// Makes `directory` a git repository sharing through `url` (named `origin`), or points its
    /// `origin` at `url` when it already is one. The next `sync` fetches what is there (joining a
    /// shared set) or sends what is here (starting one).
    public static func initialize(directory: String, url: String) throws(SyncError) {
        let git = GitRunner(directory: directory)
        do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
            throw .gitFailed(command: "init", reason: "cannot create \(directory): \(error.localizedDescription)")
        }
        if !isRepository(directory) { try git.must(["init", "-q"]) }
        let remotes = try git.must(["remote"]).out.split(separator: "\n").map(String.init)
        try git.must(remotes.contains("origin") ? ["remote", "set-url", "origin", url] : ["remote", "add", "origin", url])
    }

    /// How long a sync waits for another sync of the same directory to end.
    public var syncPatience = 120.0

    /// Commits this replica's new records, fetches, takes what the others sent — inspected file
    /// by file before anything touches the working tree (see `IncomingChanges`) — pushes, and
    /// reads what came in. One sync at a time per data directory (`local/sync-lock`, waited
    /// for); the journal's own lock is taken only to commit this replica's files and to read,
    /// never across git's network calls. What a killed sync left (git's lock files, a half
    /// written file) is cleared first.
    public func sync() throws -> Report {
        let layout = journal.layout
        guard Self.isRepository(layout.directory) else { throw SyncError.notARepository(layout.directory) }
        let lock: DirectoryLock?
        do { lock = try DirectoryLock.open(directory: layout.local, create: true, name: "sync-lock") } catch {
            throw SyncError.gitFailed(command: "sync", reason: "\(error)")
        }
        switch lock?.lock(exclusive: true, waitingUpTo: syncPatience) {
        case .busy(let pid)?: throw SyncError.busy(pid: pid, seconds: syncPatience)
        case .failed(let error)?: throw SyncError.gitFailed(command: "sync", reason: "\(error)")
        default: break
        }
        defer { lock?.unlock() }
        let cleared = clearInterruptedSync()
        var refusals: [String] = []
        let remote = try git.must(["remote"]).out.split(separator: "\n").map(String.init).sorted { a, _ in a == "origin" }.first
        guard let remote else { throw SyncError.noRemote }
        let runner = try committing()
        try runner.commitOwnRecords(journal: journal)
        let branch = try runner.must(["symbolic-ref", "--short", "HEAD"]).out.trimmingCharacters(in: .whitespacesAndNewlines)
        let conflictsBefore = Set(store.conflicts.map(\.id))
        // Someone may push between our fetch and our push: fetch, take and push again.
        var attempt = 0
        var sent = 0
        while true {
            attempt += 1
            try runner.must(["fetch", "-q", remote])
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
            let pushed = try runner.run(["push", "-q", "-u", remote, "HEAD:\(target ?? branch)"])
            if pushed.succeeded { break }
            if attempt >= 3 { throw SyncError.gitFailed(command: "push", reason: pushed.complaint) }
        }
        // What came in, by replica: each record applied (a group of records counts once).
        var received: [String: Int] = [:]
        let listening = store.subscribe({ committed in
            if committed.record.replica != layout.replica { received[committed.record.replica, default: 0] += 1 }
        }, reread: { [store] in
            received = [:]
            for record in store.arrivedWithReread where record.replica != layout.replica { received[record.replica, default: 0] += 1 }
        })
        try store.followOthers(keepingCache: true)
        store.unsubscribe(listening)
        let newConflicts = store.conflicts.filter { !conflictsBefore.contains($0.id) }.count
        let url = try runner.run(["remote", "get-url", remote]).out.trimmingCharacters(in: .whitespacesAndNewlines)
        let report = Report(sent: sent, received: received, newConflicts: newConflicts, remote: "\(remote) (\(url))",
                            refusals: refusals, cleared: cleared)
        LastSync.write(report.summary(names: ReplicaNames.load(layout)), layout: layout)
        LastSync.keep(refusals: refusals, layout: layout)
        return report
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
        let changes = try IncomingChanges(ours: ours, theirs: theirs, base: base, replica: journal.replica, blob: blob)
        let written = changes.take.merging(changes.hold) { a, _ in a }
        for (path, entry) in written.sorted(by: { $0.key < $1.key }) {
            try SharedFileWriter.write(try blob(entry.object), to: path, in: journal.layout)
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
            let who = ReplicaNames.load(journal.layout).name(of: journal.replica) ?? journal.replica
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
        let gitDirectory = journal.layout.gitFolder
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
        SharedFileWriter.removeLeftovers(in: journal.layout)
        return notices
    }

    /// The runner, with a committer named after this replica when git has none configured.
    private func committing() throws(SyncError) -> GitRunner {
        var runner = git
        let configured = try git.run(["config", "user.email"])
        if !configured.succeeded || configured.out.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            let name = ReplicaNames.load(journal.layout).name(of: journal.replica) ?? "Accord \(journal.replica)"
            runner.settings = ["user.name=\(name)", "user.email=\(journal.replica)@accord.invalid"]
        }
        return runner
    }
}

extension GitRunner {
    /// Commits this replica's journal (with its frozen segments), name and `.gitignore` (only
    /// these: the others' files are theirs to change); returns how many records were new since
    /// the last commit.
    @discardableResult
    func commitOwnRecords(journal: Journal) throws(SyncError) -> Int {
        let layout = journal.layout
        var files = [".gitignore", "journal/\(layout.replica).log"]
        if FileManager.default.fileExists(atPath: layout.nameFile(of: layout.replica)) { files.append("journal/\(layout.replica).name") }
        // Another replica's files the repository never had, put here by hand (a data directory
        // copied elsewhere starts a new replica: its records so far stay under the old id).
        let untracked = try must(["ls-files", "-z", "--others", "--exclude-standard", "--", "journal/"]).out.split(separator: "\0")
        files += untracked.map(String.init).filter { path in
            SharedFileName(String(path.dropFirst("journal/".count))) != nil
                && PosixFileSystem().identityNotFollowing(layout.shared(path))?.isRegularFile == true
        }
        // Under the lock: no record of this replica is half-written (or frozen) while git reads.
        var failure: SyncError?
        do {
            try journal.locked(exclusive: true, patience: journal.options.lockPatience) { () throws(JournalError) in
                let frozen = ((try? FileManager.default.contentsOfDirectory(atPath: layout.journals)) ?? [])
                    .filter { layout.isFrozenSegment($0) }.map { "journal/" + $0 }
                do throws(SyncError) { try must(["add", "-A", "--"] + files + frozen) } catch { failure = error }
            }
        } catch {
            throw .gitFailed(command: "add", reason: "\(error)")
        }
        if let failure { throw failure }
        guard try run(["diff", "--cached", "--quiet"]).status == 1 else { return 0 }
        // Lines added to this replica's files since the last commit, less those gone (a journal
        // only grows; one frozen moves its lines to a new name): its new records.
        let sent = Self.recordCount(inDiff: try must(["diff", "--cached", "-U0", "--no-renames", "--",
                                                       "journal/\(layout.replica).*.log", "journal/\(layout.replica).log"]).outBytes)
        let who = ReplicaNames.load(layout).name(of: layout.replica) ?? layout.replica
        try must(["commit", "-q", "-m", sent > 0 ? "Accord, \(who): \(sent) change\(sent == 1 ? "" : "s")" : "Accord, \(who): name and settings"])
        return sent
    }

    /// The remote branch to share: the current branch's name when the remote has it, else the
    /// remote's default (a replica that just joined), else nil (the remote is empty).
    func remoteBranch(remote: String, current: String) throws(SyncError) -> String? {
        let heads = try must(["for-each-ref", "--format=%(refname:strip=3)", "refs/remotes/\(remote)/"]).out
            .split(separator: "\n").map(String.init).filter { $0 != "HEAD" }
        if heads.contains(current) { return current }
        let symbolic = try run(["ls-remote", "--symref", remote, "HEAD"]).out
        if let line = symbolic.split(separator: "\n").first(where: { $0.hasPrefix("ref: refs/heads/") }),
           let name = line.dropFirst("ref: refs/heads/".count).split(separator: "\t").first, heads.contains(String(name)) {
            return String(name)
        }
        return heads.first
    }

    /// The files of the commit `rev`, by path.
    func tree(_ rev: String) throws(SyncError) -> [String: GitTreeEntry] {
        GitTreeEntry.parse(try must(["ls-tree", "-r", "-l", "-z", "--full-tree", rev]).out)
    }

    /// The bytes of the blob `object`.
    func blob(_ object: String) throws(SyncError) -> [UInt8] {
        try must(["cat-file", "blob", object]).outBytes
    }

    /// This replica's records in HEAD that `remoteCommit` lacks (all of them when nil): lines of
    /// its journal files added, less those gone (a journal frozen moves its lines to a new name),
    /// a group of records counting once (its last line).
    func ownRecords(since remoteCommit: String?, replica: String) throws(SyncError) -> Int {
        guard try run(["rev-parse", "-q", "--verify", "HEAD^{commit}"]).succeeded else { return 0 }
        let base = remoteCommit ?? "4b825dc642cb6eb9a060e54bf8d69288fbee4904"  // git's empty tree
        return try Self.recordCount(inDiff: must(["diff", "-U0", "--no-renames", base, "HEAD", "--", "journal/\(replica).*.log", "journal/\(replica).log"]).outBytes)
    }

    /// Records added less records removed in a `git diff -U0` of journal files: every line that is
    /// a record, but a group's records before its last.
    static func recordCount(inDiff diff: [UInt8]) -> Int {
        var total = 0
        var start = 0
        while start < diff.count {
            let end = diff[start...].firstIndex(of: UInt8(ascii: "\n")) ?? diff.count
            defer { start = end + 1 }
            guard end - start > 9 else { continue }
            let sign = diff[start]
            guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), diff[start + 1] != sign else { continue }
            if JournalRecord.isGroupPartBeforeLast(diff[(start + 1)..<end]) { continue }
            total += sign == UInt8(ascii: "+") ? 1 : -1
        }
        return max(0, total)
    }}
