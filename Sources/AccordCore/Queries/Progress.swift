/// How many actions are done out of how many.
public struct Progress: Hashable, Sendable, Encodable {
    public var done: Int
    public var total: Int

    public init(done: Int = 0, total: Int = 0) {
        self.done = done
        self.total = total
    }

    /// 0…1; 0 when there is nothing to do.
    public var fraction: Double { total == 0 ? 0 : Double(done) / Double(total) }
    public var percent: Int { total == 0 ? 0 : (done * 100) / total }

    public static func + (lhs: Progress, rhs: Progress) -> Progress {
        Progress(done: lhs.done + rhs.done, total: lhs.total + rhs.total)
    }

    /// Adds `other` in place (a table's entry changed with one lookup).
    public mutating func add(_ other: Progress) {
        done += other.done
        total += other.total
    }
}
