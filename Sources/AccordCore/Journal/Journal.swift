import Foundation

/// The journals of a data directory, opened: this replica's own (appended to, recovered from
/// a torn tail) and every other replica's (read), merged into one ledger in record-key order,
/// starting from the local snapshot when it is still good. Read-only with a reason when
/// nothing may be written.
public final class Journal {
    public let layout: DataLayout
    /// How it was opened: what was read, and its thresholds.
    public let options: JournalOptions
    var fileSystem: FileSystem { options.fileSystem }
    var now: @Sendable () -> Date { options.now }
    /// The lock file in `local/`, open for this journal's life and locked only around a
    /// write or a read that must see the files whole; nil when there is none to lock.
    var lockFile: DirectoryLock?
    /// While opening and until the first write after it: when the lock waits end, so that an
    /// opening and its command's write wait `options.lockPatience` in all, not each.
    var openingDeadline: Double?
    /// True while this process holds the lock to write.
    var holdsWriteLock: Bool { lockFile?.isHeldToWrite ?? false }
    /// False when opened read-only: this journal never writes, and locks only to read.
    public var mayWrite: Bool { !options.readOnly }
    /// This replica's journal, as this one follows and writes it.
    let own: OwnSegment
    /// The other replicas' journals.
    let peers = PeerLogs()

    /// This replica's id.
    public var replica: String { layout.replica }
    /// The number of this replica's newest record.
    public internal(set) var lastSeq = 0
    /// Set when nothing may be written; every append then throws `JournalError.readOnly`.
    public internal(set) var readOnlyReason: ReadOnlyReason?
    /// What opening found and did, in sentences for the user (recovery, damage, migration).
    public internal(set) var notices: [String] = []
    /// Damaged records of this replica's journal followed by good ones (read-only until repaired).
    public internal(set) var damage: [JournalScan.Damage] = []
    /// An incomplete record found at the end of this replica's journal (moved to quarantine when opened to write).
    public internal(set) var tornTail: JournalScan.Damage?
    /// This replica's record number the cache was taken at, when opening started from it.
    public internal(set) var snapshotSeq: Int?
    /// Records applied at open after the cache (all of them when replayed whole).
    public internal(set) var replayedCount = 0
    /// True when the data was replayed whole at open (no cache, or older records arrived).
    public internal(set) var replayedWhole = false
    /// True when there was nothing at all: a first run.
    public internal(set) var isFresh = false
    /// True when the undo and redo history was skipped at open (`JournalOptions.history`):
    /// the cache may then not be written anew from this ledger.
    public internal(set) var historyOmitted = false
    /// True when the ledger was opened in part from the cache (`JournalOptions.scope`):
    /// the cache may then not be written anew from it.
    public internal(set) var isPartial = false
    /// Each agreement's progress as the cache keeps it, when the ledger was opened for
    /// `ReadScope.agreementList` (its state then holds no action to count).
    public internal(set) var agreementProgress: [String: Progress]?
    /// The newest records applied, oldest first (at most `recentLimit`): "last changes".
    public internal(set) var recent: [RecentChange] = []
    public static let recentLimit = 16
    /// The records opening applied after the cache, for the cache to take them in turn.
    var appliedAfterCache: [CommittedRecord] = []
    /// The frontier of the cache opening started from.
    var cacheFrontier: [String: Int]?
    /// True once the cache was removed to make room for a record (`dropCaches`).
    var cacheGaveWay = false
    /// This replica's signing key pair, read (or made) at its first write.
    var signingKeyPair: ReplicaKeyPair?

    init(layout: DataLayout, options: JournalOptions) {
        self.layout = layout
        self.options = options
        own = OwnSegment(layout: layout, fileSystem: options.fileSystem)
        peers.loadRemembered = { [layout, options] in
            guard options.useCache, let file = try? SnapshotDatabase.open(layout, write: false) else { return [] }
            return (try? file.verifiedSignatures()) ?? []
        }
    }

    /// Opens the data directory `path`: finds this replica's id in `local/replica` (made on a
    /// first run), then opens as `open(_:_:)` does.
    public static func open(directory path: String, _ options: JournalOptions = JournalOptions()) throws(JournalError) -> (Journal, Ledger) {
        let fileSystem = options.fileSystem
        var replica: String?
        var failure: FileSystemError?
        let deadline = DirectoryLock.monotonicSeconds + options.lockPatience
        if !options.readOnly {
            // The id is made under the lock: two first runs at once agree on one.
            do {
                let lock = try makeLock(DataLayout(directory: path, replica: ""), fileSystem: fileSystem)
                if lock?.lock(exclusive: true, waitingUpTo: options.lockPatience) == .acquired {
                    defer { lock?.unlock() }
                    replica = try ReplicaIdentity.resolve(directory: path, create: true, fileSystem: fileSystem)
                }
            } catch {
                failure = error
            }
        }
        if replica == nil {
            do { replica = try ReplicaIdentity.resolve(directory: path, create: false, fileSystem: fileSystem) } catch { throw .io(error) }
        }
        guard let replica else {
            // No id, and none can be made (a directory this process cannot write): read what is there.
            var readOnly = options
            readOnly.readOnly = true
            let (journal, ledger) = try open(DataLayout(directory: path, replica: ""), readOnly, lockDeadline: deadline)
            if let failure { journal.readOnlyReason = .cannotOpen(failure) }
            return (journal, ledger)
        }
        return try open(DataLayout(directory: path, replica: replica), options, lockDeadline: deadline)
    }

