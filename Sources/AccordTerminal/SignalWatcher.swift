#if canImport(Glibc)
import Glibc
#endif

/// The last stop signal received (0 for none); written only by the handler below.
nonisolated(unsafe) private var receivedStopSignal: Int32 = 0

/// Catches SIGTERM, SIGHUP and SIGINT so the loop can restore the terminal and exit cleanly.
enum SignalWatcher {
    static func install() {
        for signal in [SIGTERM, SIGHUP, SIGINT] {
            _ = Glibc.signal(signal) { received in receivedStopSignal = received }
        }
    }

    static var stopSignal: Int32 { receivedStopSignal }
}
