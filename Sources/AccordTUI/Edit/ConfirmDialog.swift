import AccordCore

/// A question before a change that is hard to see coming — a deletion, unticking an action
/// done on another day, an undo that removes many items — with Cancel focused: ← → or Tab
/// move between the buttons, Enter presses the focused one, Esc (or n) cancels, y confirms.
public struct ConfirmDialog: Hashable, Sendable {
    /// What pressing the confirm button does.
    public enum Purpose: Hashable, Sendable {
        case delete(Deletion)
        /// Unticks an action done on another day: that date is forgotten.
        case untick(actionID: String, doneOn: Day)
        /// Undoes (or redoes) a change that removes many items.
        case undo(RecordKind)
    }

    public let purpose: Purpose
    public let title: String
    public let lines: [String]
    public let confirmLabel: String
    /// Said when the dialog is cancelled.
    public let cancelled: String
    /// False while Cancel has the focus (it starts there).
    public internal(set) var confirmFocused = false

    public init(deleting deletion: Deletion, id: String, in state: AccordState) {
        purpose = .delete(deletion)
        title = "Delete \(deletion.kind.rawValue)?"
        lines = ["“\(state.title(of: id))”", "", "This deletes \(deletion.whatGoes).", "u undoes it afterwards."]
        confirmLabel = "Delete"
        cancelled = "Nothing deleted."
    }

    /// Unticking `action`, done on a day that is not today.
    public init(unticking action: Action, doneOn: Day) {
        purpose = .untick(actionID: action.id, doneOn: doneOn)
        title = "Untick action?"
        lines = ["“\(action.title)”", "", "It was done on \(doneOn); unticking it forgets that date.", "u brings it back."]
        confirmLabel = "Untick"
        cancelled = "Still done on \(doneOn)."
    }

    /// Undoing (or redoing) the change `label`, which removes `removals`.
    public init(undoing kind: RecordKind, label: String, removes removals: ItemCounts) {
        purpose = .undo(kind)
        let verb = kind == .redo ? "Redo" : "Undo"
        title = kind == .redo ? "Redo the last undone change?" : "Undo the last change?"
        lines = ["“\(label)”", "", "This removes \(removals.description).", kind == .redo ? "u undoes it again." : "Ctrl-R redoes it afterwards."]
        confirmLabel = verb
        cancelled = kind == .redo ? "Nothing redone." : "Nothing undone."
    }
}
