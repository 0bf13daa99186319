import Foundation

/// The append-only journal of a data directory, opened: replayed into a
/// ledger, recovered from a torn tail, and ready to append (or read-only,
/// with the reason).
public final class Journal {
    public let layout: DataLayout
    let fileSystem: FileSystem
    let now: @Sendable () -> Date
    /// The directory's lock file, open for this journal's life and locked only around a
    /// write or a read that must see the files whole; nil when there is none to lock.
    var lockFile: DirectoryLock?
    /// True while this process holds the lock to write.
    var holdsWriteLock: Bool { lockFile?.isHeldToWrite ?? false }
    /// False when opened read-only: this journal never writes, and locks only to read.
    public let mayWrite: Bool
    /// `journal.log` as this journal follows it: open to read and, when it may write, to append.
    var segmentFD: Int32?
    /// Which file `segmentFD` is (compaction by any process puts a new one in its place).
    var segmentIdentity: FileIdentity?
    /// Bytes of the segment read so far: up to the end of the last good record.
    var segmentSize = 0
    /// Lines of the segment read so far (damage is reported by line).
    var segmentLines = 0
    var segmentFirstSeq: Int?

    /// The sequence number of the newest record (or of the snapshot when no record follows it).
    public internal(set) var lastSeq = 0
    /// Set when nothing may be written; every append then throws `JournalError.readOnly`.
    public internal(set) var readOnlyReason: ReadOnlyReason?
    /// What opening found and did, in sentences for the user (recovery, damage).
    public internal(set) var notices: [String] = []
    /// Damaged or unappliable records followed by good ones (the data is read-only until repaired).
    public internal(set) var damage: [JournalScan.Damage] = []
    /// An incomplete record found at the end (moved to quarantine when opened for writing).
    public internal(set) var tornTail: JournalScan.Damage?
    /// The sequence number the snapshot was taken at, when there is a snapshot.
    public internal(set) var snapshotSeq: Int?
    /// Records replayed after the snapshot at open.
    public internal(set) var replayedCount = 0
    /// True when there was neither a snapshot nor a journal file: a first run.
    public internal(set) var isFresh = false
    /// True when the snapshot's undo and redo history was skipped at open (see `open(…history:)`):
    /// nothing may then be folded into a new snapshot.
    public internal(set) var historyOmitted = false
    /// The newest records replayed, appended or read from other processes, oldest first
    /// (at most `recentLimit`): "last changes" without reading the files again.
    public internal(set) var recent: [RecentChange] = []
    public static let recentLimit = 16
    /// Compact automatically once the current segment passes this many bytes.
    public var compactionThreshold = 4 << 20
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

    /// Opens the data directory: loads the snapshot, replays the records after it, and moves
    /// a torn tail to quarantine — all under the directory's lock, which is given back before
    /// this returns (every write takes it again; see `exclusively`).
    ///
    /// With `history: false` the snapshot's undo and redo stacks are skipped, not
    /// decoded — a command that only reads saves their time and memory — unless
    /// journal.log holds an undo or redo record, which needs them. The ledger's
    /// stacks are then empty and `historyOmitted` forbids writing a snapshot.
    public static func open(
        _ layout: DataLayout,
        fileSystem: FileSystem = PosixFileSystem(),
        readOnly: Bool = false,
        history: Bool = true,
        now: @escaping @Sendable () -> Date = { Date() }
    ) throws(JournalError) -> (Journal, Ledger) {
        let journal = Journal(layout: layout, fileSystem: fileSystem, mayWrite: !readOnly, now: now)
        if readOnly {
            journal.readOnlyReason = .requested
            journal.lockFile = try? DirectoryLock.open(directory: layout.directory, create: false)
        } else {
            journal.openLockFile()
        }
        // Writers hold the lock for a record (compaction: a fraction of a second). Should one
        // keep it longer, the data is read without it: what is whole on disk is read, nothing
        // is cut, and this journal's own writes wait for the lock as usual.
        let exclusive = journal.readOnlyReason == nil
        do {
            let ledger = try journal.locked(exclusive: exclusive, patience: 1) { () throws(JournalError) in
                try journal.load(history: history)
            }
            return (journal, ledger)
        } catch .busy {
            return (journal, try journal.load(history: history))
        }
    }

