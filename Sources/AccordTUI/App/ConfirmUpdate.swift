import AccordCore

/// Confirmations — `d`, unticking an action done on another day, undoing a change that
/// removes many items — and their keys through `Bindings.confirm`.
enum ConfirmUpdate {
    static func startDelete(_ model: inout DashboardModel, _ state: AccordState) {
        guard let id = model.selectedItemID else {
            model.message = StatusMessage(Phrases.dialog.nothingToDelete.text)
            return
        }
        do {
            model.mode = .confirm(ConfirmDialog(deleting: try Deletion(of: id, in: state), id: id, in: state))
        } catch {
            model.message = StatusMessage(Phrases.dialog.cannotDelete(["reason": "\(error)"]), isError: true)
        }
    }

    /// `R`: renewing the selected agreement, after a confirmation that says its new term.
    static func startRenewal(_ model: inout DashboardModel, _ state: AccordState) {
        guard model.focus == .agreements, let id = model.selectedAgreementID, let agreement = state.agreements[id] else {
            model.message = StatusMessage(Phrases.dialog.renewWhat.text)
            return
        }
        guard let change = agreement.renewal(on: model.today) else {
            model.message = StatusMessage(Phrases.core.noEndToRenew(["id": id]), isError: true)
            return
        }
        model.mode = .confirm(ConfirmDialog(renewing: agreement, change: change, today: model.today))
    }

    static func press(_ key: Key, _ model: inout DashboardModel, _ state: AccordState) -> [Effect] {
        guard case .confirm(var dialog) = model.mode, case .command(let command)? = Bindings.confirm.resolve(key, in: model) else {
            return []
        }
        switch command {
        case .switchButton:
            dialog.confirmFocused.toggle()
            model.mode = .confirm(dialog)
        case .confirm: return confirmed(dialog, &model, state)
        case .press where dialog.confirmFocused: return confirmed(dialog, &model, state)
        case .cancel:
            switch dialog.purpose {
            case .overwrite(let form), .deletedElsewhere(let form):
                // Esc on a save that met another Accord's change: back to the form, nothing lost.
                model.mode = .form(form)
                model.message = StatusMessage(Phrases.dialog.backToForm.text)
            default:
                model.mode = .panes
                model.message = StatusMessage(dialog.cancelled)
            }
        case .press:
            if case .deletedElsewhere(let form) = dialog.purpose {
                model.mode = .form(form)
            } else {
                model.mode = .panes
            }
            model.message = StatusMessage(dialog.cancelled)
        case .help: DashboardUpdate.openHelp(&model)
        case .redraw: return [.redrawAll]
        case .quit: return [.quit]
        }
        return []
    }

    /// The confirm button was pressed: the change the dialog asked about.
    private static func confirmed(_ dialog: ConfirmDialog, _ model: inout DashboardModel, _ state: AccordState) -> [Effect] {
        model.mode = .panes
        switch dialog.purpose {
        case .delete(let deletion): return [.commit(.delete(deletion))]
        case .untick(let id, _): return [.commit(.untick(actionID: id))]
        case .undo(let kind): return [.commit(kind == .redo ? .redo : .undo)]
        case .overwrite(var form):
            // The form stays open until the store has saved it (a refusal shows in it).
            form.otherVersionSeen = true
            model.mode = .form(form)
            return FormUpdate.save(form, &model, state)
        case .deletedElsewhere:
            model.message = StatusMessage(Phrases.dialog.formDropped.text)
            return []
        case .renew(let change): return [.commit(.change(change))]
        }
    }
}
