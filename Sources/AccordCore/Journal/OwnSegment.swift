/// The segment writer: this replica's journal (`journal/<replica>.log`) as one process follows
/// and writes it — open to read and, when it may write, to append; how far it was read; each
/// append fsynced or cut back; frozen under its last number once full. What the records mean,
/// and when a write may happen, is the journal's (`Journal`, `JournalWrite`).
final class OwnSegment {
    private let layout: DataLayout
    private let fileSystem: FileSystem
    /// The file as this process follows it (nil when there is none yet, or it cannot be opened).
    private(set) var fd: Int32?
    /// Which file `fd` is (a freeze or a repair puts a new one in its place).
    private(set) var identity: FileIdentity?
    /// Bytes read so far: up to the end of the last good record.
    var size = 0
    /// Lines read so far (damage is reported by line).
    var lines = 0
    /// The clock of the last record read.
    var clock = 0

    init(layout: DataLayout, fileSystem: FileSystem) {
        self.layout = layout
        self.fileSystem = fileSystem
    }

    deinit {
        if let fd { fileSystem.close(fd) }
    }

    /// Follows `fd` (the file `identity`) from its start, closing the one followed until now.
    func follow(_ fd: Int32?, identity: FileIdentity?) {
        if let old = self.fd, old != fd { fileSystem.close(old) }
        self.fd = fd
        self.identity = identity
        size = 0
        lines = 0
        clock = 0
    }

    /// Reads it again from its start, through the same descriptor.
    func rewind() { follow(fd, identity: identity) }

    /// Opens the file to follow it from its start: to append too when `appending` (it is made
    /// then, with a second name kept in `local/own/`), else only to read (none there: nil).
    func open(appending: Bool) throws(FileSystemError) {
        follow(nil, identity: nil)
        let opened = appending ? try fileSystem.openForAppend(layout.journal) : try fileSystem.openForReading(layout.journal)
        guard let opened else { return }
        fd = opened
        if appending {
            // A second name, for the next opening to put it back should the shared folder lose it.
            try? OwnFiles(layout: layout, fileSystem: fileSystem).keepSecondName(of: layout.replica + ".log")
        }
        identity = try fileSystem.identity(of: opened)
    }

    /// The bytes after what was read (a line still being written among them).
    func unread() throws(FileSystemError) -> [UInt8] {
        guard let fd else { return [] }
        return try fileSystem.read(fd, from: size)
    }

    /// True when the file now under its name is another or holds more than was read.
    var hasUnread: Bool {
        guard let current = fileSystem.identity(of: layout.journal) else { return false }
        return !current.isSameFile(as: identity) || current.size > size
    }

    /// Where the cache takes up reading it.
    var position: FilePosition {
        FilePosition(name: layout.replica + ".log", offset: size, lines: lines, inode: Int(truncatingIfNeeded: identity?.inode ?? 0))
    }

    /// Writes `bytes` (`count` whole lines) at its end and fsyncs them: durable when this returns.
    /// On a failure the partial bytes are cut off again and the error thrown.
    func append(_ bytes: [UInt8], lines count: Int) throws(FileSystemError) {
        guard let fd else { throw FileSystemError(operation: "append", path: layout.journal, code: 0, reason: "not open") }
        do {
            try fileSystem.write(fd, bytes)
            try fileSystem.sync(fd)
        } catch {
            try? fileSystem.truncate(fd, to: size)
            try? fileSystem.sync(fd)
            throw error
        }
        size += bytes.count
        lines += count
    }

    /// Cuts the file back to `length` bytes and fsyncs it (a torn tail gone to quarantine).
    func cut(to length: Int) throws(FileSystemError) {
        guard let fd else { return }
        try fileSystem.truncate(fd, to: length)
        try fileSystem.sync(fd)
    }

    /// Freezes the file — renamed to `frozen`, never to change again; its second name in
    /// `local/own/` follows it. Open a new one after (`open(appending:)`).
    func freeze(as frozen: String) throws(FileSystemError) {
        try fileSystem.rename(layout.journal, to: frozen)
        try fileSystem.syncDirectory(layout.journals)
        follow(nil, identity: nil)
        try? OwnFiles(layout: layout, fileSystem: fileSystem).rotated(to: String(frozen.dropFirst(layout.journals.count + 1)))
    }

    /// Follows the file now under its name from its start when it continues after record
    /// `after` (its first record is the next one, or it is empty); false, following the old
    /// one still, otherwise.
    func followSuccessor(after: Int, appending: Bool) throws(FileSystemError) -> Bool {
        let opened = appending ? try fileSystem.openForAppend(layout.journal) : try fileSystem.openForReading(layout.journal)
        guard let opened else { return false }
        let newIdentity: FileIdentity, start: [UInt8]
        do {
            newIdentity = try fileSystem.identity(of: opened)
            start = try fileSystem.read(opened, from: 0, upTo: 64 << 10)
        } catch {
            fileSystem.close(opened)
            throw error
        }
        let first = JournalScan(start).entries.first?.record.firstSeq
        guard first.map({ $0 == after + 1 }) ?? start.isEmpty else {
            fileSystem.close(opened)
            return false
        }
        follow(opened, identity: newIdentity)
        return true
    }
}
