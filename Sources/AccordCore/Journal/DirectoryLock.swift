#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one-writer lock: `flock` on the data directory's `lock` file, held
/// until the process ends (the kernel drops it when a process dies, so a
/// killed process leaves no stale lock). The file holds the owner's pid.
public final class DirectoryLock {
    public let path: String
    private var fd: Int32

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    /// What happened when trying to take the lock.
    public enum Outcome {
        case acquired(DirectoryLock)
        /// Another process holds it; its pid when the lock file names one.
        case heldByOther(pid: Int32?)
        case failed(FileSystemError)
    }

    /// Takes the lock without waiting.
    public static func acquire(directory: String) -> Outcome {
        let path = directory + "/lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, mode_t(0o600))
        if fd < 0 {
            return .failed(FileSystemError(operation: "open", path: path, code: errno, reason: String(cString: strerror(errno))))
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            let holder = readPID(fd)
            Glibc.close(fd)
            if code == EWOULDBLOCK { return .heldByOther(pid: holder) }
            return .failed(FileSystemError(operation: "flock", path: path, code: code, reason: String(cString: strerror(code))))
        }
        let text = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return .acquired(DirectoryLock(path: path, fd: fd))
    }

    private static func readPID(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        let text = String(decoding: buffer[0..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return Int32(text)
    }

    /// Gives the lock up (also done when the process ends).
    public func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        Glibc.close(fd)
        fd = -1
    }

    deinit { release() }
}
