import Glibc

/// Tells a follower (a dashboard, `accord watch`) when to look for what other processes
/// wrote: at once when inotify reports a change in the data directory, and at least every
/// `backstopInterval` seconds anyway — network file systems change without inotify seeing it.
/// Looking is cheap (`Store.followOthers` is one `stat` when nothing changed).
public final class DirectoryWatcher {
    /// Readable when inotify has news: a run loop waits on it beside its input (`poll`).
    /// nil where inotify is unavailable; then only the backstop applies.
    public let descriptor: Int32?
    /// Seconds between looks when inotify says nothing.
    public let backstopInterval: Double
    private var lastLook: Double
    /// Where inotify's events are read into and dropped (kept: `shouldLook` runs at every key).
    private var events = [UInt8](repeating: 0, count: 4096)

    /// Watches `directory` (created files, appends, renames).
    public init(directory: String, backstopInterval: Double = 2.0) {
        self.backstopInterval = backstopInterval
        lastLook = Self.seconds()
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        let events = UInt32(IN_MODIFY | IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CLOSE_WRITE)
        if fd >= 0, inotify_add_watch(fd, directory, events) >= 0 {
            descriptor = fd
        } else {
            if fd >= 0 { close(fd) }
            descriptor = nil
        }
    }

    deinit {
        if let descriptor { close(descriptor) }
    }

    /// True when it is time to look: inotify reported something (its events are read and
    /// dropped), or the backstop interval has passed since the last look.
    public func shouldLook() -> Bool {
        var news = false
        if let descriptor {
            while events.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 { news = true }
        }
        let now = Self.seconds()
        if news || now - lastLook >= backstopInterval {
            lastLook = now
            return true
        }
        return false
    }

    /// Waits until inotify has news or `seconds` pass (for a loop with nothing else to wait on).
    public func wait(upTo seconds: Double) {
        guard let descriptor else {
            usleep(UInt32(max(0, seconds) * 1_000_000))
            return
        }
        var watched = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        _ = poll(&watched, 1, Int32(max(0, seconds) * 1000))
    }

    private static func seconds() -> Double {
        var clock = timespec()
        clock_gettime(CLOCK_MONOTONIC, &clock)
        return Double(clock.tv_sec) + Double(clock.tv_nsec) / 1e9
    }
}
