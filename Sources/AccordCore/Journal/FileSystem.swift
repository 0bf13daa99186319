/// The file operations the journal needs: the seam where tests inject
/// write, fsync and rename failures, full disks and crashes.
///
/// Paths are plain strings; a file descriptor is an `Int32`. Every call
/// either does all it says or throws `FileSystemError`.
public protocol FileSystem: AnyObject {
    /// The whole file, or nil when it does not exist.
    func readFile(_ path: String) throws(FileSystemError) -> [UInt8]?
    /// The whole file for reading once, front to back (mapped where the file system can), or nil
    /// when it does not exist. By default a copy made with `readFile`.
    func readFileOnce(_ path: String) throws(FileSystemError) -> FileBytes?
    func fileExists(_ path: String) -> Bool
    /// Names in a directory (not paths); empty when it does not exist.
    func listDirectory(_ path: String) -> [String]
    /// Creates the directory (and parents) with `mode` when missing.
    func createDirectory(_ path: String, mode: UInt32) throws(FileSystemError)
    /// Opens (creating with mode 0600) for appending; the descriptor can be read with `read(_:from:)` too.
    func openForAppend(_ path: String) throws(FileSystemError) -> Int32
    /// Opens an existing file for reading, or nil when it does not exist.
    func openForReading(_ path: String) throws(FileSystemError) -> Int32?
    /// Opens `name` in the folder `folder` of `directory` to read what another replica wrote:
    /// no symbolic link is followed (neither `folder` nor `name` may be one), opening never
    /// blocks (a FIFO), and only a regular file is opened — anything else throws, with a reason
    /// to name. Nil when it does not exist.
    func openUntrusted(_ name: String, in folder: String, of directory: String) throws(FileSystemError) -> Int32?
    /// The bytes of the open file from `offset` to its end, or to `limit` bytes.
    func read(_ fd: Int32, from offset: Int, upTo limit: Int) throws(FileSystemError) -> [UInt8]
    /// Which file `path` names now (and its size), or nil when there is none.
    func identity(of path: String) -> FileIdentity?
    /// Which file the descriptor is open on (and its size).
    func identity(of fd: Int32) throws(FileSystemError) -> FileIdentity
    /// Writes every byte or throws.
    func write(_ fd: Int32, _ bytes: [UInt8]) throws(FileSystemError)
    func sync(_ fd: Int32) throws(FileSystemError)
    func size(_ fd: Int32) throws(FileSystemError) -> Int
    func truncate(_ fd: Int32, to size: Int) throws(FileSystemError)
    func close(_ fd: Int32)
    /// Creates or replaces `path` (mode 0600) with `bytes`, then fsyncs it.
    func writeFile(_ path: String, _ bytes: [UInt8]) throws(FileSystemError)
    func rename(_ from: String, to: String) throws(FileSystemError)
    func remove(_ path: String) throws(FileSystemError)
    /// Gives the file at `existing` a second name `new` (a hard link): removing or replacing
    /// either name leaves the file under the other.
    func link(_ existing: String, as new: String) throws(FileSystemError)
    /// Which file `path` names itself — a link is not followed — or nil when there is none.
    func identityNotFollowing(_ path: String) -> FileIdentity?
    /// Bytes this user may still write on the file system holding `path`; nil when not known.
    func availableBytes(at path: String) -> Int?
    /// fsyncs a directory, making renames and creations in it durable.
    func syncDirectory(_ path: String) throws(FileSystemError)
}

extension FileSystem {
    /// The bytes of the open file from `offset` to its end.
    public func read(_ fd: Int32, from offset: Int) throws(FileSystemError) -> [UInt8] {
        try read(fd, from: offset, upTo: .max)
    }

    public func readFileOnce(_ path: String) throws(FileSystemError) -> FileBytes? {
        try readFile(path).map(FileBytes.init)
    }

    /// Up to `limit` bytes of `name` in the folder `folder` of `directory`, opened as
    /// `openUntrusted` opens it (no link, no FIFO, a regular file only); nil when it does not exist.
    public func readUntrusted(_ name: String, in folder: String, of directory: String, upTo limit: Int) throws(FileSystemError) -> [UInt8]? {
        guard let fd = try openUntrusted(name, in: folder, of: directory) else { return nil }
        defer { close(fd) }
        return try read(fd, from: 0, upTo: limit)
    }

    /// By default a copy: a file system in memory has no second names.
    public func link(_ existing: String, as new: String) throws(FileSystemError) {
        guard let bytes = try readFile(existing) else {
            throw FileSystemError(operation: "link", path: existing, code: 2, reason: "No such file or directory")
        }
        try writeFile(new, bytes)
    }

    public func identityNotFollowing(_ path: String) -> FileIdentity? { identity(of: path) }

    public func availableBytes(at path: String) -> Int? { nil }

    /// By default, as `openForReading` (a file system in memory has no links nor devices).
    public func openUntrusted(_ name: String, in folder: String, of directory: String) throws(FileSystemError) -> Int32? {
        try openForReading(directory + "/" + folder + "/" + name)
    }
}

/// One file, whatever its name is now: renaming `journal.log` to `archive/` keeps its
/// identity, and the new `journal.log` has another.
public struct FileIdentity: Hashable, Sendable {
    public var device: UInt64
    public var inode: UInt64
    /// Its size when asked, in bytes.
    public var size: Int
    /// When it was last written, in nanoseconds since 1970 (0: not known).
    public var modified: Int
    /// False for a link, a folder, a FIFO, a device or a socket.
    public var isRegularFile: Bool

    public init(device: UInt64, inode: UInt64, size: Int, modified: Int = 0, isRegularFile: Bool = true) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.isRegularFile = isRegularFile
    }

    /// True when both name the same file (whatever their sizes).
    public func isSameFile(as other: FileIdentity?) -> Bool {
        guard let other else { return false }
        return device == other.device && inode == other.inode
    }
}

/// A failed file operation: which, on what, and the system's reason.
public struct FileSystemError: Error, Hashable, Sendable, CustomStringConvertible {
    public var operation: String
    public var path: String
    public var code: Int32
    public var reason: String

    public init(operation: String, path: String, code: Int32, reason: String) {
        self.operation = operation
        self.path = path
        self.code = code
        self.reason = reason
    }

    public var description: String { "\(operation) \(path) failed: \(reason)" }
}
