import Glibc

import Synchronization

/// The last stop signal received (0 for none); written only by the handler below.
private let receivedStopSignal = Atomic<Int32>(0)

/// Catches SIGTERM, SIGHUP and SIGINT so the loop can restore the terminal and exit cleanly.
enum SignalWatcher {
    /// Installs the handlers, and unblocks these signals and SIGWINCH: a blocked mask
    /// inherited from the parent would otherwise silence resizes and stop requests.
    static func install() {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGTERM, SIGHUP, SIGINT] {
            _ = Glibc.signal(signal) { received in receivedStopSignal.store(received, ordering: .sequentiallyConsistent) }
            sigaddset(&set, signal)
        }
        sigaddset(&set, SIGWINCH)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    static var stopSignal: Int32 { receivedStopSignal.load(ordering: .sequentiallyConsistent) }
}
