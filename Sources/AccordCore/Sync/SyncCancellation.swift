import Foundation
import Glibc

/// Stops a sync running on another thread (Esc in the dashboard, or quitting it): the fetch
/// or push running is stopped (its process group sent SIGTERM), and the sync stops at its next
/// safe point (`GitExchange`), throwing `SyncError.cancelled`. Its state is behind a pthread
/// mutex (`NSLock`), which ThreadSanitizer sees.
public final class SyncCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false
    private var running: pid_t?

    public init() {}

    /// Asks the sync to stop.
    public func cancel() {
        lock.withLock {
            cancelled = true
            if let running { kill(-running, SIGTERM) }
        }
    }

    public var isCancelled: Bool { lock.withLock { cancelled } }

    /// The interruptible git command now running (its process group), nil once it ended.
    func running(_ pid: pid_t?) {
        lock.withLock {
            running = pid
            if cancelled, let pid { kill(-pid, SIGTERM) }
        }
    }

    /// Throws `SyncError.cancelled` once `cancel` was called.
    func check() throws(SyncError) {
        if isCancelled { throw .cancelled }
    }
}
