import AccordCore

/// The dashboard's one update function: a message and the model in, the new model and the
/// effects to run out. Pure: it never touches the store, the terminal or the clock.
///
/// The data itself (`state`) is an argument, never kept in the model: the store owns it, so
/// that a change updates its tables in place instead of copying 100,000 actions.
public enum DashboardUpdate {
    /// Every text made on the way is in the model's language.
    public static func update(_ model: inout DashboardModel, _ message: Message, in state: AccordState) -> [Effect] {
        Language.$current.withValue(model.language) { handle(message, &model, state) }
    }

    private static func handle(_ message: Message, _ model: inout DashboardModel, _ state: AccordState) -> [Effect] {
        switch message {
        case .key(let key):
            return press(key, &model, state)
        case .resized(let width, let height):
            model.resize(width: width, height: height)
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
        case .recordsCommitted(let records):
            return RecordUpdate.follow(records, &model, state)
        case .commitFinished(let commit, let result, let records, let readOnlyReason):
            model.readOnlyReason = readOnlyReason
            let effects = RecordUpdate.follow(records, &model, state)
            return RecordUpdate.finished(commit, result, &model, state) + effects
        case .teamChanged(let team):
            model.team = team
            OverviewUpdate.refresh(&model, state)
            return []
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
        case .followFailed(let problem):
            model.message = StatusMessage(Phrases.dialog.cannotFollow(["problem": problem]), isError: true)
            return []
        case .readOnlyChanged(let reason):
            model.readOnlyReason = reason
            if let reason { model.message = StatusMessage(Phrases.dialog.readOnly(["reason": reason.brief]), isError: true) }
            return []
        case .searchFinished(let query, let hits):
            SearchUpdate.received(hits, for: query, &model)
            return []
        case .syncFinished(let result):
            model.isSyncing = false
            switch result {
            case .success(let summary): model.message = StatusMessage(Phrases.dialog.synced(["summary": summary]))
            case .failure(let failure): model.message = StatusMessage(Phrases.dialog.notSynced(["reason": failure.sentence]), isError: true)
            }
            OverviewUpdate.refresh(&model, state)
            return []
        case .themeSwitched(let name, let description, let problem):
            model.message = problem.map { StatusMessage($0, isError: true) }
                ?? StatusMessage(Phrases.dialog.theme(["name": name, "description": description]), tail: Phrases.dialog.nextThemeTail.text)
            return []
        case .languageSwitched(let problem):
            model.message = problem.map { StatusMessage($0, isError: true) }
                ?? StatusMessage(Phrases.dialog.language.text, tail: Phrases.dialog.nextLanguageTail.text)
            return []
        case .linkOpened(let link, let problem):
            model.message = problem.map { StatusMessage($0, isError: true) }
                ?? StatusMessage(Phrases.dialog.linkOpened(["link": link.displayName]))
            return []
        case .journalNoticed(let notice):
            model.message = StatusMessage(notice, isError: true)
            return []
        case .opening(let behind):
            model.message = StatusMessage((behind ? Phrases.dialog.catchingUp : Phrases.dialog.reading).text)
            return []
        case .opened(let notices):
            model.sayWhatOpeningFound(notices)
            return []
        case .keysDropped(let count):
            // Said after what the form's save said, never in its place.
            let dropped = Phrases.dialog.keysDropped(count)
            if var message = model.message {
                message.text += " · " + dropped
                model.message = message
            } else {
                model.message = StatusMessage(dropped, isError: true)
            }
            return []
        }
    }

    /// A key goes to the current mode; the message of the last key is cleared first.
    private static func press(_ key: Key, _ model: inout DashboardModel, _ state: AccordState) -> [Effect] {
        if key == .resize { return [] }
        if key == .control("z") { return [.suspend] }
        model.message = nil
        if case .paste(let text) = key, !model.mode.takesText {
            // A paste never acts as keys: outside a form or the search line it is said and dropped.
            model.message = StatusMessage(Phrases.dialog.pasteIgnored(["count": min(text.count, Key.pasteLimit)]), isError: true)
            return []
        }
        if key == .escape, model.isSyncing, model.mode == .panes || model.mode.isOverview {
            // While a sync runs, Esc stops it (the status bar says so).
            model.message = StatusMessage(Phrases.dialog.cancellingSync.text)
            return [.cancelSync]
        }
        switch model.mode {
        case .panes: return PanesUpdate.press(key, &model, state)
        case .overview: return OverviewUpdate.press(key, &model, state)
        case .searchLine: return SearchUpdate.press(key, &model, state)
        case .form: return FormUpdate.press(key, &model, state)
        case .confirm: return ConfirmUpdate.press(key, &model, state)
        case .help, .details: return OverlayUpdate.press(key, &model, state)
        }
    }

    /// `S`: a sync starts on its own thread, unless one runs; the keys stay live meanwhile.
    static func startSync(_ model: inout DashboardModel) -> [Effect] {
        if model.isSyncing {
            model.message = StatusMessage(Phrases.dialog.alreadySyncing.text, tail: Phrases.dialog.syncingTail.text)
            return []
        }
        model.isSyncing = true
        model.message = StatusMessage(Phrases.dialog.syncing.text, tail: Phrases.dialog.syncingTail.text)
        return [.sync]
    }

    /// `L`: the next language, for every text from now on (the overview is made again in it);
    /// the runtime remembers it.
    static func switchLanguage(_ model: inout DashboardModel, _ state: AccordState) -> [Effect] {
        model.language = model.language.next
        Language.$current.withValue(model.language) { OverviewUpdate.refresh(&model, state) }
        return [.rememberLanguage(model.language)]
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
            let cancel = Bindings.cancelHint.text
            return hints.map { $0.text == cancel ? StatusBarModel.Hint(Phrases.dialog.backToFormHint.text, enabled: $0.enabled) : $0 }
        }
        return hints
    }
}
