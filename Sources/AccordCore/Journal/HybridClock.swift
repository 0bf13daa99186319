import Foundation

/// A hybrid logical clock in one integer: milliseconds since 1970 times 1,000, plus a counter.
///
/// A new record's clock is the physical time, raised past every clock this replica has
/// read (its own and other replicas'): a record always sorts after everything its writer
/// knew, even when the writer's clock is behind, and close to real time otherwise.
public enum HybridClock {
    /// The clock for a record written at `now` by a replica that has read clocks up to `known`.
    public static func next(after known: Int, now: Date) -> Int {
        // Records out of `RecordBounds` never reach here; the sum cannot trap all the same.
        max(physical(now), known == .max ? known : known + 1)
    }

    /// `now` on the clock's scale, with a zero counter.
    public static func physical(_ now: Date) -> Int {
        Int((now.timeIntervalSince1970 * 1000).rounded(.down)) * 1000
    }
}