    /// Reads the whole directory again (after another process replaced the journal in a way
    /// this one could not follow record by record); the lock must be held.
    func reload(history: Bool = true) throws(JournalError) -> Ledger {
        startSegment(nil, identity: nil)
        lastSeq = 0
        snapshotSeq = nil
        replayedCount = 0
        damage = []
        tornTail = nil
        recent = []
        if case .damaged? = readOnlyReason { readOnlyReason = nil }
        return try load(history: history)
    }

    private func openLockFile() {
        do {
            try fileSystem.createDirectory(layout.directory, mode: 0o700)
            lockFile = try DirectoryLock.open(directory: layout.directory, create: true)
        } catch {
            readOnlyReason = .cannotOpen(error)
            lockFile = try? DirectoryLock.open(directory: layout.directory, create: false)
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

    private func load(history: Bool) throws(JournalError) -> Ledger {
        if holdsWriteLock, fileSystem.fileExists(layout.snapshotTemp) {
            try? fileSystem.remove(layout.snapshotTemp)
        }
        let existing: [UInt8]?
        do { existing = try fileSystem.readFile(layout.journal) } catch { throw .io(error) }
        let bytes = existing ?? []
        let scan = JournalScan(bytes)
        // An undo or redo record replays against the stacks: then they are needed after all.
        let history = history || scan.entries.contains { $0.record.kind != .change }
        var ledger = Ledger()
        let snapshotFile: FileBytes?
        do { snapshotFile = try fileSystem.readFileOnce(layout.snapshot) } catch { throw .io(error) }
        if let snapshotFile {
            let snapshotBytes = snapshotFile.bytes
            let line = snapshotBytes.last == UInt8(ascii: "\n") ? UnsafeBufferPointer(rebasing: snapshotBytes.dropLast()) : snapshotBytes
            // The pages read are given back as decoding goes: the file and the state it becomes
            // are never both held whole (29 MB of JSON at 100,000 actions).
            let decoded = LineCodec.decodeNotingUnknownKeys(from: line, progress: snapshotFile.release(before:)) {
                reader throws(JSONPullReader.SyntaxError) in try Snapshot(reading: &reader, history: history)
            }
            switch decoded {
            case .success(let (snapshot, unknownKeys)):
                ledger = snapshot.ledger
                lastSeq = snapshot.lastSeq
                snapshotSeq = snapshot.lastSeq
                historyOmitted = !history
                recent = snapshot.recent
                if snapshot.version > Snapshot.currentVersion || !unknownKeys.isEmpty {
                    let what = unknownKeys.first ?? "format version \(snapshot.version)"
                    readOnlyReason = .newerFormat("\(what), in snapshot.json")
                    notices.append("snapshot.json was written by a newer Accord (\(what)); "
                                   + "the data is shown without it, read-only. Use that version of Accord to change it.")
                }
            case .failure(let problem):
                throw .snapshotUnreadable(path: layout.snapshot, problem: problem.description)
            }
        }
        replay(scan, into: &ledger)
        // An empty journal.log already marks a data directory started with --empty.
        isFresh = snapshotFile == nil && existing == nil
        segmentSize = scan.goodLength
        segmentLines = scan.entries.last?.line ?? 0
        segmentFirstSeq = scan.entries.first?.record.seq
        if let newer = scan.newerRecord {
            readOnlyReason = .newerFormat("\(newer.what), in record \(newer.seq.map(String.init) ?? "?")")
            notices.append("journal.log holds a record \(newer); the data is shown as of record \(lastSeq), "
                           + "read-only, and nothing after it was changed. Use that version of Accord to change it.")
        }
        if let tail = scan.tornTail {
            handleTornTail(tail, bytes: bytes, goodLength: scan.goodLength)
        }
        if let first = damage.first {
            if readOnlyReason == nil { readOnlyReason = .damaged(line: first.line, problem: first.problem) }
            notices.append("journal.log is damaged: \(damage.map(\.description).joined(separator: "; ")). "
                           + "The good records were loaded; the data is read-only until 'accord journal repair'.")
        }
        openSegment()
        return ledger
    }

    private func replay(_ scan: JournalScan, into ledger: inout Ledger) {
        damage = scan.damage
        let damagedLines = Set(scan.damage.map(\.line))
        var previousLine = 0
        for (entryIndex, entry) in scan.entries.enumerated() {
            let record = entry.record
            // A gap right after damaged lines is explained by them; report it only otherwise.
            let explained = (previousLine + 1..<max(previousLine + 1, entry.line)).contains { damagedLines.contains($0) }
            previousLine = entry.line
            if record.seq <= lastSeq { continue }
            if record.seq != lastSeq + 1 && !explained {
                damage.append(JournalScan.Damage(line: entry.line, byteRange: entry.byteRange,
                                                 problem: "sequence gap: expected record \(lastSeq + 1), found \(record.seq)"))
            }
            do {
                try ledger.apply(record.kind, record.change)
            } catch {
                damage.append(JournalScan.Damage(line: entry.line, byteRange: entry.byteRange,
                                                 problem: "record \(record.seq) cannot be applied: \(error)"))
            }
            lastSeq = record.seq
            replayedCount += 1
            // Only the newest are kept: the older ones would be dropped again at once.
            if entryIndex >= scan.entries.count - Self.recentLimit { remember(record) }
        }
        damage.sort { $0.line < $1.line }
    }

    /// Keeps `record` among the recent ones.
    func remember(_ record: JournalRecord) {
        recent.append(RecentChange(record))
        if recent.count > Self.recentLimit * 2 { recent.removeFirst(recent.count - Self.recentLimit) }
    }

    private func handleTornTail(_ tail: JournalScan.Damage, bytes: [UInt8], goodLength: Int) {
        tornTail = tail
        let count = tail.byteRange.count
        guard holdsWriteLock else {
            notices.append("journal.log ends with an incomplete record at line \(tail.line) (\(count) bytes); "
                           + "left as it is because this session is read-only.")
            return
        }
        do {
            let target = try quarantine(Array(bytes[tail.byteRange]), label: "torn")
            let fd = try fileSystem.openForAppend(layout.journal)
            defer { fileSystem.close(fd) }
            try fileSystem.truncate(fd, to: goodLength)
            try fileSystem.sync(fd)
            notices.append("Recovered from an interrupted write: the last \(count) bytes of journal.log "
                           + "(line \(tail.line): \(tail.problem)) were moved to \(target); every complete record was loaded.")
        } catch {
            readOnlyReason = .cannotOpen(error)
            notices.append("journal.log ends with an incomplete record at line \(tail.line), and it could not be "
                           + "moved to quarantine (\(error)); opened read-only, nothing was changed.")
        }
    }

    /// Writes `bytes` to a new file in `quarantine/` and returns its path.
    func quarantine(_ bytes: [UInt8], label: String) throws(FileSystemError) -> String {
        try fileSystem.createDirectory(layout.quarantine, mode: 0o700)
        let stamp = Timestamp.compact(now())
        var path = layout.quarantine + "/\(label)-\(stamp).bin"
        var n = 1
        while fileSystem.fileExists(path) {
            n += 1
            path = layout.quarantine + "/\(label)-\(stamp)-\(n).bin"
        }
        try fileSystem.writeFile(path, bytes)
        try fileSystem.syncDirectory(layout.quarantine)
        try fileSystem.syncDirectory(layout.directory)
        return path
    }

    /// Follows `fd` (the file `identity`) from its start, closing the segment followed until now.
    func startSegment(_ fd: Int32?, identity: FileIdentity?) {
        if let segmentFD, segmentFD != fd { fileSystem.close(segmentFD) }
        segmentFD = fd
        segmentIdentity = identity
        segmentSize = 0
        segmentLines = 0
        segmentFirstSeq = nil
    }

    /// Opens `journal.log` to follow it: to append as well when this journal may write and
    /// nothing forbids it (the file is created then), only to read otherwise.
    func openSegment() {
        if let segmentFD { fileSystem.close(segmentFD) }
        segmentFD = nil
        segmentIdentity = nil
        do {
            if mayWrite && readOnlyReason == nil {
                segmentFD = try fileSystem.openForAppend(layout.journal)
            } else {
                segmentFD = try fileSystem.openForReading(layout.journal)
            }
            if let segmentFD { segmentIdentity = try fileSystem.identity(of: segmentFD) }
        } catch {
            readOnlyReason = .cannotOpen(error)
        }
    }
}
