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

    /// Commits, fetches, merges, pushes and reads what came in.
    public func sync() throws -> Report {
        let layout = journal.layout
        guard Self.isRepository(layout.directory) else { throw SyncError.notARepository(layout.directory) }
        let remote = try git.must(["remote"]).out.split(separator: "\n").map(String.init).sorted { a, _ in a == "origin" }.first
        guard let remote else { throw SyncError.noRemote }
        let runner = try committing()
        let sent = try runner.commitOwnRecords(journal: journal)
        let branch = try runner.must(["symbolic-ref", "--short", "HEAD"]).out.trimmingCharacters(in: .whitespacesAndNewlines)
        let frontier = store.ledger.frontier
        let conflictsBefore = Set(store.conflicts.map(\.id))
        // Someone may push between our fetch and our push: fetch, merge and push again.
        var attempt = 0
        while true {
            attempt += 1
            try runner.must(["fetch", "-q", remote])
            let target = try runner.remoteBranch(remote: remote, current: branch)
            if let target {
                if target != branch, try runner.run(["rev-parse", "-q", "--verify", "refs/remotes/\(remote)/\(branch)"]).status != 0 {
                    // A new replica whose branch is named otherwise than the shared one: it takes the shared name.
                    try runner.must(["branch", "-q", "-m", target])
                }
                try runner.merge("refs/remotes/\(remote)/\(target)")
            }
            let pushed = try runner.run(["push", "-q", "-u", remote, "HEAD:\(target ?? branch)"])
            if pushed.succeeded { break }
            if attempt >= 3 { throw SyncError.gitFailed(command: "push", reason: pushed.complaint) }
        }
        // When much came in, or older records made everything replay, the next start should
        // read from here; a few records are read after the snapshot at no great cost.
        if try store.followOthers() != .unchanged, journal.wantsSnapshot {
            try? store.compact()
        }
        var received: [String: Int] = [:]
        for (replica, seq) in store.ledger.frontier where replica != journal.replica {
            let before = frontier[replica] ?? 0
            if seq > before { received[replica] = seq - before }
        }
        let newConflicts = store.conflicts.filter { !conflictsBefore.contains($0.id) }.count
        let url = try runner.run(["remote", "get-url", remote]).out.trimmingCharacters(in: .whitespacesAndNewlines)
        let report = Report(sent: sent, received: received, newConflicts: newConflicts, remote: "\(remote) (\(url))")
        LastSync.write(report.summary(names: ReplicaNames.load(layout)), layout: layout)
        return report
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
    func commitOwnRecords(journal: Journal) throws(SyncError) -> Int {
        let layout = journal.layout
        var files = [".gitignore", "journal/\(layout.replica).log"]
        if FileManager.default.fileExists(atPath: layout.nameFile(of: layout.replica)) { files.append("journal/\(layout.replica).name") }
        // Under the lock: no record of this replica is half-written (or frozen) while git reads.
        var failure: SyncError?
        do {
            try journal.locked(exclusive: true, patience: journal.lockPatience) { () throws(JournalError) in
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
        let numbers = try must(["diff", "--cached", "--numstat", "--no-renames", "--", "journal/\(layout.replica).*"]).out
        let sent = numbers.split(separator: "\n").reduce(0) { total, line in
            let fields = line.split(separator: "\t")
            guard fields.count == 3, fields[2].hasSuffix(".log") else { return total }
            return total + (Int(fields[0]) ?? 0) - (Int(fields[1]) ?? 0)
        }
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

    /// Merges `ref` (a union of append-only files); a content conflict is undone and reported.
    func merge(_ ref: String) throws(SyncError) {
        let merged = try run(["merge", "-q", "--no-edit", "--allow-unrelated-histories", ref])
        guard !merged.succeeded else { return }
        let conflicted = try run(["diff", "--name-only", "--diff-filter=U"]).out.split(separator: "\n").map(String.init)
        try run(["merge", "--abort"])
        if conflicted.isEmpty { throw .gitFailed(command: "merge", reason: merged.complaint) }
        throw .mergeConflict(files: conflicted)
    }
}
