import AccordCore

/// `o` / `0`: the overview screen in place of the panes.
extension Dashboard {
    /// How many changes "Last changes" lists.
    static let recentChangeCount = 8

    func openOverview() {
        overview = Overview(state: state, today: today, recent: recentChanges())
        overview?.clamp(visible: overviewVisibleLines)
    }

    /// Rebuilds the overview after a change, keeping the selected item and scroll where possible.
    func refreshOverview() {
        guard let old = overview else { return }
        var fresh = Overview(state: state, today: today, recent: recentChanges())
        if let id = old.selectedItemID, let index = fresh.lines.firstIndex(where: { $0.itemID == id }) {
            fresh.selection = index
        } else if let selection = old.selection {
            fresh.selection = fresh.lines.indices.contains(selection) && fresh.lines[selection].itemID != nil ? selection : fresh.selection
        }
        fresh.scroll = old.scroll
        fresh.clamp(visible: overviewVisibleLines)
        overview = fresh
    }

    /// Lines of the overview that fit between the header and the status bar, inside the frame.
    var overviewVisibleLines: Int { max(1, layout.height - 4) }

    func handleOverviewKey(_ key: Key) {
        guard var current = overview else { return }
        let page = overviewVisibleLines
        switch key {
        case .character("j"), .down: current.move(by: 1)
        case .character("k"), .up: current.move(by: -1)
        case .pageDown: current.move(by: page)
        case .pageUp: current.move(by: -page)
        case .character("g"), .home: current.moveToEnd(last: false)
        case .character("G"), .end: current.moveToEnd(last: true)
        case .escape, .character("o"), .character("0"):
            overview = nil
            return
        case .enter:
            overview = nil
            if let id = current.selectedItemID { reveal(id) }
            return
        default:
            guard let action = keyMap.action(for: key) else { return }
            switch action {
            case .undo, .redo, .cycleTheme, .help, .quit, .redraw:
                perform(action)
            case .focusPane, .search:
                overview = nil
                perform(action)
            default:
                message = StatusMessage("Enter opens the selected line · Esc goes back to the panes.")
            }
            return
        }
        current.clamp(visible: page)
        overview = current
    }

    /// The newest journal records (or, without a journal, the undo history), newest first.
    private func recentChanges() -> [Overview.RecentChange] {
        guard let journal = store.journal else {
            return store.ledger.undoStack.suffix(Self.recentChangeCount).reversed().map {
                Overview.RecentChange(when: "", label: $0.label, itemID: $0.events.first?.itemID)
            }
        }
        // Kept by the journal as records are replayed and appended, and by the snapshot.
        return journal.recent.suffix(Self.recentChangeCount).reversed().map { change in
            Overview.RecentChange(when: Timestamp.localMinute(change.at), label: change.description, itemID: change.itemID)
        }
    }
}
