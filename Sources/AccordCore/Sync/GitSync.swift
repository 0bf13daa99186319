import Foundation

/// Shares a data directory through git: commits this replica's new records, fetches and merges
/// the others' (one file per replica, so the merge is a union and never meets a content
/// conflict), pushes, then reads what came in. `local/` is never shared (`.gitignore`).
public struct GitSync {
    public let store: Store
    public let journal: Journal

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
    /// reads what came in: `exchange`, then `finish`. The dashboard runs the exchange on a
    /// thread of its own and the finish on its loop.
    public func sync() throws -> Report {
        let before = conflictIDs
        return try finish(try exchange().run(), conflictsBefore: before)
    }

    /// The git work of a sync of this store's data directory, to run anywhere (see `GitExchange`).
    public func exchange(cancellation: SyncCancellation? = nil) -> GitExchange {
        GitExchange(layout: journal.layout, syncPatience: syncPatience, lockPatience: journal.options.lockPatience, cancellation: cancellation)
    }

    /// The conflicts now, by id: a sync's report counts those that appear.
    public var conflictIDs: Set<String> { Set(store.conflicts.map(\.id)) }

    /// Reads what `exchanged` brought into the store, keeping the cache current, and says what
    /// the sync did (written to `local/last-sync` too). On the store's thread. `receivedMeanwhile`:
    /// records of other replicas the store already followed while the git work ran (a dashboard
    /// follows the files as the sync writes them), by replica.
    public func finish(_ exchanged: GitExchange.Outcome, conflictsBefore: Set<String>,
                       receivedMeanwhile: [String: Int] = [:]) throws -> Report {
        let layout = journal.layout
        // What came in, by replica: each record applied (a group of records counts once).
        var received = receivedMeanwhile
        let listening = store.subscribe({ committed in
            if committed.record.replica != layout.replica { received[committed.record.replica, default: 0] += 1 }
        }, reread: { [store] in
            received = [:]
            for record in store.arrivedWithReread where record.replica != layout.replica { received[record.replica, default: 0] += 1 }
        })
        defer { store.unsubscribe(listening) }
        try store.followOthers(keepingCache: true)
        let newConflicts = store.conflicts.filter { !conflictsBefore.contains($0.id) }.count
        let report = Report(sent: exchanged.sent, received: received, newConflicts: newConflicts, remote: exchanged.remote,
                            refusals: exchanged.refusals, cleared: exchanged.cleared)
        LastSync.write(report, layout: layout)
        LastSync.keep(refusals: exchanged.refusals, layout: layout)
        return report
    }
}

extension GitRunner {
    /// Commits this replica's journal (with its frozen segments), name and `.gitignore` (only
    /// these: the others' files are theirs to change); returns how many records were new since
    /// the last commit.
    @discardableResult
    func commitOwnRecords(layout: DataLayout, patience: Double) throws(SyncError) -> Int {
        var files = [".gitignore", "journal/\(layout.replica).log"]
        if FileManager.default.fileExists(atPath: layout.nameFile(of: layout.replica)) { files.append("journal/\(layout.replica).name") }
        // Another replica's files the repository never had, put here by hand (a data directory
        // copied elsewhere starts a new replica: its records so far stay under the old id).
        let untracked = try must(["ls-files", "-z", "--others", "--exclude-standard", "--", "journal/"]).out.split(separator: "\0")
        files += untracked.map(String.init).filter { path in
            SharedFileName(String(path.dropFirst("journal/".count))) != nil
                && PosixFileSystem().identityNotFollowing(layout.shared(path))?.isRegularFile == true
        }
        // Under the journal's lock (a lock file of its own: this may run beside the store's
        // thread): no record of this replica is half-written (or frozen) while git reads.
        do {
            let lock = try DirectoryLock.open(directory: layout.local, create: false)
            switch lock?.lock(exclusive: true, waitingUpTo: patience) {
            case .busy(let holder)?: throw JournalError.busy(holder: holder, seconds: patience)
            case .failed(let error)?: throw JournalError.io(error)
            default: break
            }
            defer { lock?.unlock() }
            let frozen = ((try? FileManager.default.contentsOfDirectory(atPath: layout.journals)) ?? [])
                .filter { layout.isFrozenSegment($0) }.map { "journal/" + $0 }
            try must(["add", "-A", "--"] + files + frozen)
        } catch let error as SyncError {
            throw error
        } catch {
            throw .gitFailed(command: "add", reason: "\(error)")
        }
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
