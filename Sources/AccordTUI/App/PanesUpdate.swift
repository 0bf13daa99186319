import AccordCore

/// Keys in the panes, through `Bindings.panes`.
enum PanesUpdate {
    static func press(_ key: Key, _ model: inout DashboardModel, _ state: AccordState) -> [Effect] {
        if case .mouse(let event) = key {
            guard model.mouseEnabled else { return [] }
            let onCheckbox = Navigator.isOnCheckbox(event, in: model)
            Navigator.mouse(&model, event, in: state)
            // A click on [ ] ticks (or unticks) as Space does, read-only data and all.
            return onCheckbox ? press(.character(" "), &model, state) : []
        }
        switch Bindings.panes.resolve(key, in: model) {
        case .command(let command)?: return run(command, &model, state)
        case .disabled(let reason)?:
            model.message = StatusMessage(reason, isError: true)
            return []
        case nil: return []
        }
    }

    static func run(_ command: PaneCommand, _ model: inout DashboardModel, _ state: AccordState) -> [Effect] {
        let page = model.layout.visibleRows(model.focus)
        switch command {
        case .focusNext: model.focus = PaneID(rawValue: (model.focus.rawValue + 1) % 3)!
        case .focusPrevious: model.focus = PaneID(rawValue: (model.focus.rawValue + 2) % 3)!
        case .focusLeft: model.focus = PaneID(rawValue: max(0, model.focus.rawValue - 1))!
        case .focusRight: model.focus = PaneID(rawValue: min(2, model.focus.rawValue + 1))!
        case .focusPane(let id): model.focus = id
        case .moveDown: Navigator.move(&model, by: 1, in: state)
        case .moveUp: Navigator.move(&model, by: -1, in: state)
        case .moveTop: Navigator.move(&model, to: 0, direction: 1, in: state)
        case .moveBottom: Navigator.move(&model, to: model.rowCount(model.focus) - 1, direction: -1, in: state)
        case .pageDown: Navigator.move(&model, by: page, in: state)
        case .pageUp: Navigator.move(&model, by: -page, in: state)
        case .toggleTick: return toggleTick(&model, state)
        case .openDetails:
            if let id = model.selectedItemID { OverlayUpdate.openDetails(id, &model, state) }
        case .undo: return [.checkUndo(.undo)]
        case .redo: return [.checkUndo(.redo)]
        case .help: DashboardUpdate.openHelp(&model)
        case .redraw: return [.redrawAll]
        case .suspend: return [.suspend]
        case .quit: return [.quit]
        case .search:
            model.search = SearchState()
            model.mode = .searchLine
        case .nextHit: return SearchUpdate.step(by: 1, &model, state)
        case .previousHit: return SearchUpdate.step(by: -1, &model, state)
        case .clearSearch:
            if model.search == nil { model.message = StatusMessage(Phrases.dialog.nothingToClear.text) } else { SearchUpdate.clear(&model, state) }
        case .cycleTheme: return [.cycleTheme]
        case .cycleLanguage: return DashboardUpdate.switchLanguage(&model, state)
        case .sync: return DashboardUpdate.startSync(&model)
        case .add: FormUpdate.startAdd(&model, state)
        case .addCommitment: FormUpdate.startAddCommitment(&model, state)
        case .edit: FormUpdate.startEdit(&model, state)
        case .editNote: FormUpdate.startNote(&model, state)
        case .delete: ConfirmUpdate.startDelete(&model, state)
        case .overview: OverviewUpdate.open(&model, state)
        case .agenda: OverviewUpdate.open(&model, state, screen: .agenda)
        case .renew: ConfirmUpdate.startRenewal(&model, state)
        case .openLink: return OverlayUpdate.openLink(of: model.selectedItemID, &model, state)
        }
        return []
    }

    private static func toggleTick(_ model: inout DashboardModel, _ state: AccordState) -> [Effect] {
        guard model.focus == .checklist, case .action(let id)? = model.selectedChecklistRow,
              let action = state.actions[id] else {
            model.message = StatusMessage(Phrases.dialog.selectAction.text)
            return []
        }
        // Unticking an action done on another day forgets that date: ask first.
        if let doneOn = action.doneOn, doneOn != model.today {
            model.mode = .confirm(ConfirmDialog(unticking: action, doneOn: doneOn))
            return []
        }
        return [.commit(action.isDone ? .untick(actionID: id) : .tick(actionID: id))]
    }
}
