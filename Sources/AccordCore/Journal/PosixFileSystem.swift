import Glibc

/// The real file system, through POSIX calls.
public final class PosixFileSystem: FileSystem {
    public init() {}

    private var paths: [Int32: String] = [:]

    private func failure(_ operation: String, _ path: String, _ code: Int32 = errno) -> FileSystemError {
        // Opened with O_NOFOLLOW, a link says ELOOP ("too many levels of symbolic links").
        FileSystemError(operation: operation, path: path, code: code, reason: SystemErrorText.reason(code))
    }

    public func readFile(_ path: String) throws(FileSystemError) -> [UInt8]? {
        guard let fd = try openForReading(path) else { return nil }
        defer { close(fd) }
        return try read(fd, from: 0)
    }

    /// Maps the file (private, read-only): its pages are read as they are touched.
    public func readFileOnce(_ path: String) throws(FileSystemError) -> FileBytes? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw failure("open", path)
        }
        defer { Glibc.close(fd) }
        var stats = stat()
        guard fstat(fd, &stats) == 0 else { throw failure("stat", path) }
        guard stats.st_size > 0 else { return FileBytes([]) }
        guard let mapping = mmap(nil, Int(stats.st_size), PROT_READ, MAP_PRIVATE, fd, 0), mapping != MAP_FAILED else {
            // Some file systems cannot map files: read it instead.
            return try readFile(path).map(FileBytes.init)
        }
        return FileBytes(mapping: UnsafeRawPointer(mapping), count: Int(stats.st_size))
    }

    public func fileExists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    public func listDirectory(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    public func createDirectory(_ path: String, mode: UInt32) throws(FileSystemError) {
        if fileExists(path) { return }
        let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        if !parent.isEmpty, !fileExists(parent) { try createDirectory(parent, mode: mode) }
        if mkdir(path, mode_t(mode)) != 0 && errno != EEXIST { throw failure("mkdir", path) }
        chmod(path, mode_t(mode))
    }

    /// A link at `path` is not followed, and only a regular file is opened (this replica's
    /// journal sits in the shared folder, where anyone may put anything under its name).
    public func openForAppend(_ path: String) throws(FileSystemError) -> Int32 {
        let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, mode_t(0o600))
        if fd < 0 { throw failure("open", path) }
        try requireRegular(fd, path)
        paths[fd] = path
        return fd
    }

    public func openUntrusted(_ name: String, in folder: String, of directory: String) throws(FileSystemError) -> Int32? {
        let path = directory + "/" + folder + "/" + name
        guard !name.contains("/"), !folder.contains("/"), name != "..", folder != ".." else {
            throw FileSystemError(operation: "open", path: path, code: EINVAL, reason: "not a plain name")
        }
        let top = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if top < 0 { throw failure("open", directory) }
        defer { Glibc.close(top) }
        let middle = openat(top, folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if middle < 0 {
            if errno == ENOENT { return nil }
            throw failure("open", directory + "/" + folder)
        }
        defer { Glibc.close(middle) }
        let fd = openat(middle, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw failure("open", path)
        }
        try requireRegular(fd, path)
        paths[fd] = path
        return fd
    }

    /// Closes `fd` and throws unless it is a regular file (a FIFO, a device, a socket or a folder is never read).
    private func requireRegular(_ fd: Int32, _ path: String) throws(FileSystemError) {
        var stats = stat()
        guard fstat(fd, &stats) == 0 else {
            let error = failure("stat", path)
            Glibc.close(fd)
            throw error
        }
        guard stats.st_mode & S_IFMT == S_IFREG else {
            Glibc.close(fd)
            throw FileSystemError(operation: "open", path: path, code: EINVAL, reason: "not a regular file (\(Self.kind(stats.st_mode)))")
        }
    }

    private static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "a FIFO"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        case S_IFDIR: return "a folder"
        case S_IFLNK: return "a symbolic link"
        default: return "not a file"
        }
    }

    public func openForReading(_ path: String) throws(FileSystemError) -> Int32? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw failure("open", path)
        }
        paths[fd] = path
        return fd
    }

    public func read(_ fd: Int32, from offset: Int, upTo limit: Int) throws(FileSystemError) -> [UInt8] {
        var result: [UInt8] = []
        var stats = stat()
        if fstat(fd, &stats) == 0, Int(stats.st_size) > offset { result.reserveCapacity(min(limit, Int(stats.st_size) - offset)) }
        var buffer = [UInt8](repeating: 0, count: min(1 << 16, limit))
        var position = offset
        while result.count < limit {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, min($0.count, limit - result.count), off_t(position)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure("read", paths[fd] ?? "fd \(fd)")
            }
            if n == 0 { return result }
            result.append(contentsOf: buffer[0..<n])
            position += n
        }
        return result
    }

    private static func identity(_ stats: stat) -> FileIdentity {
        FileIdentity(device: UInt64(stats.st_dev), inode: UInt64(stats.st_ino), size: Int(stats.st_size),
                     modified: stats.st_mtim.tv_sec * 1_000_000_000 + stats.st_mtim.tv_nsec,
                     isRegularFile: stats.st_mode & S_IFMT == S_IFREG)
    }

    public func identity(of path: String) -> FileIdentity? {
        var stats = stat()
        guard stat(path, &stats) == 0 else { return nil }
        return Self.identity(stats)
    }

    public func identityNotFollowing(_ path: String) -> FileIdentity? {
        var stats = stat()
        guard lstat(path, &stats) == 0 else { return nil }
        return Self.identity(stats)
    }

    public func availableBytes(at path: String) -> Int? {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return nil }
        let (bytes, overflow) = Int(info.f_bavail).multipliedReportingOverflow(by: Int(info.f_frsize))
        return overflow ? .max : bytes
    }

    public func link(_ existing: String, as new: String) throws(FileSystemError) {
        if Glibc.link(existing, new) != 0 { throw failure("link", "\(existing) → \(new)") }
    }

    public func identity(of fd: Int32) throws(FileSystemError) -> FileIdentity {
        var stats = stat()
        if fstat(fd, &stats) != 0 { throw failure("fstat", paths[fd] ?? "fd \(fd)") }
        return Self.identity(stats)
    }

    public func write(_ fd: Int32, _ bytes: [UInt8]) throws(FileSystemError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure("write", paths[fd] ?? "fd \(fd)")
            }
            offset += n
        }
    }

    public func sync(_ fd: Int32) throws(FileSystemError) {
        if fsync(fd) != 0 { throw failure("fsync", paths[fd] ?? "fd \(fd)") }
    }

    public func size(_ fd: Int32) throws(FileSystemError) -> Int {
        var stats = stat()
        if fstat(fd, &stats) != 0 { throw failure("fstat", paths[fd] ?? "fd \(fd)") }
        return Int(stats.st_size)
    }

    public func truncate(_ fd: Int32, to size: Int) throws(FileSystemError) {
        if ftruncate(fd, off_t(size)) != 0 { throw failure("ftruncate", paths[fd] ?? "fd \(fd)") }
    }

    public func close(_ fd: Int32) {
        paths[fd] = nil
        _ = Glibc.close(fd)
    }

    public func writeFile(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode_t(0o600))
        if fd < 0 { throw failure("open", path) }
        paths[fd] = path
        defer { close(fd) }
        fchmod(fd, mode_t(0o600))
        try write(fd, bytes)
        try sync(fd)
    }

    public func rename(_ from: String, to: String) throws(FileSystemError) {
        if Glibc.rename(from, to) != 0 { throw failure("rename", "\(from) → \(to)") }
    }

    public func remove(_ path: String) throws(FileSystemError) {
        if unlink(path) != 0 && errno != ENOENT { throw failure("unlink", path) }
    }

    public func syncDirectory(_ path: String) throws(FileSystemError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 { throw failure("open", path) }
        defer { Glibc.close(fd) }
        if fsync(fd) != 0 { throw failure("fsync", path) }
    }
}
