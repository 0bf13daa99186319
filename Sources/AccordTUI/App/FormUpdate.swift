import AccordCore

/// `a` / `A` add, `e` edit, `N` note: opening a form, its keys through `Bindings.form`,
/// and saving it (a `.commit` effect; the form stays open until the store has saved).
enum FormUpdate {
    /// `a`: a new item of the focused pane's kind — a partner, an agreement, or an
    /// action of the selected commitment (a commitment when the agreement has none).
    static func startAdd(_ model: inout DashboardModel, _ state: AccordState) {
        switch model.focus {
        case .partners:
            open(ItemForm(ItemDraft(new: .partner, in: state), state: state), &model)
        case .agreements:
            open(ItemForm(ItemDraft(new: .agreement, parent: model.selectedPartnerID, in: state), state: state), &model)
        case .checklist:
            guard let agreementID = model.selectedAgreementID else {
                model.message = StatusMessage(Phrases.dialog.selectAgreementFirst.text)
                return
            }
            let draft: ItemDraft
            switch model.selectedChecklistRow {
            case .commitment(let id)?: draft = ItemDraft(new: .action, parent: id, in: state)
            case .action(let id)?: draft = ItemDraft(new: .action, parent: state.actions[id]?.commitmentID, in: state)
            default: draft = ItemDraft(new: .commitment, parent: agreementID, in: state)
            }
            open(ItemForm(draft, state: state), &model)
        }
    }

    /// `A`: a new commitment in the selected agreement (in the selected commitment's category).
    static func startAddCommitment(_ model: inout DashboardModel, _ state: AccordState) {
        guard let agreementID = model.selectedAgreementID else {
            model.message = StatusMessage(Phrases.dialog.selectAgreementFirst.text)
            return
        }
        var draft = ItemDraft(new: .commitment, parent: agreementID, in: state)
        if case .commitment(let id)? = model.selectedChecklistRow, let category = state.commitments[id]?.categoryID {
            draft[.category] = category
        }
        open(ItemForm(draft, state: state), &model)
    }

    /// `e`: edits the focused pane's selected item.
    static func startEdit(_ model: inout DashboardModel, _ state: AccordState) {
        guard let id = model.selectedItemID, let draft = ItemDraft(editing: id, in: state) else {
            model.message = StatusMessage(Phrases.dialog.nothingToEdit.text)
            return
        }
        open(ItemForm(draft, state: state), &model)
    }

    /// `N`: edits the selected item's note (an action's note, else its description or summary).
    static func startNote(_ model: inout DashboardModel, _ state: AccordState) {
        guard let id = model.selectedItemID, let form = ItemForm(noteOf: id, state: state) else {
            model.message = StatusMessage(Phrases.dialog.nothingToNote.text)
            return
        }
        open(form, &model)
    }

    private static func open(_ form: ItemForm, _ model: inout DashboardModel) {
        model.mode = .form(form)
    }

    static func press(_ key: Key, _ model: inout DashboardModel, _ state: AccordState) -> [Effect] {
        guard case .form(var form) = model.mode else { return [] }
        switch Bindings.form.resolve(key, in: model) {
        case .command(.save)?: return save(form, &model, state)
        case .command(.cancel)?:
            cancel(form, &model)
            return []
        case .command(.newPartner)?:
            // Only where a partner is named; elsewhere Ctrl-N does nothing.
            if model.formFocusTakesPartners { model.mode = .form(form.newPartnerForm(state: state)) }
            return []
        case .command(.help)?:
            DashboardUpdate.openHelp(&model)
            return []
        case .command(.redraw)?: return [.redrawAll]
        case .command(.quit)?: return [.quit]
        case .command(.edit)?, .disabled?, nil:
            if case .mouse = key { return [] }
            let outcome = form.handle(key, state: state)
            model.mode = .form(form)
            switch outcome {
            case .save: return save(form, &model, state)
            case .cancel:
                cancel(form, &model)
                return []
            case .handled, .ignored: return []
            }
        }
    }

    /// Esc: nothing saved; a nested form goes back to the one it was opened from.
    private static func cancel(_ form: ItemForm, _ model: inout DashboardModel) {
        if var parent = form.over.last {
            parent.over = Array(form.over.dropLast())
            model.mode = .form(parent)
            model.message = StatusMessage(Phrases.dialog.partnerNotAdded.text)
            return
        }
        model.mode = .panes
        model.message = StatusMessage(Phrases.dialog.cancelledNothingChanged.text)
    }

    /// A partner added from another form's partner field: back to that form, the partner in the field.
    /// Returns false when the saved form was not nested.
    static func returnToParent(withPartner id: String, label: String, _ model: inout DashboardModel) -> Bool {
        guard case .form(let form) = model.mode, var parent = form.over.last else { return false }
        parent.over = Array(form.over.dropLast())
        parent.take(id)
        model.mode = .form(parent)
        model.message = StatusMessage(label, tail: Phrases.dialog.backInForm.text)
        return true
    }

    /// Asks the store to save the form; its answer closes the form, or puts the refusal in it.
    ///
    /// Only the fields the person changed are saved, over the item as it is now: what another
    /// Accord changed meanwhile in other fields stays. When it changed one of the same fields
    /// (or deleted the item), the form asks first.
    static func save(_ form: ItemForm, _ model: inout DashboardModel, _ state: AccordState) -> [Effect] {
        guard let id = form.draft.editingID else { return [.commit(.draft(form.filledDraft))] }
        guard let now = ItemDraft(editing: id, in: state) else {
            model.mode = .confirm(ConfirmDialog(deletedElsewhere: form, title: form.draft[ItemField.fields(of: form.draft.kind)[0]]))
            return []
        }
        let filled = form.filledDraft
        let clashing = filled.editedFields.filter { form.fields.contains($0) && now[$0] != form.draft[$0] && now[$0] != filled[$0] }
        if !clashing.isEmpty && !form.otherVersionSeen {
            model.mode = .confirm(ConfirmDialog(overwriting: form, changed: clashing, in: state))
            return []
        }
        switch form.purpose {
        case .item:
            // The store saves the edited fields over the item as it is now (`ItemDraft.rebased`).
            return [.commit(.draft(filled))]
        case .note(let id):
            // A note left as it was is not saved over another Accord's.
            let text = filled.editedFields.isEmpty ? now[form.focusedField] : form.editor(form.focusedField).text
            return [.commit(.note(itemID: id, text: text))]
        }
    }
}
