import Glibc

/// The data directory's lock: `flock` on its `lock` file, taken only around
/// a write (exclusive) or a consistent read (shared) and given back at once,
/// so that every Accord on the directory may write. The kernel drops it when
/// a process dies, so a killed process leaves no stale lock. A writer that
/// waited too long names the process holding it, as the kernel says
/// (`LockHolder`).
public final class DirectoryLock {
    public let path: String
    private var fd: Int32
    /// True while this process holds it.
    public private(set) var isHeld = false
    /// True while this process holds it to write (exclusively).
    public private(set) var isHeldToWrite = false

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    /// Opens the lock file `name` of `directory` (creating it when `create`); nil when it does
    /// not exist and may not be created.
    public static func open(directory: String, create: Bool, name: String = "lock") throws(FileSystemError) -> DirectoryLock? {
        let path = directory + "/" + name
        let fd = create ? Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC, mode_t(0o600)) : Glibc.open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            let code = errno
            if !create && (code == ENOENT || code == EACCES) { return nil }
            throw FileSystemError(operation: "open", path: path, code: code, reason: SystemErrorText.reason(code))
        }
        return DirectoryLock(path: path, fd: fd)
    }

    /// What happened when trying to take the lock.
    public enum Outcome: Equatable {
        case acquired
        /// Another process kept it for the whole wait; which one, when the system says.
        case busy(LockHolder?)
        case failed(FileSystemError)
    }

    /// Takes the lock, exclusive (to write) or shared (to read), waiting up to `seconds`
    /// (0: not at all).
    public func lock(exclusive: Bool, waitingUpTo seconds: Double) -> Outcome {
        precondition(!isHeld, "the directory lock is not re-entrant")
        let operation = (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB
        let deadline = Self.monotonicSeconds + seconds
        // A writer holds it for a record and an fsync (well under a millisecond): poll often at
        // first, then back off to 5 ms.
        var pause: UInt32 = 100
        while flock(fd, operation) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else {
                return .failed(FileSystemError(operation: "flock", path: path, code: code, reason: SystemErrorText.reason(code)))
            }
            if Self.monotonicSeconds >= deadline { return .busy(LockHolder.of(descriptor: fd)) }
            usleep(pause)
            pause = min(pause * 2, 5_000)
        }
        isHeld = true
        isHeldToWrite = exclusive
        return .acquired
    }

    /// Seconds on the monotonic clock (for deadlines).
    static var monotonicSeconds: Double {
        var clock = timespec()
        clock_gettime(CLOCK_MONOTONIC, &clock)
        return Double(clock.tv_sec) + Double(clock.tv_nsec) / 1e9
    }

    /// Gives the lock back.
    public func unlock() {
        guard isHeld else { return }
        flock(fd, LOCK_UN)
        isHeld = false
        isHeldToWrite = false
    }

    deinit {
        unlock()
        Glibc.close(fd)
    }
}
