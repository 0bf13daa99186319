/// Creating, editing, noting and deleting items: one path for the dashboard and the command line.
extension Store {
    /// Journals the draft's item; a refusal is a `FieldError` naming the field, a failed write a
    /// `JournalError`; an edit that changes nothing throws `AccordError.nothingChanged` and
    /// journals nothing.
    @discardableResult
    public func save(_ draft: ItemDraft) throws -> Change {
        // The person's changes over what others on the same data wrote since the draft was made:
        // their changes to other fields stay (the change is checked again when saved).
        try followOthers()
        let draft = draft.editingID == nil ? draft : draft.rebased(on: state) ?? draft
        let change = try draft.change(in: state, today: today)
        try refuseIfNothingChanges(change, kind: draft.kind)
        do {
            return try perform(change)
        } catch let error as AccordError {
            throw FieldError(error, kind: draft.kind)
        }
    }

    /// Sets the free text of an item (see `ItemField.noteField(of:)`): an action's note, else its description or summary.
    @discardableResult
    public func setNote(of id: String, to text: String) throws -> Change {
        try followOthers()
        guard let kind = state.kind(of: id) else { throw AccordError.unknownID(id, expected: nil) }
        let title = state.title(of: id)
        let events: [Event]
        if kind == .action {
            events = [.noteSet(id: id, note: text)]
        } else {
            guard var draft = ItemDraft(editing: id, in: state) else { throw AccordError.unknownID(id, expected: nil) }
            draft[ItemField.noteField(of: kind)] = text
            events = try draft.change(in: state, today: today).events
        }
        let change = Change(ChangeLabel(.noted, title: title), events: events)
        try refuseIfNothingChanges(change, kind: kind)
        return try perform(change)
    }

    private func refuseIfNothingChanges(_ change: Change, kind: ItemKind) throws {
        if let event = change.events.first, change.events.allSatisfy({ $0.changesNothing(in: state) }) {
            throw AccordError.nothingChanged(kind, id: event.itemID)
        }
    }

    /// Deletes an item and what it holds, as one undoable change.
    @discardableResult
    public func delete(_ id: String) throws -> Deletion {
        try followOthers()
        let deletion = try Deletion(of: id, in: state)
        try perform(deletion.change)
        return deletion
    }
}
