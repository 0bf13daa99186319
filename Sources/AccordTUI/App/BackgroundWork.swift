import AccordCore
import Foundation
import Glibc

/// Long work on a thread of its own while the dashboard's loop stays live: the whole data read
/// while the first screen shows from the cache, a sync's git work. What it made is handed over
/// once, through `take`, on the loop's thread; `descriptor` turns readable when it is done,
/// ending the loop's wait for a key.
public final class BackgroundWork<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var outcome: Result<Value, any Error>?
    private var wake: [Int32] = [-1, -1]

    /// Starts `work` on a thread of its own.
    public init(_ work: @escaping @Sendable () throws -> Value) {
        _ = pipe(&wake)
        let thread = Thread { [self] in
            let result = Result { try work() }
            lock.withLock { outcome = result }
            var byte: UInt8 = 1
            _ = write(wake[1], &byte, 1)
        }
        // Reading a large cache recurses no deeper than a command does, on a thread as large as the main one.
        thread.stackSize = 8 << 20
        thread.start()
    }

    deinit {
        for fd in wake where fd >= 0 { close(fd) }
    }

    /// Readable once the work is done.
    public var descriptor: Int32? { wake[0] >= 0 ? wake[0] : nil }

    /// Waits up to `seconds` for the work to be done; true when it is.
    public func wait(upTo seconds: Double) -> Bool {
        var done = pollfd(fd: wake[0], events: Int16(POLLIN), revents: 0)
        return poll(&done, 1, Int32(seconds * 1000)) == 1
    }

    /// What the work made, or why it could not — once; nil while it runs.
    public func take() -> Result<Value, any Error>? {
        lock.withLock {
            defer { outcome = nil }
            return outcome
        }
    }
}

/// The whole data, read while the first screen shows (see `DashboardRuntime.whileOpening`).
public typealias BackgroundOpening = BackgroundWork<Store>
