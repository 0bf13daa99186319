/// The files of a data directory.
///
/// ```
/// DIR/journal.log         the current segment: one record a line
/// DIR/snapshot.json       the ledger folded up to a sequence number
/// DIR/lock                flock'ed by the one writer; holds its pid
/// DIR/archive/            segments folded into a snapshot by compaction
/// DIR/quarantine/         bytes cut out of the journal, kept byte for byte
/// DIR/journal.log.bak-*   the journal as it was before a repair
/// ```
public struct DataLayout: Sendable, Hashable {
    public let directory: String

    public init(directory: String) {
        var dir = directory
        while dir.count > 1 && dir.hasSuffix("/") { dir.removeLast() }
        self.directory = dir
    }

    public var journal: String { directory + "/journal.log" }
    public var snapshot: String { directory + "/snapshot.json" }
    public var snapshotTemp: String { directory + "/snapshot.json.tmp" }
    public var archive: String { directory + "/archive" }
    public var quarantine: String { directory + "/quarantine" }

    public func archivedSegment(first: Int, last: Int) -> String {
        archive + "/journal-\(pad(first))-\(pad(last)).log"
    }

    public func backup(stamp: String) -> String { directory + "/journal.log.bak-\(stamp)" }

    private func pad(_ n: Int) -> String {
        let text = String(n)
        return String(repeating: "0", count: max(0, 9 - text.count)) + text
    }
}
