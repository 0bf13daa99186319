import Glibc
import Synchronization

/// Stops a sync running on another thread (Esc in the dashboard): the fetch or push running
/// is stopped (its process group sent SIGTERM), and the sync stops at its next safe point
/// (`GitExchange`), throwing `SyncError.cancelled`.
public final class SyncCancellation: Sendable {
    private let state = Mutex<(cancelled: Bool, running: pid_t?)>((false, nil))

    public init() {}

    /// Asks the sync to stop.
    public func cancel() {
        state.withLock { state in
            state.cancelled = true
            if let pid = state.running { kill(-pid, SIGTERM) }
        }
    }

    public var isCancelled: Bool { state.withLock { $0.cancelled } }

    /// The interruptible git command now running (its process group), nil once it ended.
    func running(_ pid: pid_t?) {
        state.withLock { state in
            state.running = pid
            if state.cancelled, let pid { kill(-pid, SIGTERM) }
        }
    }

    /// Throws `SyncError.cancelled` once `cancel` was called.
    func check() throws(SyncError) {
        if isCancelled { throw .cancelled }
    }
}
