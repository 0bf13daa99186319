import Glibc

/// How the process treats signals, set once at start.
enum ProcessSignals {
    /// Unblocks the stop signals a parent may have left blocked (a spawning thread's mask
    /// is inherited: seen with test runners and some terminals), so Ctrl-C and `kill`
    /// work; and ignores SIGXFSZ, so that a file-size limit (`ulimit -f`) makes a write
    /// fail with a message instead of killing the process in the middle of it; and ignores
    /// SIGPIPE, so that a reader that stops reading (`| head -1`) ends the command quietly
    /// with exit 0 (see `Console`) whatever the parent left the signal set to.
    static func prepare() {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&set, signal) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        _ = Glibc.signal(SIGXFSZ, SIG_IGN)
        _ = Glibc.signal(SIGPIPE, SIG_IGN)
    }
}
