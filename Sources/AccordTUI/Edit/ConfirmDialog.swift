import AccordCore

/// "Delete …?" with Cancel focused: ← → or Tab move between the buttons,
/// Enter presses the focused one, Esc cancels.
public struct ConfirmDialog: Hashable, Sendable {
    public let title: String
    public let lines: [String]
    public let confirmLabel: String
    /// What pressing the confirm button deletes.
    public let deletion: Deletion
    /// False while Cancel has the focus (it starts there).
    public internal(set) var confirmFocused = false

    public init(deleting deletion: Deletion, id: String, in state: AccordState) {
        self.deletion = deletion
        let name = state.title(of: id)
        title = "Delete \(deletion.kind.rawValue)?"
        var lines = ["“\(name)”", ""]
        lines.append("This deletes \(deletion.whatGoes).")
        lines.append("u undoes it afterwards.")
        self.lines = lines
        confirmLabel = "Delete"
    }
}
