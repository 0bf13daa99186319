import AccordCore

/// `d`: the delete confirmation, and its keys through `Bindings.confirm`.
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
        case .press where dialog.confirmFocused:
            model.mode = .panes
            return [.commit(.delete(dialog.deletion))]
        case .press, .cancel:
            model.mode = .panes
            model.message = StatusMessage("Nothing deleted.")
        case .help: DashboardUpdate.openHelp(&model)
        case .redraw: return [.redrawAll]
        case .quit: return [.quit]
        }
        return []
    }
}
