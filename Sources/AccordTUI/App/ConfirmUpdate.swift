import AccordCore

/// Confirmations — `d`, unticking an action done on another day, undoing a change that
/// removes many items — and their keys through `Bindings.confirm`.
enum ConfirmUpdate {
    static func startDelete(_ model: inout DashboardModel, _ state: AccordState) {
        guard let id = model.selectedItemID else {
            model.message = StatusMessage("Nothing selected to delete.")
            return
        }
        do {
            model.mode = .confirm(ConfirmDialog(deleting: try Deletion(of: id, in: state), id: id, in: state))
        } catch {
            model.message = StatusMessage("Cannot delete: \(error)", isError: true)
        }
    }

    static func press(_ key: Key, _ model: inout DashboardModel, _ state: AccordState) -> [Effect] {
        guard case .confirm(var dialog) = model.mode, case .command(let command)? = Bindings.confirm.resolve(key, in: model) else {
            return []
        }
        switch command {
        case .switchButton:
            dialog.confirmFocused.toggle()
            model.mode = .confirm(dialog)
        case .confirm: return confirmed(dialog, &model)
        case .press where dialog.confirmFocused: return confirmed(dialog, &model)
        case .press, .cancel:
            model.mode = .panes
            model.message = StatusMessage(dialog.cancelled)
        case .help: DashboardUpdate.openHelp(&model)
        case .redraw: return [.redrawAll]
        case .quit: return [.quit]
        }
        return []
    }

    /// The confirm button was pressed: the change the dialog asked about.
    private static func confirmed(_ dialog: ConfirmDialog, _ model: inout DashboardModel) -> [Effect] {
        model.mode = .panes
        switch dialog.purpose {
        case .delete(let deletion): return [.commit(.delete(deletion))]
        case .untick(let id, _): return [.commit(.untick(actionID: id))]
        case .undo(let kind): return [.commit(kind == .redo ? .redo : .undo)]
        }
    }
}
