/// The last changes made to the data, newest last: what "Last changes" lists. Seeded
/// from what the journal loaded (`Store.recentChanges`), then kept by following
/// committed records.
public struct RecentChanges: Hashable, Sendable {
    /// How many are kept.
    public static let limit = 16

    public private(set) var entries: [RecentChange]

    public init(_ entries: [RecentChange] = []) {
        self.entries = Array(entries.suffix(Self.limit))
    }

    /// Adds a committed record.
    public mutating func follow(_ record: CommittedRecord) {
        entries.append(RecentChange(record.record))
        if entries.count > Self.limit { entries.removeFirst(entries.count - Self.limit) }
    }

    /// The newest `count`, newest first.
    public func newest(_ count: Int) -> [RecentChange] {
        Array(entries.suffix(count).reversed())
    }
}
