/// The bounds every record's values must keep, checked where a record is read — the same way
/// on every replica, so a record out of bounds is damage everywhere alike (`journal verify`
/// names it), and no arithmetic on another replica's value can trap.
public enum RecordBounds {
    /// Clocks from 2000-01-01 to the end of 9999 (milliseconds × 1,000, see `HybridClock`).
    public static let clocks: ClosedRange<Int> = 946_684_800_000_000...253_402_300_799_999_999
    /// Record numbers: one a second for thirty thousand years is still inside.
    public static let sequenceNumbers: ClosedRange<Int> = 1...1_000_000_000_000
    /// Ranks (an item's place among its siblings).
    public static let ranks: ClosedRange<Int> = -(1 << 50)...(1 << 50)
    /// Years of a term or a renewal.
    public static let years: ClosedRange<Int> = 0...1_000
    /// Months of notice.
    public static let months: ClosedRange<Int> = 0...12_000
    /// Records in one group (see `RecordGroup`): 4 billion events.
    public static let groupRecords = 1_000_000
    /// Other replicas named in a record's `seen`.
    public static let seenReplicas = 100_000
    /// Bytes of one record line, its checksum and newline included: far above what Accord writes
    /// (a large change is written as a group of records of `RecordGroup.eventsPerRecord` events,
    /// about 1.2 MB each).
    public static let recordBytes = 256 << 20
    /// Bytes read of another replica's journal file: a file past it is read up to it and named.
    /// (Accord freezes its own journal at 8 MiB and starts a new one.)
    public static let peerFileBytes = 1 << 30

    /// Why `record` is out of bounds, in a few words; nil when it keeps them.
    public static func problem(in record: JournalRecord) -> String? {
        // No replica and no clock: a record written before replicas (its own journal's reader gives it both).
        guard record.replica.isEmpty || ReplicaIdentity.isValid(record.replica) else { return "replica id is not 1 to 40 of a-z, 0-9, -" }
        guard record.clock == 0 || clocks.contains(record.clock) else { return "clock \(record.clock) is outside the years 2000 to 9999" }
        guard sequenceNumbers.contains(record.seq) else { return "record number \(record.seq) is outside 1 to \(sequenceNumbers.upperBound)" }
        if let group = record.group {
            guard (2...groupRecords).contains(group.count), sequenceNumbers.contains(group.first), sequenceNumbers.contains(group.last),
                  (group.first...group.last).contains(record.seq) else {
                return "a group of \(group.count) records from number \(group.first) is out of bounds for record \(record.seq)"
            }
        }
        if let key = record.publicKey, PublicKey(base64: key) == nil { return "its key is not 32 bytes in base64" }
        if let signature = record.signature, RecordSignature.bytes(of: signature) == nil { return "its signature is not 64 bytes in base64" }
        guard record.seen.count <= seenReplicas else { return "it names \(record.seen.count) replicas seen" }
        for ref in record.seen {
            guard ReplicaIdentity.isValid(ref.replica), sequenceNumbers.contains(ref.seq) else {
                return "it says it saw record \(ref.seq) of a replica named \(ref.replica.utf8.count) bytes long, out of bounds"
            }
        }
        for event in record.change.events {
            if let problem = problem(in: event) { return problem }
        }
        return nil
    }

    private static func problem(in event: Event) -> String? {
        func rank(_ value: Int) -> String? { ranks.contains(value) ? nil : "rank \(value) is out of bounds" }
        switch event {
        case .categoryCreated(let c): return rank(c.rank)
        case .partnerCreated(let p), .partnerUpdated(let p, _): return rank(p.rank)
        case .commitmentCreated(let c), .commitmentUpdated(let c, _): return rank(c.rank)
        case .actionCreated(let a), .actionUpdated(let a, _): return rank(a.rank)
        case .agreementCreated(let a), .agreementUpdated(let a, _):
            if let y = a.termYears, !years.contains(y) { return "a term of \(y) years is out of bounds" }
            if let y = a.renewalYears, !years.contains(y) { return "a renewal of \(y) years is out of bounds" }
            if let m = a.noticeMonths, !months.contains(m) { return "\(m) months of notice are out of bounds" }
            return rank(a.rank)
        default: return nil
        }
    }
}
