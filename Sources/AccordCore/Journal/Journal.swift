import Foundation

/// The journals of a data directory, opened: this replica's own (appended to, recovered from
/// a torn tail) and every other replica's (read), merged into one ledger in record-key order,
/// starting from the local snapshot when it is still good. Read-only with a reason when
/// nothing may be written.
public final class Journal {
    public let layout: DataLayout
    let fileSystem: FileSystem
    let now: @Sendable () -> Date
    /// The lock file in `local/`, open for this journal's life and locked only around a
    /// write or a read that must see the files whole; nil when there is none to lock.
    var lockFile: DirectoryLock?
    /// True while this process holds the lock to write.
    var holdsWriteLock: Bool { lockFile?.isHeldToWrite ?? false }
    /// False when opened read-only: this journal never writes, and locks only to read.
    public let mayWrite: Bool
    /// This replica's journal as this one follows it: open to read and, when it may write, to append.
    var segmentFD: Int32?
    /// Which file `segmentFD` is (a repair puts a new one in its place).
    var segmentIdentity: FileIdentity?
    /// Bytes of this replica's journal read so far: up to the end of the last good record.
    var segmentSize = 0
    /// Lines of it read so far (damage is reported by line).
    var segmentLines = 0
    /// The clock of the last record read from it.
    var ownClock = 0
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
    /// This replica's record number the snapshot was taken at, when one was used.
    public internal(set) var snapshotSeq: Int?
    /// Records applied at open after the snapshot (all of them when replayed whole).
    public internal(set) var replayedCount = 0
    /// True when the data was replayed whole at open (no snapshot, or older records arrived).
    public internal(set) var replayedWhole = false
    /// True when there was nothing at all: a first run.
    public internal(set) var isFresh = false
    /// True when the snapshot's undo and redo history was skipped at open (see `open(…history:)`):
    /// nothing may then be folded into a new snapshot.
    public internal(set) var historyOmitted = false
    /// True when the ledger was opened in part from the snapshot read in place (see
    /// `open(…scope:)`): nothing may then be folded into a whole snapshot.
    public internal(set) var isPartial = false
    /// Each agreement's progress as the snapshot read in place keeps it, when the ledger was
    /// opened for `ReadScope.agreementList` (its state then holds no action to count).
    public internal(set) var agreementProgress: [String: Progress]?
    /// Below this many bytes of journals the snapshot read in place is neither read nor kept
    /// (see `readInPlacePays`); 0 keeps it always (the tests).
    public internal(set) var readInPlaceAbove = Journal.defaultReadInPlaceAbove
    /// The newest records applied, oldest first (at most `recentLimit`): "last changes".
    public internal(set) var recent: [RecentChange] = []
    public static let recentLimit = 16
    /// Write a new snapshot once this many bytes of journal were read or written past it.
    public var compactionThreshold = 4 << 20
    /// Freeze this replica's journal and start a new one once it passes this many bytes.
    public var rotationThreshold = 8 << 20
    /// Bytes of journal applied since the snapshot (own and others').
    var bytesSinceSnapshot = 0
    /// False to read every journal from its start instead of from the snapshot.
    var usesSnapshot = true
    /// How long a writer waits for the lock before giving up and naming the process holding it.
    public var lockPatience = 5.0

    init(layout: DataLayout, fileSystem: FileSystem, mayWrite: Bool, now: @escaping @Sendable () -> Date) {
        self.layout = layout
        self.fileSystem = fileSystem
        self.mayWrite = mayWrite
        self.now = now
    }

    deinit {
        if let segmentFD { fileSystem.close(segmentFD) }
    }

