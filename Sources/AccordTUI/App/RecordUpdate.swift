import AccordCore

/// What the dashboard does with the store's answers: a committed record (whoever made it)
/// brings the model up to date; a finished commit of its own says what happened.
enum RecordUpdate {
    /// Records the store committed, oldest first: the totals and recent changes follow each;
    /// the rows, the overview and an active search are brought up once for the batch. The
    /// only way the dashboard learns of a change. The status bar names the newest record
    /// written elsewhere and counts the others.
    static func follow(_ records: [CommittedRecord], _ model: inout DashboardModel, _ state: AccordState) -> [Effect] {
        guard !records.isEmpty else { return [] }
        for record in records {
            model.totals.follow(record)
            model.recent.follow(record)
        }
        // Ticks, unticks and notes change no row: the rows hold ids, drawn from the state.
        if !records.allSatisfy(\.changesNoRow) {
            Navigator.refreshRows(&model, in: state)
        }
        OverviewUpdate.refresh(&model, state)
        let elsewhere = records.filter { $0.origin == .elsewhere }
        if let newest = elsewhere.last {
            var message = StatusMessage(Phrases.dialog.elsewhere(["what": newest.description, "by": model.team.by(newest.record.replica)]),
                                        isElsewhere: true)
            if elsewhere.count > 1 { message.tail = Phrases.dialog.moreChanges(elsewhere.count - 1) }
            model.message = message
        }
        if let query = model.search?.query { return [.search(query)] }
        return []
    }

    /// An undo or redo that removes more than a few items asks first; any other goes ahead.
    static func undoChecked(_ kind: RecordKind, label: String?, removes removals: ItemCounts, warning: String? = nil,
                            _ model: inout DashboardModel) -> [Effect] {
        guard let label else {
            model.message = StatusMessage((kind == .redo ? Phrases.dialog.nothingToRedo : Phrases.dialog.nothingToUndo).text)
            return []
        }
        if removals.total > askAbove || warning != nil {
            model.mode = .confirm(ConfirmDialog(undoing: kind, label: label, removes: removals, warning: warning))
            return []
        }
        return [.commit(kind == .redo ? .redo : .undo)]
    }

    /// How many items an undo may remove without asking.
    static let askAbove = 3

    /// A commit this dashboard asked for has ended.
    static func finished(_ commit: Commit, _ result: Result<Change, CommitFailure>, _ model: inout DashboardModel,
                         _ state: AccordState) -> [Effect] {
        switch result {
        case .success(let change):
            switch commit {
            case .undo: model.message = StatusMessage(RecordKind.undo.describe(change.label), tail: Phrases.dialog.redoTail.text)
            case .redo: model.message = StatusMessage(RecordKind.redo.describe(change.label), tail: Phrases.dialog.undoTail.text)
            case .draft(let draft):
                if draft.kind == .partner, draft.editingID == nil, let id = change.events.first?.itemID,
                   FormUpdate.returnToParent(withPartner: id, label: change.label, &model) {
                    return []
                }
                if case .form = model.mode { model.mode = .panes }
                model.message = StatusMessage(change.label, tail: Phrases.dialog.undoTail.text)
                if draft.editingID == nil, let id = change.events.first?.itemID { Navigator.reveal(&model, id, in: state) }
            case .note:
                if case .form = model.mode { model.mode = .panes }
                model.message = StatusMessage(change.label, tail: Phrases.dialog.undoTail.text)
            case .tick, .untick, .delete, .takeConflict, .change:
                model.message = StatusMessage(change.label, tail: Phrases.dialog.undoTail.text)
            case .dismissConflict:
                model.message = StatusMessage(Phrases.dialog.conflictDismissed.text, tail: Phrases.dialog.undoTail.text)
            }
        case .failure(let failure):
            switch (commit, failure) {
            case (.undo, .refused(.nothingToUndo)): model.message = StatusMessage(Phrases.dialog.nothingToUndo.text)
            case (.redo, .refused(.nothingToRedo)): model.message = StatusMessage(Phrases.dialog.nothingToRedo.text)
            case (.draft, .refused(.nothingChanged)), (.note, .refused(.nothingChanged)):
                // Saving a form as it was opened: it closes, and no undoable step is made.
                if case .form = model.mode { model.mode = .panes }
                model.message = StatusMessage(Phrases.dialog.nothingChanged.text)
            case (.draft, _), (.note, _):
                // The form stays open with the refusal under the field at fault; nothing is saved.
                guard case .form(var form) = model.mode else { break }
                if case .field(let error) = failure { form.refuse(error) } else { form.refuse(FieldError(nil, failure.sentence)) }
                model.mode = .form(form)
            default:
                model.message = StatusMessage(failure.sentence, isError: true)
            }
        }
        return []
    }
}

extension CommittedRecord {
    /// True when the record changes no pane's rows (only what a row shows): ticks and notes. A tick
    /// of a recurring action's occurrence adds its row, an untick of one removes it (their
    /// inverses say so: a deletion, a creation).
    var changesNoRow: Bool {
        eventsWithInverses.allSatisfy { event, inverse in
            switch (event, inverse) {
            case (.actionTicked, .actionUnticked), (.actionUnticked, .actionTicked), (.noteSet, _): return true
            default: return false
            }
        }
    }
}
