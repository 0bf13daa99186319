/// How many actions are done out of how many.
public struct Progress: Hashable, Sendable, Encodable {
    public var done: Int
    public var total: Int

    public init(done: Int = 0, total: Int = 0) {
        self.done = done
        self.total = total
    }

    /// Something left to do, or nothing planned yet (a commitment without actions is not finished).
    public var isUnfinished: Bool { total == 0 || done < total }

    /// 0…1; 0 when there is nothing to do.
    public var fraction: Double { total == 0 ? 0 : Double(done) / Double(total) }
    /// The share done, rounded to the nearest whole percent (2/3 → 67) — but 100 only when
    /// everything is done and 0 only when nothing is.
    public var percent: Int {
        guard total > 0 else { return 0 }
        let rounded = (done * 200 + total) / (2 * total)
        if done < total { return max(done > 0 ? 1 : 0, min(99, rounded)) }
        return 100
    }

    /// How many of `width` cells a progress bar fills: the done share, rounded (every bar,
    /// on screen and in reports, fills the same way).
    public func filledCells(of width: Int) -> Int {
        total == 0 ? 0 : min(width, max(0, Int((fraction * Double(width)).rounded())))
    }

    /// A bar of `width` characters: `filled` for the done share, `empty` for the rest.
    public func bar(width: Int, filled: Character = "█", empty: Character = "░") -> String {
        let cells = filledCells(of: width)
        return String(repeating: filled, count: cells) + String(repeating: empty, count: width - cells)
    }

    public static func + (lhs: Progress, rhs: Progress) -> Progress {
        Progress(done: lhs.done + rhs.done, total: lhs.total + rhs.total)
    }

    /// Adds `other` in place (a table's entry changed with one lookup).
    public mutating func add(_ other: Progress) {
        done += other.done
        total += other.total
    }
}
