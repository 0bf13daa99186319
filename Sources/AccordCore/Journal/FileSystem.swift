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
    /// Opens (creating with mode 0600) for appending.
    func openForAppend(_ path: String) throws(FileSystemError) -> Int32
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
    /// fsyncs a directory, making renames and creations in it durable.
    func syncDirectory(_ path: String) throws(FileSystemError)
}

extension FileSystem {
    public func readFileOnce(_ path: String) throws(FileSystemError) -> FileBytes? {
        try readFile(path).map(FileBytes.init)
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
