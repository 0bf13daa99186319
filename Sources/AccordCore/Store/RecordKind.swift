/// What a journal record does to the undo history.
public enum RecordKind: String, CaseIterable, Codable, Sendable {
    /// A new change: pushed on the undo stack, clears the redo stack.
    case change
    /// The undo of the newest change on the undo stack.
    case undo
    /// The redo of the newest change on the redo stack.
    case redo
}

extension RecordKind {
    /// What a record of this kind did, in words, from its change's label: "Ticked 'X'",
    /// "Undid: Ticked 'X'", "Redid: Ticked 'X'". Every screen and command says it this way.
    public func describe(_ label: String) -> String {
        switch self {
        case .change: return label
        case .undo: return Phrases.core.undid(["label": label])
        case .redo: return Phrases.core.redid(["label": label])
        }
    }
}
