import AccordCore

/// `a` / `A` add, `e` edit, `d` delete (after a confirmation), `N` note — each one undoable change.
extension Dashboard {
    /// `a`: a new item of the focused pane's kind — a partner, an agreement, or an
    /// action of the selected commitment (a commitment when the agreement has none).
    func startAdd() {
        switch focus {
        case .partners:
            openForm(ItemDraft(new: .partner, in: state))
        case .agreements:
            openForm(ItemDraft(new: .agreement, parent: selectedPartnerID, in: state))
        case .checklist:
            guard let agreementID = selectedAgreementID else {
                return message = StatusMessage("Select or add an agreement first (2, then a).")
            }
            switch selectedChecklistRow {
            case .commitment(let id)?: openForm(ItemDraft(new: .action, parent: id, in: state))
            case .action(let id)?: openForm(ItemDraft(new: .action, parent: state.actions[id]?.commitmentID, in: state))
            default: openForm(ItemDraft(new: .commitment, parent: agreementID, in: state))
            }
        }
    }

    /// `A`: a new commitment in the selected agreement.
    func startAddCommitment() {
        guard let agreementID = selectedAgreementID else {
            return message = StatusMessage("Select or add an agreement first (2, then a).")
        }
        var draft = ItemDraft(new: .commitment, parent: agreementID, in: state)
        if case .commitment(let id)? = selectedChecklistRow, let category = state.commitments[id]?.categoryID {
            draft[.category] = category
        }
        openForm(draft)
    }

    /// `e`: edits the focused pane's selected item.
    func startEdit() {
        guard let id = selectedItemID, let draft = ItemDraft(editing: id, in: state) else {
            return message = StatusMessage("Nothing selected to edit.")
        }
        openForm(draft)
    }

    /// `N`: edits the selected item's note (an action's note, else its description or summary).
    func startNote() {
        guard let id = selectedItemID, let form = ItemForm(noteOf: id, state: state) else {
            return message = StatusMessage("Nothing selected to write a note on.")
        }
        open(form)
    }

    /// `d`: asks before deleting the selected item and what it holds.
    func startDelete() {
        guard let id = selectedItemID else { return message = StatusMessage("Nothing selected to delete.") }
        do {
            confirm = ConfirmDialog(deleting: try Deletion(of: id, in: state), id: id, in: state)
        } catch {
            message = StatusMessage("Cannot delete: \(error)", isError: true)
        }
    }

    private func openForm(_ draft: ItemDraft) {
        open(ItemForm(draft, state: state))
    }

    /// Opens a form, unless nothing can be saved: then says why (as `a`, `e` and `N` all do).
    private func open(_ form: ItemForm) {
        if let reason = store.readOnlyReason {
            return message = StatusMessage("Read-only: \(reason)", isError: true)
        }
        self.form = form
    }

    func handleFormKey(_ key: Key) {
        guard var current = form else { return }
        if key == .control("c") { shouldQuit = true; return }
        if key == .control("l") { needsFullRedraw = true; return }
        switch current.handle(key, state: state) {
        case .handled, .ignored: form = current
        case .cancel:
            form = nil
            message = StatusMessage("Cancelled; nothing changed.")
        case .save: save(current)
        }
    }

    private func save(_ current: ItemForm) {
        var current = current
        let saved: Change
        do {
            switch current.purpose {
            case .item: saved = try store.save(current.filledDraft)
            case .note(let id): saved = try store.setNote(of: id, to: current.editor(current.focusedField).text)
            }
        } catch let error as FieldError {
            current.refuse(error)
            form = current
            return
        } catch {
            current.refuse(FieldError(nil, "Not saved: \(error)"))
            form = current
            return
        }
        form = nil
        change(undoHint: true) { saved }
        if let id = saved.events.first?.itemID, current.draft.editingID == nil { reveal(id) }
    }

    func handleConfirmKey(_ key: Key) {
        guard var current = confirm else { return }
        if key == .control("c") { shouldQuit = true; return }
        switch current.handle(key) {
        case .handled: confirm = current
        case .cancel:
            confirm = nil
            message = StatusMessage("Nothing deleted.")
        case .confirm:
            confirm = nil
            change(undoHint: true) { try store.perform(current.deletion.change) }
        }
    }
}
