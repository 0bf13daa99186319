#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A stop signal that arrived while a record was being written; written only by the handler below.
nonisolated(unsafe) private var heldStopSignal: Int32 = 0

/// Holds back the stop signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT) while a record is
/// written and synced, so that a stop lands between records, never inside one.
///
/// For the duration, each of them only notes its arrival (handlers are process-wide,
/// so this holds whichever thread the kernel picks); afterwards the previous handling
/// is put back and a noted signal is raised again, to be handled as it would have
/// been. SIGKILL cannot be held back: the journal's torn-tail recovery covers it.
enum SignalShield {
    static let held: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    static func during<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        heldStopSignal = 0
        var previous: [sigaction] = []
        for signal in held {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { received in heldStopSignal = received }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            var old = sigaction()
            sigaction(signal, &action, &old)
            previous.append(old)
        }
        defer {
            for (signal, old) in zip(held, previous) {
                var restored = old
                sigaction(signal, &restored, nil)
            }
            // To the process, not this thread: the thread may block it (a worker of the concurrency pool does).
            if heldStopSignal != 0 { kill(getpid(), heldStopSignal) }
        }
        return try body()
    }
}
