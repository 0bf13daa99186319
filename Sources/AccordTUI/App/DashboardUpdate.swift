import AccordCore

/// The dashboard's one update function: a message and the model in, the new model and the
/// effects to run out. Pure: it never touches the store, the terminal or the clock.
///
/// The data itself (`state`) is an argument, never kept in the model: the store owns it, so
/// that a change updates its tables in place instead of copying 100,000 actions.
public enum DashboardUpdate {
    public static func update(_ model: inout DashboardModel, _ message: Message, in state: AccordState) -> [Effect] {
        switch message {
        case .key(let key):
            return press(key, &model, state)
        case .resized(let width, let height):
            model.layout = DashboardLayout(width: width, height: height)
            for pane in PaneID.allCases { Navigator.clamp(&model, pane) }
            if case .overview(var overview) = model.mode {
                overview.clamp(visible: OverviewUpdate.visibleLines(model))
                model.mode = .overview(overview)
            }
            return [.redrawAll]
        case .dayChanged(let day):
            model.today = day
            OverviewUpdate.refresh(&model, state)
            return []
        case .recordCommitted(let record):
            return RecordUpdate.follow(record, &model, state)
        case .commitFinished(let commit, let result, let readOnlyReason):
            model.readOnlyReason = readOnlyReason
            return RecordUpdate.finished(commit, result, &model, state)
        case .undoChecked(let kind, let label, let removals, let warning):
            return RecordUpdate.undoChecked(kind, label: label, removes: removals, warning: warning, &model)
        case .dataReread(let recent, let readOnlyReason):
            model.totals = Totals(state)
            model.recent = RecentChanges(recent)
            model.readOnlyReason = readOnlyReason
            Navigator.refreshRows(&model, in: state)
            OverviewUpdate.refresh(&model, state)
            if let search = model.search, search.query != nil { return SearchUpdate.parse(&model) }
            return []
        case .othersFollowed(let count):
            // The status bar names the newest one and counts the rest.
            if let message = model.message, message.text.hasPrefix("Elsewhere: ") {
                model.message = StatusMessage(message.text, tail: "and \(Plural.of(count - 1, "more change"))")
            }
            return []
        case .followFailed(let problem):
            model.message = StatusMessage("Cannot read what another Accord wrote: \(problem)", isError: true)
            return []
        case .readOnlyChanged(let reason):
            model.readOnlyReason = reason
            if let reason { model.message = StatusMessage("Read-only: \(reason.brief).", isError: true) }
            return []
        case .searchFinished(let query, let hits):
            SearchUpdate.received(hits, for: query, &model)
            return []
        case .syncFinished(let result):
            switch result {
            case .success(let summary): model.message = StatusMessage("Synced: " + summary)
            case .failure(let failure): model.message = StatusMessage("Not synced: " + failure.sentence, isError: true)
            }
            OverviewUpdate.refresh(&model, state)
            return []
        case .themeSwitched(let name, let description, let problem):
            model.message = problem.map { StatusMessage($0, isError: true) }
                ?? StatusMessage("Theme: \(name) — \(description)", tail: "t for the next one")
            return []
        }
    }

    /// A key goes to the current mode; the message of the last key is cleared first.
    private static func press(_ key: Key, _ model: inout DashboardModel, _ state: AccordState) -> [Effect] {
        if key == .resize { return [] }
        model.message = nil
        switch model.mode {
        case .panes: return PanesUpdate.press(key, &model, state)
        case .overview: return OverviewUpdate.press(key, &model, state)
        case .searchLine: return SearchUpdate.press(key, &model, state)
        case .form: return FormUpdate.press(key, &model, state)
        case .confirm: return ConfirmUpdate.press(key, &model, state)
        case .help, .details: return OverlayUpdate.press(key, &model, state)
        }
    }

    /// The help box over the current mode.
    static func openHelp(_ model: inout DashboardModel) {
        model.mode = .help(scroll: 0, over: model.mode)
    }

    /// The rows `?` shows for a mode (for the help box, those of the mode beneath it).
    public static func helpRows(for mode: Mode, in model: DashboardModel) -> [HelpRow] {
        if case .help(_, let over) = mode { return helpRows(for: over, in: model) }
        return Bindings.table(for: mode).helpRows(in: model)
    }

    /// The status-bar hints of the current mode.
    public static func hints(in model: DashboardModel) -> [StatusBarModel.Hint] {
        let hints = Bindings.table(for: model.mode).hints(in: model)
        // A save that met another Accord's change: Esc goes back to the form, not away.
        if case .confirm(let dialog) = model.mode, dialog.escapeReturnsToForm {
            return hints.map { $0.text == "Esc cancel" ? StatusBarModel.Hint("Esc back to form", enabled: $0.enabled) : $0 }
        }
        return hints
    }
}
