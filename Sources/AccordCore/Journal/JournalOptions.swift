import Foundation

/// How a data directory is opened (`Journal.open`, `Store.open`): what is read, and the
/// journal's thresholds — fixed for the journal's life. The command line decides them (from
/// its flags and environment); nothing below it reads the environment.
public struct JournalOptions {
    /// Never write: the data is read, under a shared lock when there is one.
    public var readOnly = false
    /// False to skip the undo and redo history (a command that only reads): the ledger's
    /// stacks are then empty and nothing may rebuild the cache from it.
    public var history = true
    /// False to read every journal from its start instead of starting from the cache
    /// (`accord journal verify`, `rebuild`).
    public var useCache = true
    /// The part of the ledger a command needs, read from the cache alone when it is current.
    public var scope: ReadScope?
    /// Below this many bytes of journals the cache (`local/snapshot.sqlite`) is neither read
    /// nor kept: the journals are read whole faster than it is opened. 0 keeps it always.
    public var cacheAbove = 0
    /// Freeze this replica's journal and start a new one once it passes this many bytes.
    public var rotationAbove = 8 << 20
    /// How long a writer waits for the lock before giving up and naming the process holding it.
    public var lockPatience = 5.0
    public var fileSystem: FileSystem = PosixFileSystem()
    /// Now, for the records' clocks and dates.
    public var now: @Sendable () -> Date = CalendarClock.now

    /// The command line's threshold for the cache: 256 KiB of journals (about a thousand items
    /// and changes), below which the journals are read whole faster than the cache is opened.
    public static let commandLineCacheAbove = 256 << 10

    public init(readOnly: Bool = false, history: Bool = true, useCache: Bool = true, scope: ReadScope? = nil,
                cacheAbove: Int = 0, rotationAbove: Int = 8 << 20, lockPatience: Double = 5.0,
                fileSystem: FileSystem = PosixFileSystem(), now: @escaping @Sendable () -> Date = CalendarClock.now) {
        self.readOnly = readOnly
        self.history = history
        self.useCache = useCache
        self.scope = scope
        self.cacheAbove = cacheAbove
        self.rotationAbove = rotationAbove
        self.lockPatience = lockPatience
        self.fileSystem = fileSystem
        self.now = now
    }
}