    /// Opens the data directory `path`: finds this replica's id in `local/replica` (made on a
    /// first run), then opens as `open(_:…)` does.
    public static func open(
        directory path: String,
        fileSystem: FileSystem = PosixFileSystem(),
        readOnly: Bool = false,
        history: Bool = true,
        useSnapshot: Bool = true,
        scope: ReadScope? = nil,
        readInPlaceAbove: Int = Journal.defaultReadInPlaceAbove,
        now: @escaping @Sendable () -> Date = CalendarClock.now
    ) throws(JournalError) -> (Journal, Ledger) {
        var replica: String?
        var failure: FileSystemError?
        if !readOnly {
            // The id is made under the lock: two first runs at once agree on one.
            do {
                let lock = try makeLock(DataLayout(directory: path, replica: ""), fileSystem: fileSystem)
                if lock?.lock(exclusive: true, waitingUpTo: 5) == .acquired {
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
            let (journal, ledger) = try open(DataLayout(directory: path, replica: ""), fileSystem: fileSystem, readOnly: true,
                                             history: history, useSnapshot: useSnapshot, scope: scope,
                                             readInPlaceAbove: readInPlaceAbove, now: now)
            if let failure { journal.readOnlyReason = .cannotOpen(failure) }
            return (journal, ledger)
        }
        return try open(DataLayout(directory: path, replica: replica), fileSystem: fileSystem, readOnly: readOnly,
                        history: history, useSnapshot: useSnapshot, scope: scope, readInPlaceAbove: readInPlaceAbove, now: now)
    }

    /// Opens the data directory as the replica `layout.replica`: migrates a directory written
    /// before replicas, loads the local snapshot, reads what every journal holds after it,
    /// and moves a torn tail of this replica's journal to quarantine — all under the lock,
    /// given back before this returns (every write takes it again; see `exclusively`).
    ///
    /// With `history: false` the snapshot's undo and redo stacks are skipped, not decoded —
    /// a command that only reads saves their time and memory. The ledger's stacks are then
    /// empty and `historyOmitted` forbids writing a snapshot. With `useSnapshot: false` every
    /// journal is read from its start (`accord journal verify`).
    ///
    /// With a `scope`, only the part of the ledger it names is read, from the snapshot read in
    /// place (`local/snapshot.sqlite`), when that holds exactly what the journals hold; the
    /// journal is then `isPartial`. Otherwise, or when the scope needs more, all is read.
    public static func open(
        _ layout: DataLayout,
        fileSystem: FileSystem = PosixFileSystem(),
        readOnly: Bool = false,
        history: Bool = true,
        useSnapshot: Bool = true,
        scope: ReadScope? = nil,
        readInPlaceAbove: Int = Journal.defaultReadInPlaceAbove,
        now: @escaping @Sendable () -> Date = CalendarClock.now
    ) throws(JournalError) -> (Journal, Ledger) {
        let journal = Journal(layout: layout, fileSystem: fileSystem, mayWrite: !readOnly, now: now)
        journal.usesSnapshot = useSnapshot
        journal.readInPlaceAbove = readInPlaceAbove
        if readOnly {
            journal.readOnlyReason = .requested
            journal.lockFile = try? DirectoryLock.open(directory: layout.local, create: false)
        } else {
            journal.openLockFile()
        }
        // Writers hold the lock for a record (a snapshot: a fraction of a second). Should one
        // keep it longer, the data is read without it: what is whole on disk is read, nothing
        // is cut, and this journal's own writes wait for the lock as usual.
        let exclusive = journal.readOnlyReason == nil
        do {
            let ledger = try journal.locked(exclusive: exclusive, patience: 1) { () throws(JournalError) in
                let ledger = try journal.load(history: history, scope: scope)
                // Replayed whole, or much read past the snapshot: the next open should not have to.
                // Not on a nearly full disk: the change this opening is for comes first.
                let room = journal.cachesHaveRoom
                if room, journal.holdsWriteLock, journal.readOnlyReason == nil, journal.holdsWholeLedger,
                   (journal.replayedWhole && journal.replayedCount > 0) || journal.replayedCount > 2_000 {
                    try? journal.writeSnapshot(ledger)
                }
                if room { journal.refreshReadInPlace(ledger) }
                return ledger
            }
            return (journal, ledger)
        } catch .busy {
            return (journal, try journal.load(history: history, scope: nil))
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
                     (layout.directory + "/.stignore", "// Accord: what is local to each replica is never shared.\n/local\n"),
                     (layout.directory + "/.sync-exclude.lst", "local/\n")]
        for (path, text) in files where !fileSystem.fileExists(path) {
            try fileSystem.writeFile(path, Array(text.utf8))
        }
    }

    /// Runs `body` holding the directory's lock — exclusive to write, shared to read —
    /// waiting up to `patience` seconds for it; `JournalError.busy` names the process
    /// that kept it. Without a lock file (a directory this process cannot write) it just runs.
    func locked<T>(exclusive: Bool, patience: Double, _ body: () throws(JournalError) -> T) throws(JournalError) -> T {
        guard let lockFile, !lockFile.isHeld else { return try body() }
        switch lockFile.lock(exclusive: exclusive, waitingUpTo: patience) {
        case .acquired: break
        case .busy(let pid): throw .busy(pid: pid, seconds: patience)
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
        startSegment(nil, identity: nil)
        lastSeq = 0
        snapshotSeq = nil
        replayedCount = 0
        damage = []
        tornTail = nil
        recent = []
        isPartial = false
        agreementProgress = nil
        peers.reset()
    }

    private func load(history: Bool, scope: ReadScope?) throws(JournalError) -> Ledger {
        if holdsWriteLock, fileSystem.fileExists(layout.snapshotTemp) {
            try? fileSystem.remove(layout.snapshotTemp)
        }
        if LegacyData.exists(layout, fileSystem: fileSystem) {
            if holdsWriteLock && readOnlyReason == nil {
                try migrate()
            } else {
                return try readLegacy()
            }
        }
        if holdsWriteLock, mayWrite, readOnlyReason == nil {
            // Before anything is read: this replica's files as it wrote them, whatever the shared folder did.
            do { notices += try OwnFiles(layout: layout, fileSystem: fileSystem).restore(now: now()) } catch { readOnlyReason = .cannotOpen(error) }
        }
        var part: Snapshot?
        var history = history
        switch scope != nil && usesSnapshot && readInPlacePays ? scope.map({ readInPlace($0, history: history) }) : nil {
        case .part(let snapshot)?:
            part = snapshot
        case .behind? where holdsWriteLock && readOnlyReason == nil:
            // Read whole with the history, the file is written again at once (see `open`).
            history = true
        default:
            break
        }
        isPartial = part != nil
        let snapshot = part != nil ? part : usesSnapshot ? try readSnapshot(history: history) : nil
        isFresh = snapshot == nil && !fileSystem.fileExists(layout.journal) && PeerLogs.fileNames(layout, fileSystem: fileSystem).isEmpty
        openSegment()
        guard var ledger = snapshot?.ledger else { return try replayWhole() }
        lastSeq = snapshot!.lastSeq
        snapshotSeq = lastSeq
        recent = snapshot!.recent
        historyOmitted = !history
        let ownName = layout.replica + ".log"
        let own = snapshot!.files.first { $0.name == ownName }
        let ownOffset = own?.offset ?? 0
        // This replica's journal shorter than what the snapshot read: it was replaced; read all.
        guard let size = segmentFD.flatMap({ try? fileSystem.size($0) }), size >= ownOffset,
              (own?.inode ?? 0) == 0 || Int(truncatingIfNeeded: segmentIdentity?.inode ?? 0) == own?.inode else {
            return try replayWhole()
        }
        segmentSize = ownOffset
        segmentLines = own?.lines ?? 0
        peers.restore(snapshot!.files.filter { $0.name != ownName })
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
            ledger.merge(record, mine: record.replica == replica)
            // Only the newest are kept: the older ones would be dropped again at once.
            accept(record, remembering: index >= ordered.count - Self.recentLimit)
        }
        replayedCount = news.records.count
        return ledger
    }

    private func readSnapshot(history: Bool) throws(JournalError) -> Snapshot? {
        let snapshotFile: FileBytes?
        do { snapshotFile = try fileSystem.readFileOnce(layout.snapshot) } catch { throw .io(error) }
        guard let snapshotFile else { return nil }
        let snapshotBytes = snapshotFile.bytes
        let line = snapshotBytes.last == UInt8(ascii: "\n") ? UnsafeBufferPointer(rebasing: snapshotBytes.dropLast()) : snapshotBytes
        // The pages read are given back as decoding goes: the file and the state it becomes
        // are never both held whole (29 MB of JSON at 100,000 actions).
        let decoded = LineCodec.decodeNotingUnknownKeys(from: line, progress: snapshotFile.release(before:)) {
            reader throws(JSONPullReader.SyntaxError) in try Snapshot(reading: &reader, history: history)
        }
        switch decoded {
        case .success(let (snapshot, unknownKeys)):
            if snapshot.version > Snapshot.currentVersion || !unknownKeys.isEmpty {
                // A cache: a newer Accord's is not used (this build's takes its place).
                let what = unknownKeys.first ?? "format version \(snapshot.version)"
                notices.append(Phrases.journal.snapshotNewer(["what": what]))
                return nil
            }
            guard snapshot.replica == replica, snapshot.version == Snapshot.currentVersion else { return nil }
            return snapshot
        case .failure(let problem):
            // A cache that can always be rebuilt: say so, and read the journals whole.
            notices.append(Phrases.journal.snapshotUnreadable(["problem": problem.description]))
            return nil
        }
    }

    /// Keeps `record` among the recent ones.
    func remember(_ record: JournalRecord) {
        recent.append(RecentChange(record))
        if recent.count > Self.recentLimit * 2 { recent.removeFirst(recent.count - Self.recentLimit) }
    }

    /// Writes `bytes` to a new file in `local/quarantine/` and returns its path.
    func quarantine(_ bytes: [UInt8], label: String) throws(FileSystemError) -> String {
        let path = try layout.unusedQuarantinePath(label, stamp: Timestamp.compact(now()), suffix: ".bin", fileSystem: fileSystem)
        try fileSystem.writeFile(path, bytes)
        try fileSystem.syncDirectory(layout.quarantine)
        try fileSystem.syncDirectory(layout.local)
        return path
    }

    /// Follows `fd` (the file `identity`) from its start, closing the one followed until now.
    func startSegment(_ fd: Int32?, identity: FileIdentity?) {
        if let segmentFD, segmentFD != fd { fileSystem.close(segmentFD) }
        segmentFD = fd
        segmentIdentity = identity
        segmentSize = 0
        segmentLines = 0
        ownClock = 0
    }

    /// Opens this replica's journal to follow it: to append as well when this journal may
    /// write and nothing forbids it (the file is created then), only to read otherwise.
    func openSegment() {
        if let segmentFD { fileSystem.close(segmentFD) }
        segmentFD = nil
        segmentIdentity = nil
        segmentSize = 0
        segmentLines = 0
        do {
            if mayWrite && readOnlyReason == nil {
                segmentFD = try fileSystem.openForAppend(layout.journal)
                // A second name, for the next opening to put it back should the shared folder lose it.
                try? OwnFiles(layout: layout, fileSystem: fileSystem).keepSecondName(of: replica + ".log")
            } else {
                segmentFD = try fileSystem.openForReading(layout.journal)
            }
            if let segmentFD { segmentIdentity = try fileSystem.identity(of: segmentFD) }
        } catch {
            readOnlyReason = .cannotOpen(error)
        }
    }
}
