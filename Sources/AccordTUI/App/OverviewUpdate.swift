import AccordCore

/// The overview screen (`o`): opening it, keeping it current, and its keys through `Bindings.overview`.
enum OverviewUpdate {
    /// How many changes "Last changes" lists.
    static let recentChangeCount = 8

    static func open(_ model: inout DashboardModel, _ state: AccordState, screen: Overview.Screen = .summary) {
        var overview = make(model, state, screen: screen)
        overview.clamp(visible: visibleLines(model))
        model.mode = .overview(overview)
    }

    static func make(_ model: DashboardModel, _ state: AccordState, screen: Overview.Screen) -> Overview {
        switch screen {
        case .agenda: return Overview(agenda: Agenda(state: state, today: model.today), state: state)
        case .summary:
            return Overview(PortfolioSummary(state, today: model.today), partnerCount: state.partners.count,
                            commitmentCount: state.commitments.count, actionCount: state.actions.count,
                            recent: model.recent.newest(recentChangeCount), isKnown: { state.kind(of: $0) != nil }, team: model.team,
                            agenda: Agenda.counts(of: state, today: model.today))
        }
    }

    /// Rebuilds an open overview (also one under a help box), keeping the selected item and the scroll.
    static func refresh(_ model: inout DashboardModel, _ state: AccordState) {
        guard let old = model.overview else { return }
        var fresh = make(model, state, screen: old.screen)
        let oldConflicts = old.lines.compactMap(\.conflictID), freshConflicts = fresh.lines.indices.filter { fresh.lines[$0].conflictID != nil }
        if let conflict = old.selectedConflictID, !freshConflicts.isEmpty {
            // On a conflict line: the same conflict, or the one that took the place of a settled one.
            let place = oldConflicts.firstIndex(of: conflict) ?? 0
            fresh.selection = fresh.lines.firstIndex { $0.conflictID == conflict } ?? freshConflicts[min(place, freshConflicts.count - 1)]
        } else if let id = old.selectedItemID, let index = fresh.lines.firstIndex(where: { $0.itemID == id }) {
            fresh.selection = index
        } else if let selection = old.selection, fresh.lines.indices.contains(selection), fresh.lines[selection].itemID != nil {
            fresh.selection = selection
        }
        fresh.scroll = old.scroll
        fresh.clamp(visible: visibleLines(model))
        if case .help(let scroll, _) = model.mode {
            model.mode = .help(scroll: scroll, over: .overview(fresh))
        } else {
            model.mode = .overview(fresh)
        }
    }

    /// Lines of the overview that fit between the header and the status bar, inside the frame.
    static func visibleLines(_ model: DashboardModel) -> Int { max(1, model.layout.height - 4) }

    static func press(_ key: Key, _ model: inout DashboardModel, _ state: AccordState) -> [Effect] {
        guard case .overview(var overview) = model.mode else { return [] }
        let resolved = Bindings.overview.resolve(key, in: model)
        guard case .command(let command)? = resolved else {
            if case .disabled(let reason)? = resolved { model.message = StatusMessage(reason, isError: true) }
            else if case .character = key { model.message = StatusMessage(Phrases.dialog.overviewKeys.text) }
            return []
        }
        let page = visibleLines(model)
        switch command {
        case .moveDown: overview.move(by: 1)
        case .moveUp: overview.move(by: -1)
        case .pageDown: overview.move(by: page)
        case .pageUp: overview.move(by: -page)
        case .moveTop: overview.moveToEnd(last: false)
        case .moveBottom: overview.moveToEnd(last: true)
        case .open:
            if overview.selectionOpensAgenda {
                open(&model, state, screen: .agenda)
                return []
            }
            model.mode = .panes
            if let id = overview.selectedItemID { Navigator.reveal(&model, id, in: state) }
            return []
        case .agenda:
            if overview.screen == .summary {
                open(&model, state, screen: .agenda)
            } else {
                model.mode = .panes
            }
            return []
        case .back:
            model.mode = .panes
            return []
        case .focusPane(let pane):
            model.mode = .panes
            model.focus = pane
            return []
        case .search:
            model.mode = .panes
            return PanesUpdate.run(.search, &model, state)
        case .undo: return [.checkUndo(.undo)]
        case .redo: return [.checkUndo(.redo)]
        case .cycleTheme: return [.cycleTheme]
        case .cycleLanguage: return DashboardUpdate.switchLanguage(&model, state)
        case .sync: return DashboardUpdate.startSync(&model)
        case .takeConflict, .dismissConflict:
            guard let id = overview.selectedConflictID else {
                model.message = StatusMessage(Phrases.dialog.selectConflict.text, isError: true)
                return []
            }
            return [.commit(command == .takeConflict ? .takeConflict(id) : .dismissConflict(id))]
        case .help:
            DashboardUpdate.openHelp(&model)
            return []
        case .redraw: return [.redrawAll]
        case .quit: return [.quit]
        }
        overview.clamp(visible: page)
        model.mode = .overview(overview)
        return []
    }
}
