/// The ledger folded at one journal position: written by compaction, read at start-up.
///
/// On disk `snapshot.json` is one self-checking line, framed like a journal
/// record (`<crc32c> <json>\n`).
public struct Snapshot: Codable, Hashable, Sendable {
    public static let currentVersion = 1

    public var version: Int
    /// The sequence number of the last record folded in; replay starts after it.
    public var lastSeq: Int
    public var takenAt: String
    public var state: AccordState
    public var undoStack: [Change]
    public var redoStack: [Change]

    public init(lastSeq: Int, takenAt: String, ledger: Ledger) {
        self.version = Snapshot.currentVersion
        self.lastSeq = lastSeq
        self.takenAt = takenAt
        self.state = ledger.state
        self.undoStack = ledger.undoStack
        self.redoStack = ledger.redoStack
    }

    private enum CodingKeys: String, CodingKey {
        case version = "v", lastSeq, takenAt, state, undoStack = "undo", redoStack = "redo"
    }

    /// The ledger this snapshot holds.
    public var ledger: Ledger { Ledger(state: state, undoStack: undoStack, redoStack: redoStack) }
}