    /// Opens the data directory as the replica `layout.replica`: migrates a directory written
    /// before replicas, starts from the cache (`local/snapshot.sqlite`), reads what every
    /// journal holds after it, moves a torn tail of this replica's journal to quarantine, and
    /// brings the cache up to what was read — all under the lock, given back before this
    /// returns (every write takes it again; see `write`).
    ///
    /// With `options.scope`, only the part of the ledger it names is read from the cache when
    /// that holds exactly what the journals hold; the journal is then `isPartial`. Otherwise,
    /// or when the scope needs more, all is read.
    public static func open(_ layout: DataLayout, _ options: JournalOptions = JournalOptions()) throws(JournalError) -> (Journal, Ledger) {
        try open(layout, options, lockDeadline: DirectoryLock.monotonicSeconds + options.lockPatience)
    }

    /// `open(_:_:)` with the waits for the lock ending at `lockDeadline` (monotonic seconds).
    static func open(_ layout: DataLayout, _ options: JournalOptions, lockDeadline: Double) throws(JournalError) -> (Journal, Ledger) {
        let journal = Journal(layout: layout, options: options)
        journal.openingDeadline = lockDeadline
        if options.readOnly {
            journal.readOnlyReason = .requested
            journal.lockFile = try? DirectoryLock.open(directory: layout.local, create: false)
        } else {
            journal.openLockFile()
        }
        // Writers hold the lock for a record (a cache written anew: a second or so). Should one
        // keep it longer, the data is read without it: what is whole on disk is read, nothing
        // is cut, and this journal's own writes wait for the lock as usual.
        let exclusive = journal.readOnlyReason == nil
        do {
            let ledger = try journal.locked(exclusive: exclusive, patience: 1, opening: true) { () throws(JournalError) in
                let ledger = try journal.load(history: options.history, scope: options.scope)
                // Not on a nearly full disk: the change this opening is for comes first.
                if journal.cachesHaveRoom { journal.catchUpCache(ledger) }
                return ledger
            }
            return (journal, ledger)
        } catch .busy {
            return (journal, try journal.load(history: options.history, scope: nil))
        }
    }

    private static func makeLock(_ layout: DataLayout, fileSystem: FileSystem) throws(FileSystemError) -> DirectoryLock? {
        try fileSystem.createDirectory(layout.directory, mode: 0o700)
        try fileSystem.createDirectory(layout.local, mode: 0o700)
        return try DirectoryLock.open(directory: layout.local, create: true)
    }

    private func openLockFile() {
        do {
            lockFile = try Self.makeLock(layout, fileSystem: fileSystem)
            try fileSystem.createDirectory(layout.journals, mode: 0o700)
            try ensureGitignore()
        } catch {
            readOnlyReason = .cannotOpen(error)
            if lockFile == nil { lockFile = try? DirectoryLock.open(directory: layout.local, create: false) }
        }
    }

    /// Writes the ignore files that keep `local/` from travelling, where there are none: `.gitignore`
    /// for git, `.stignore` for Syncthing, `.sync-exclude.lst` for Nextcloud's desktop client.
    private func ensureGitignore() throws(FileSystemError) {
        let files = [(layout.gitignore, "# Accord: what is local to each replica is never shared.\nlocal/\n"),
                     (layout.syncthingIgnore, "// Accord: what is local to each replica is never shared.\n/local\n"),
                     (layout.nextcloudIgnore, "local/\n")]
        for (path, text) in files where !fileSystem.fileExists(path) {
            try fileSystem.writeFile(path, Array(text.utf8))
        }
    }

    /// Runs `body` holding the directory's lock — exclusive to write, shared to read —
    /// waiting up to `patience` seconds for it; `JournalError.busy` names the process
    /// that kept it. Without a lock file (a directory this process cannot write) it just runs.
    /// Until the first wait after the opening (`opening` false) ends, the waits end by
    /// `openingDeadline`: a command waits `options.lockPatience` in all, as its message says.
    func locked<T>(exclusive: Bool, patience: Double, opening: Bool = false,
                   _ body: () throws(JournalError) -> T) throws(JournalError) -> T {
        guard let lockFile, !lockFile.isHeld else { return try body() }
        let allowed = openingDeadline.map { min(patience, max(0, $0 - DirectoryLock.monotonicSeconds)) } ?? patience
        let outcome = lockFile.lock(exclusive: exclusive, waitingUpTo: allowed)
        if !opening { openingDeadline = nil }
        switch outcome {
        case .acquired: break
        case .busy(let holder): throw .busy(holder: holder, seconds: opening ? allowed : patience)
        case .failed(let error): throw .io(error)
        }
        defer { lockFile.unlock() }
        return try body()
    }

