import Glibc
import Foundation
import Synchronization

/// A stop signal that arrived while a record was being written (0 for none): set by the
/// handler on whichever thread takes the signal, read by the thread that wrote.
private let heldStopSignal = Atomic<Int32>(0)
/// How many writes are shielded now, and the handling they replaced; guarded by `shieldLock`.
nonisolated(unsafe) private var shieldDepth = 0
nonisolated(unsafe) private var replacedActions: [sigaction] = []
private let shieldLock = NSLock()

/// Holds back the stop signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT) while a record is
/// written and synced, so that a stop lands between records, never inside one.
///
/// For the duration, each of them only notes its arrival (handlers are process-wide,
/// so this holds whichever thread the kernel picks); when the last shielded write in
/// the process ends, the previous handling is put back and a noted signal is sent to
/// the process again, to be handled as it would have been. SIGKILL cannot be held
/// back: the journal's torn-tail recovery covers it.
enum SignalShield {
    static let held: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    static func during<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        enter()
        defer { leave() }
        return try body()
    }

    private static func enter() {
        shieldLock.lock()
        defer { shieldLock.unlock() }
        shieldDepth += 1
        guard shieldDepth == 1 else { return }
        heldStopSignal.store(0, ordering: .sequentiallyConsistent)
        replacedActions = held.map { signal in
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { received in heldStopSignal.store(received, ordering: .sequentiallyConsistent) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            var old = sigaction()
            sigaction(signal, &action, &old)
            return old
        }
    }

    private static func leave() {
        shieldLock.lock()
        defer { shieldLock.unlock() }
        shieldDepth -= 1
        guard shieldDepth == 0 else { return }
        for (signal, old) in zip(held, replacedActions) {
            var restored = old
            sigaction(signal, &restored, nil)
        }
        // To the process, not this thread: the thread may block it (a worker of the concurrency pool does).
        let held = heldStopSignal.load(ordering: .sequentiallyConsistent)
        if held != 0 { kill(getpid(), held) }
    }
}
