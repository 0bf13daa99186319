/// The ledger folded at one journal position: written by compaction, read at start-up.
///
/// On disk `snapshot.json` is one self-checking line, framed like a journal
/// record (`<crc32c> <json>\n`); its keys are `Snapshot.schema`.
public struct Snapshot: Hashable, Sendable {
    public static let currentVersion = 1

    public var version: Int
    /// The sequence number of the last record folded in; replay starts after it.
    public var lastSeq: Int
    public var takenAt: String
    public var state: AccordState
    public var undoStack: [Change]
    public var redoStack: [Change]
    /// The newest records folded in, in short (oldest first): "last changes" after a compaction.
    public var recent: [RecentChange]

    public init(lastSeq: Int, takenAt: String, ledger: Ledger, recent: [RecentChange] = []) {
        self.version = Snapshot.currentVersion
        self.lastSeq = lastSeq
        self.takenAt = takenAt
        self.state = ledger.state
        self.undoStack = ledger.undoStack
        self.redoStack = ledger.redoStack
        self.recent = recent
    }

    /// The ledger this snapshot holds.
    public var ledger: Ledger { Ledger(state: state, undoStack: undoStack, redoStack: redoStack) }
}