    /// Reads everything again (after a repair, or when records older than the newest applied
    /// arrived); the lock must be held when this journal may write.
    func reload(history: Bool = true) throws(JournalError) -> Ledger {
        resetReading()
        if case .damaged? = readOnlyReason { readOnlyReason = nil }
        return try load(history: history, scope: nil)
    }

    private func resetReading() {
        own.follow(nil, identity: nil)
        lastSeq = 0
        snapshotSeq = nil
        replayedCount = 0
        damage = []
        tornTail = nil
        recent = []
        isPartial = false
        agreementProgress = nil
        appliedAfterCache = []
        cacheFrontier = nil
        peers.reset()
    }

    private func load(history: Bool, scope: ReadScope?) throws(JournalError) -> Ledger {
        if holdsWriteLock {
            // The second snapshot earlier versions kept beside the cache: never read again.
            for path in layout.formerSnapshots where fileSystem.fileExists(path) { try? fileSystem.remove(path) }
        }
        if LegacyData.exists(layout, fileSystem: fileSystem) {
            if holdsWriteLock && readOnlyReason == nil {
                notices.append(try recovery.migrate(signingWith: try keyForWriting()))
            } else {
                return try readLegacy()
            }
        }
        if holdsWriteLock, mayWrite, readOnlyReason == nil {
            // Before anything is read: this replica's files as it wrote them, whatever the shared folder did.
            do { notices += try recovery.restoreOwnFiles() } catch { readOnlyReason = .cannotOpen(error) }
        }
        // A cache behind the journals is brought up to them at once (see `catchUpCache`): its history is read with it.
        let cached = options.useCache && cachePays ? readCache(scope: scope, history: history) : nil
        let snapshot = cached?.snapshot
        isPartial = cached?.isPartial ?? false
        isFresh = snapshot == nil && !fileSystem.fileExists(layout.journal) && PeerLogs.fileNames(layout, fileSystem: fileSystem).isEmpty
        openSegment()
        guard let snapshot else { return try replayWhole() }
        var ledger = snapshot.ledger
        lastSeq = snapshot.lastSeq
        snapshotSeq = lastSeq
        recent = snapshot.recent
        historyOmitted = !cached!.hasHistory
        cacheFrontier = ledger.frontier
        let ownName = layout.replica + ".log"
        let own = snapshot.files.first { $0.name == ownName }
        let ownOffset = own?.offset ?? 0
        // This replica's journal shorter than what the cache read: it was replaced; read all.
        guard let size = self.own.fd.flatMap({ try? fileSystem.size($0) }), size >= ownOffset,
              (own?.inode ?? 0) == 0 || Int(truncatingIfNeeded: self.own.identity?.inode ?? 0) == own?.inode,
              !snapshot.files.contains(where: { writtenInPlace($0) }) else {
            return try replayWhole()
        }
        self.own.size = ownOffset
        self.own.lines = own?.lines ?? 0
        peers.restore(snapshot.files.filter { $0.name != ownName })
        peers.keys = snapshot.keys
        let news = try readNews(frontier: ledger.frontier, stoppingAtDamage: false)
        if isPartial, !news.records.isEmpty || news.needsWholeReplay {
            // Written between the check and the read: the part cannot take records; read all.
            resetReading()
            return try load(history: history, scope: nil)
        }
        if news.needsWholeReplay || news.records.contains(where: { $0.key <= ledger.lastKey }) {
            return try replayWhole()
        }
        let ordered = news.records.inMergedOrder()
        for (index, record) in ordered.enumerated() {
            if case .applied(let revert) = ledger.merge(record, mine: record.replica == replica) {
                appliedAfterCache.append(CommittedRecord(record: record, inverse: revert.inverse, origin: .elsewhere))
            } else {
                appliedAfterCache.append(CommittedRecord(record: record, inverse: record.change.describing([]), origin: .elsewhere))
            }
            // Only the newest are kept: the older ones would be dropped again at once.
            accept(record, remembering: index >= ordered.count - Self.recentLimit)
        }
        replayedCount = news.records.count
        return ledger
    }

    /// True when the journal file `position` names was written since the cache read it without
    /// growing (an edit in place, a bit flipped): what the cache took from it is not trusted.
    private func writtenInPlace(_ position: FilePosition) -> Bool {
        guard position.modified != 0, let now = fileSystem.identity(of: layout.inJournals(position.name)) else { return false }
        return now.size == position.offset && now.modified != position.modified
    }

    /// Keeps `record` among the recent ones.
    func remember(_ record: JournalRecord) {
        recent.append(RecentChange(record))
        if recent.count > Self.recentLimit * 2 { recent.removeFirst(recent.count - Self.recentLimit) }
    }

    /// Opens this replica's journal to follow it: to append as well when this journal may
    /// write and nothing forbids it (the file is created then), only to read otherwise.
    func openSegment() {
        do {
            try own.open(appending: mayWrite && readOnlyReason == nil)
        } catch {
            readOnlyReason = .cannotOpen(error)
        }
    }
}
