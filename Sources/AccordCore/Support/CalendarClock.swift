import Foundation

/// The calendar time — "now" and "today" — everywhere Accord reads it. The command line fixes
/// it from `ACCORD_NOW` (an ISO date `2027-03-01` or date-time `2027-03-01T09:30:00Z`), for
/// tests and demos: a replica a year ahead is tested without faketime. Durations, waits and
/// rates never read this clock (they use the monotonic one).
public enum CalendarClock {
    /// The instant the clock stands at, when fixed: set once by the program's entry, before
    /// anything reads the time (nothing below the command line reads the environment).
    nonisolated(unsafe) public static var fixed: Date?

    /// Now: `fixed` when it is set, else the system's clock.
    @Sendable public static func now() -> Date { fixed ?? Date() }

    private static let epoch = Day(year: 1970, month: 1, day: 1)!

    /// The instant `text` names: `YYYY-MM-DD` (midnight UTC), `YYYY-MM-DDTHH:MM[:SS]` (UTC)
    /// or either with `Z`; nil otherwise.
    public static func parse(_ text: String) -> Date? {
        var text = text.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("Z") { text.removeLast() }
        let halves = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        guard let day = halves.first.flatMap({ Day(String($0)) }) else { return nil }
        var seconds = 0
        if halves.count == 2 {
            let parts = halves[1].split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
            guard (2...3).contains(parts.count), parts.allSatisfy({ $0 != nil }) else { return nil }
            let (h, m, s) = (parts[0]!, parts[1]!, parts.count == 3 ? parts[2]! : 0)
            guard (0..<24).contains(h), (0..<60).contains(m), (0..<60).contains(s) else { return nil }
            seconds = h * 3600 + m * 60 + s
        }
        return Date(timeIntervalSince1970: TimeInterval(Self.epoch.days(until: day) * 86_400 + seconds))
    }
}
