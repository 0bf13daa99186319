/// An in-memory terminal for tests: plays scripted keys, keeps every frame.
public final class MemoryBackend: ScreenBackend {
    public private(set) var size: (width: Int, height: Int)
    public private(set) var frames: [Grid] = []
    public private(set) var fullRedraws = 0
    /// Keys that arrive together (a paste typed as keys): all but the first are already waiting when it is read.
    private var script: [[Key]]
    /// Times the dashboard asked to be suspended (Ctrl-Z).
    public private(set) var suspensions = 0
    public private(set) var stopRequested = false
    /// Kept as the protocol asks; the script of keys never waits.
    public var wakeDescriptors: [Int32] = []

    /// `keys` are played in order; `.resize` keys take their size from `resizes`.
    public init(width: Int, height: Int, keys: [Key], resizes: [(Int, Int)] = []) {
        size = (width, height)
        script = keys.map { [$0] }
        pendingResizes = resizes
    }

    /// Each burst's keys arrive at once, as a terminal without bracketed paste sends a paste.
    public init(width: Int, height: Int, bursts: [[Key]]) {
        size = (width, height)
        script = bursts.filter { !$0.isEmpty }
        pendingResizes = []
    }

    public func discardWaitingKeys() -> Int {
        guard !script.isEmpty else { return 0 }
        return script.removeFirst().count
    }

    public func suspend() { suspensions += 1 }

    private var pendingResizes: [(Int, Int)]

    /// The themes applied, in order.
    public private(set) var themes: [String] = []

    public func apply(_ theme: Theme) { themes.append(theme.name) }

    public func present(_ grid: Grid, fullRedraw: Bool) {
        frames.append(grid)
        if fullRedraw { fullRedraws += 1 }
    }

    public func nextKey() -> Key? {
        guard !script.isEmpty else {
            stopRequested = true
            return nil
        }
        let key = script[0].removeFirst()
        if script[0].isEmpty { script.removeFirst() }
        if key == .resize, !pendingResizes.isEmpty {
            let next = pendingResizes.removeFirst()
            size = (next.0, next.1)
        }
        return key
    }

    /// The last frame as text.
    public var screen: String { frames.last?.text ?? "" }
}
