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
        /// Saving `form` over an item another Accord changed since it opened: confirm overwrites
        /// it, the other button keeps the other version, Esc goes back to the form.
        case overwrite(ItemForm)
        /// Saving `form` for an item another Accord deleted since it opened: confirm closes the
        /// form, the other button and Esc go back to it.
        case deletedElsewhere(ItemForm)
    }

    public let purpose: Purpose
    public let title: String
    public let lines: [String]
    public let confirmLabel: String
    /// The other button's label ("Cancel").
    public let cancelLabel: String
    /// Said when the dialog is cancelled.
    public let cancelled: String
    /// False while Cancel has the focus (it starts there).
    public internal(set) var confirmFocused = false

    public init(deleting deletion: Deletion, id: String, in state: AccordState) {
        purpose = .delete(deletion)
        title = "Delete \(deletion.kind.rawValue)?"
        lines = ["“\(state.title(of: id))”", "", "This deletes \(deletion.whatGoes).", "u undoes it afterwards."]
        confirmLabel = "Delete"
        cancelLabel = "Cancel"
        cancelled = "Nothing deleted."
    }

    /// Unticking `action`, done on a day that is not today.
    public init(unticking action: Action, doneOn: Day) {
        purpose = .untick(actionID: action.id, doneOn: doneOn)
        title = "Untick action?"
        lines = ["“\(action.title)”", "", "It was done on \(doneOn); unticking it forgets that date.", "u brings it back."]
        confirmLabel = "Untick"
        cancelLabel = "Cancel"
        cancelled = "Still done on \(doneOn)."
    }

    /// Undoing (or redoing) the change `label`, which removes `removals`.
    /// `warning`: another replica changed a field it sets back since.
    public init(undoing kind: RecordKind, label: String, removes removals: ItemCounts, warning: String? = nil) {
        purpose = .undo(kind)
        let verb = kind == .redo ? "Redo" : "Undo"
        title = kind == .redo ? "Redo the last undone change?" : "Undo the last change?"
        lines = ["“\(label)”", ""] + (removals.total > 0 ? ["This removes \(removals.description)."] : [])
            + (warning.map { [$0 + "."] } ?? []) + [kind == .redo ? "u undoes it again." : "Ctrl-R redoes it afterwards."]
        confirmLabel = verb
        cancelLabel = "Cancel"
        cancelled = kind == .redo ? "Nothing redone." : "Nothing undone."
    }

    /// True when Esc goes back to the form the dialog came from.
    public var escapeReturnsToForm: Bool {
        switch purpose {
        case .overwrite, .deletedElsewhere: return true
        default: return false
        }
    }

    /// Saving `form`, whose item another Accord changed (`changed` lists the fields) since it opened.
    public init(overwriting form: ItemForm, changed: [ItemField], in state: AccordState) {
        purpose = .overwrite(form)
        title = "Changed elsewhere"
        let id = form.draft.editingID ?? ""
        let fields = changed.map { $0.label.lowercased() }.joined(separator: ", ")
        lines = ["“\(state.title(of: id))”", "",
                 "Another Accord changed this \(form.draft.kind.rawValue) (\(fields)) since the form opened.",
                 "Overwrite saves the form as it is; Keep theirs drops its edits; Esc goes back to the form."]
        confirmLabel = "Overwrite"
        cancelLabel = "Keep theirs"
        cancelled = "Kept the other version; the form's edits were dropped."
    }

    /// Saving `form`, whose item another Accord deleted since it opened.
    public init(deletedElsewhere form: ItemForm, title itemTitle: String) {
        purpose = .deletedElsewhere(form)
        title = "Deleted elsewhere"
        lines = ["“\(itemTitle)”", "",
                 "Another Accord deleted this \(form.draft.kind.rawValue) since the form opened; it cannot be saved.",
                 "Close drops the form's edits (u undoes the deletion while it is the newest change)."]
        confirmLabel = "Close"
        cancelLabel = "Back to form"
        cancelled = "Back to the form; nothing saved."
    }
}
