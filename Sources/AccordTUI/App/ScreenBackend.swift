/// What the dashboard needs from a terminal: its size, a way to show a
/// frame, and the next key. The ncurses backend and the in-memory test
/// backend implement it.
public protocol ScreenBackend: AnyObject {
    /// Columns and rows right now.
    var size: (width: Int, height: Int) { get }
    /// Shows `grid`; `fullRedraw` repaints every cell (Ctrl-L, resize).
    func present(_ grid: Grid, fullRedraw: Bool)
    /// The next key, or nil when none came within the backend's poll interval — or when
    /// one of `wakeDescriptors` became readable first.
    func nextKey() -> Key?
    /// Descriptors whose readiness ends the wait for a key early (the data directory's
    /// watcher: another Accord wrote; long work done on another thread); empty to wait for keys alone.
    var wakeDescriptors: [Int32] { get set }
    /// True once the program was asked to stop (SIGTERM, SIGHUP, SIGINT).
    var stopRequested: Bool { get }
    /// Switches to `theme` (the next frame is repainted whole).
    func apply(_ theme: Theme)
    /// Drops the keys already waiting to be read and says how many (the rest of a paste that
    /// came as keys, once the form it was meant for has closed).
    func discardWaitingKeys() -> Int
    /// Gives the terminal back to the shell and stops the process until it is continued (Ctrl-Z).
    func suspend()
}
