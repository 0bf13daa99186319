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
        /// Renews an agreement: a new term from the end of the current one.
        case renew(Change)
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
        let words = Phrases.dialog
        let kind = deletion.kind
        title = words.deleteTitle(["kind": Phrase(en: kind.name.english, fr: kind.withDefiniteArticle.french)])
        lines = [Self.quoted(state.title(of: id)), "", words.deletes(["what": deletion.whatGoes]), words.undoesAfterwards.text]
        confirmLabel = words.delete.text
        cancelLabel = words.cancel.text
        cancelled = words.nothingDeleted.text
    }

    /// Unticking `action`, done on a day that is not today.
    public init(unticking action: Action, doneOn: Day) {
        purpose = .untick(actionID: action.id, doneOn: doneOn)
        let words = Phrases.dialog
        title = words.untickTitle.text
        lines = [Self.quoted(action.title), "", words.untickLine(["day": doneOn]), words.bringsBack.text]
        confirmLabel = words.untick.text
        cancelLabel = words.cancel.text
        cancelled = words.stillDone(["day": doneOn])
    }

    /// Undoing (or redoing) the change `label`, which removes `removals`.
    /// `warning`: another replica changed a field it sets back since.
    public init(undoing kind: RecordKind, label: String, removes removals: ItemCounts, warning: String? = nil) {
        purpose = .undo(kind)
        let words = Phrases.dialog
        let verb = (kind == .redo ? words.redo : words.undo).text
        title = (kind == .redo ? words.redoTitle : words.undoTitle).text
        lines = [Self.quoted(label), ""] + (removals.total > 0 ? [words.removes(["what": removals.description])] : [])
            + (warning.map { [$0 + "."] } ?? []) + [(kind == .redo ? words.undoesAgain : words.redoesAfterwards).text]
        confirmLabel = verb
        cancelLabel = words.cancel.text
        cancelled = (kind == .redo ? words.nothingRedone : words.nothingUndone).text
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
        let words = Phrases.dialog
        title = words.changedElsewhere.text
        let id = form.draft.editingID ?? ""
        let fields = changed.map { $0.label.lowercased() }.joined(separator: ", ")
        lines = [Self.quoted(state.title(of: id)), "",
                 words.changedElsewhereLine(["kind": form.draft.kind.name, "fields": fields]), words.overwriteExplained.text]
        confirmLabel = words.overwrite.text
        cancelLabel = words.keepTheirs.text
        cancelled = words.keptTheirs.text
    }

    /// Saving `form`, whose item another Accord deleted since it opened.
    public init(deletedElsewhere form: ItemForm, title itemTitle: String) {
        purpose = .deletedElsewhere(form)
        let words = Phrases.dialog
        title = words.deletedElsewhere.text
        lines = [Self.quoted(itemTitle), "", words.deletedElsewhereLine(["kind": form.draft.kind.name]), words.closeExplained.text]
        confirmLabel = words.close.text
        cancelLabel = words.backToFormButton.text
        cancelled = words.backToForm.text
    }

    /// Renewing `agreement`: `change` starts its new term from the end of the current one.
    public init(renewing agreement: Agreement, change: Change, today: Day) {
        purpose = .renew(change)
        let words = Phrases.dialog
        title = words.renewTitle.text
        let renewed = agreement.renewed(on: today)
        lines = [Self.quoted(agreement.title), "",
                 words.renewLine(["start": renewed?.termStart.map { LocalFormat.date($0) } ?? "—",
                                  "end": renewed?.endDate.map { LocalFormat.date($0) } ?? "—"]),
                 words.undoesAfterwards.text]
        confirmLabel = words.renew.text
        cancelLabel = words.cancel.text
        cancelled = words.notRenewed.text
    }

    /// A title in the language's quotation marks: “Title” or « Titre ».
    static func quoted(_ text: String) -> String { Phrases.core.quoted(["text": text]) }
}
