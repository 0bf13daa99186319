/// What a journal record does to the undo history.
public enum RecordKind: String, Codable, Sendable {
    /// A new change: pushed on the undo stack, clears the redo stack.
    case change
    /// The undo of the newest change on the undo stack.
    case undo
    /// The redo of the newest change on the redo stack.
    case redo
}
