import Foundation

/// The cache, read in place: `local/snapshot.sqlite`, the merged ledger one row per item,
/// per stacked change and per item's field writers, with each agreement's progress and a
/// full-text table of every item's search tokens. A command that needs one item or one search
/// reads only those rows (`snapshot(for:history:)`); a whole opening reads every row
/// (`wholeSnapshot`), then the journals after it. Every write of this replica brings it up
/// to date in the same lock as the journal append (`Journal.keepCache`). It is a cache of the
/// journals: each row is framed with its CRC-32C like a journal line, and a file of another
/// version, another replica, or a bad row is never trusted — it is rebuilt from a whole
/// ledger (`rebuild`). See docs/JOURNAL.md, "The cache".
final class SnapshotDatabase {
    /// The layout of the tables; a file of another version is rebuilt, never read.
    /// 3: the signatures checked (`verified`).
    static let version = 3
    let database: SQLiteDatabase

    init(_ database: SQLiteDatabase) {
        self.database = database
    }

    /// Opens the file when there is one of this version; nil when there is none.
    static func open(_ layout: DataLayout, write: Bool) throws(SQLiteError) -> SnapshotDatabase? {
        guard FileManager.default.fileExists(atPath: layout.cache) else { return nil }
        let database = try SQLiteDatabase(path: layout.cache, mode: write ? .readWrite : .readOnly)
        // Each page's cells are checked for sizes that cannot be (SQLite checksums no page).
        try database.execute("PRAGMA cell_size_check=ON")
        let statement = try database.statement("PRAGMA user_version")
        guard try statement.step() else { throw SQLiteError(code: 0, message: "no version") }
        let found = statement.int(0)
        statement.reset()
        guard found == version else {
            throw SQLiteError(code: 0, message: Phrases.journal.readInPlaceVersion(["found": found, "expected": version]))
        }
        if write {
            // The file is in WAL mode from its writing on. A cache: a commit lost to a power cut
            // leaves the file behind the journals, never broken, so commits are not synced, and
            // the log is copied into the file once it is long (`checkpointIfLong`), not at every close.
            try database.execute("PRAGMA synchronous=NORMAL")
            try database.keepWriteAheadLogOnClose()
        }
        return SnapshotDatabase(database)
    }

    /// Past this many bytes the log is copied into the file and emptied (`checkpointIfLong`).
    static let longestLog = 1 << 20

    /// Copies the write-ahead log into the file and empties it once it is longer than
    /// `longestLog` (about 40 changes): a connection opening after the last one closed reads
    /// the whole log, so it must stay short. Only under the directory's write lock.
    func checkpointIfLong(_ layout: DataLayout, fileSystem: FileSystem) throws(SQLiteError) {
        guard let log = fileSystem.identity(of: layout.cache + "-wal"), log.size > Self.longestLog else { return }
        try database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    }

    // MARK: The header

    /// The one row of what is not per item: how far each journal was read, the frontier,
    /// the conflicts, the recent changes, the categories and the next rank, as a `Snapshot`
    /// whose state holds only the categories and whose stacks and writers are empty.
    func header() throws(SnapshotDatabase.Problem) -> Snapshot {
        let statement = try sql("SELECT body FROM header WHERE id = 1")
        guard try step(statement) else { throw .missing("header") }
        return try statement.withBytes(0) { bytes throws(Problem) in try Self.decode(Snapshot.self, bytes, row: "header") }
    }

    /// The number of changes on each stack (0: undo, 1: redo).
    func stackCounts() throws(Problem) -> (undo: Int, redo: Int) {
        let statement = try sql("SELECT stack, count(*) FROM history GROUP BY stack")
        var counts = (undo: 0, redo: 0)
        while try step(statement) {
            if statement.int(0) == 0 { counts.undo = statement.int(1) } else { counts.redo = statement.int(1) }
        }
        return counts
    }

    /// Why the file cannot be used: it is then rebuilt from the journals.
    enum Problem: Error, CustomStringConvertible {
        case sqlite(SQLiteError)
        case badRow(String, LineCodec.Problem)
        case missing(String)
        /// The row of this item holds another item, or under another parent.
        case mismatch(String)

        var description: String {
            switch self {
            case .sqlite(let error): return error.message
            case .badRow(let row, let problem): return "\(row): \(problem)"
            case .missing(let what): return Phrases.journal.readInPlaceMissing(["what": what])
            case .mismatch(let id): return Phrases.journal.readInPlaceMismatch(["id": id])
            }
        }
    }

    /// The statement for `text`, its parameters bound to `values`.
    func sql(_ text: String, _ values: SQLiteValue...) throws(Problem) -> SQLiteStatement {
        do { return try database.statement(text).bind(all: values) } catch { throw .sqlite(error) }
    }

    func step(_ statement: SQLiteStatement) throws(Problem) -> Bool {
        do { return try statement.step() } catch { throw .sqlite(error) }
    }

    /// Decodes one framed row; a bad checksum or an unknown key is a problem (the file is rebuilt).
    static func decode<T: JournalValue>(_ type: T.Type, _ bytes: UnsafeBufferPointer<UInt8>, row: @autoclosure () -> String)
        throws(Problem) -> T {
        let line = bytes.last == UInt8(ascii: "\n") ? UnsafeBufferPointer(rebasing: bytes.dropLast()) : bytes
        switch LineCodec.decodeNotingUnknownKeys(from: line, { reader throws(JSONPullReader.SyntaxError) in try T(reading: &reader) }) {
        case .success(let (value, unknown)):
            guard unknown.isEmpty else { throw .badRow(row(), .newerFormat(unknown[0])) }
            return value
        case .failure(let problem):
            throw .badRow(row(), problem)
        }
    }

    // MARK: Is it current?

    /// True when the header read every journal exactly as far as it now goes: each one as
    /// long as it was, the same file, not written since (an edit in place is not trusted),
    /// and no journal it did not read. Another replica's journal gone since holds nothing
    /// unread (its records stay in the cache); this replica's gone is not current. A few `stat`s.
    static func isCurrent(_ header: Snapshot, layout: DataLayout, fileSystem: FileSystem) -> Bool {
        guard header.replica == layout.replica, header.version == Snapshot.currentVersion else { return false }
        let ownName = layout.replica + ".log"
        let own = fileSystem.identity(of: layout.journal)
        if own == nil, header.files.contains(where: { $0.name == ownName && $0.offset > 0 }) { return false }
        for file in header.files {
            guard let identity = fileSystem.identity(of: layout.inJournals(file.name)) else { continue }
            guard identity.size == file.offset, identity.modified == file.modified,
                  file.inode == 0 || Int(truncatingIfNeeded: identity.inode) == file.inode else { return false }
        }
        let read = Set(header.files.map(\.name))
        return PeerLogs.fileNames(layout, fileSystem: fileSystem).allSatisfy(read.contains)
            && (read.contains(ownName) || own == nil)
    }
}
