import AccordCore
import Foundation
import Glibc

/// The whole data read on another thread while the dashboard shows its first screen from
/// the cache (`CachedFirstScreen`). The store read is handed over once, through `take`, on
/// the loop's thread; `descriptor` turns readable when it is ready, ending the loop's wait.
public final class BackgroundOpening: @unchecked Sendable {
    private let lock = NSLock()
    private var outcome: Result<Store, any Error>?
    private var wake: [Int32] = [-1, -1]

    /// Starts `open` on a thread of its own.
    public init(_ open: @escaping @Sendable () throws -> Store) {
        _ = pipe(&wake)
        let thread = Thread { [self] in
            let result = Result { try open() }
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

    /// Readable once the reading is done.
    public var descriptor: Int32? { wake[0] >= 0 ? wake[0] : nil }

    /// The store read, or why it could not be — once; nil while it is being read.
    public func take() -> Result<Store, any Error>? {
        lock.withLock {
            defer { outcome = nil }
            return outcome
        }
    }
}
