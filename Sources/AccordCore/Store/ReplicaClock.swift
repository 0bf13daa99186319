/// What the records say of one replica's clock: its newest record's number and wall time, and
/// how far ahead its clock was found — decided from the records alone, the same way on every
/// replica, never from the reader's clock.
///
/// A record written after seeing another (it names it in `seen`) was written later in real
/// time; when its wall time is earlier than the record it saw by more than
/// `ReplicaClock.allowedDrift`, the clock of the replica that wrote the record it saw ran ahead.
public struct ReplicaClock: Hashable, Sendable {
    public var replica: String
    /// Its newest record applied, and when that record says it was written (ISO, UTC).
    public var seq: Int
    public var at: String
    /// The most its clock was found ahead, in seconds (0: never).
    public var ahead: Int

    public init(replica: String, seq: Int, at: String, ahead: Int = 0) {
        self.replica = replica
        self.seq = seq
        self.at = at
        self.ahead = ahead
    }

    /// Clocks within ten minutes of each other are not named.
    public static let allowedDrift = 600

    /// "3 hours", "365 days": how far ahead, in the current language.
    public var aheadDescription: String {
        let words = Phrases.core
        if ahead >= 2 * 86_400 { return words.skewDays((ahead + 43_200) / 86_400) }
        if ahead >= 2 * 3_600 { return words.skewHours((ahead + 1_800) / 3_600) }
        return words.skewMinutes(max(1, (ahead + 30) / 60))
    }
}
