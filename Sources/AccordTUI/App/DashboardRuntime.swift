import AccordCore
import Foundation
import Glibc

/// glibc's `malloc_trim` (not in the Glibc module): gives freed heap pages back to the system.
@_silgen_name("malloc_trim") private func trimHeap(_ pad: Int) -> Int32

/// Runs the dashboard: holds the model, feeds it messages through `DashboardUpdate`, and
/// performs the effects it returns — through the store, the search index and the terminal —
/// feeding each result back as a message. Records the store commits arrive as messages — a
/// batch per look at the other Accords' writes (`.recordsCommitted`), this dashboard's own
/// with the commit's answer (`.commitFinished`) — the one way the model learns of a change;
/// only `update` changes the model.
public final class DashboardRuntime {
    public private(set) var model: DashboardModel
    /// The data: the first screen read from the cache while `opening`, then the whole store.
    public private(set) var store: Store
    private var searchIndex: LiveSearchIndex
    private let indexInBackground: Bool
    /// The themes `t` cycles through, and the one in use.
    public let themes: [Theme]
    public private(set) var theme: Theme
    public private(set) var shouldQuit = false
    /// Set by Ctrl-L and resizes: the backend repaints every cell.
    public var needsFullRedraw = false
    /// Set by Ctrl-Z: the loop suspends the terminal, then repaints.
    public var suspendRequested = false
    /// Shows a theme in the terminal and remembers it; returns a problem to tell, if any.
    public var onThemeChange: (Theme) -> String? = { _ in nil }
    /// Remembers the language `L` switched to; returns a problem to tell, if any.
    public var onLanguageChange: (Language) -> String? = { _ in nil }
    /// Opens a link (with xdg-open); returns why it could not, if it could not.
    public var onOpenLink: (ItemLink) -> String? = { _ in Phrases.dialog.cannotOpenLinks.text }
    private var queue: [Message] = []
    /// A sync's git work running on a thread of its own (`S`), what stops it, and the
    /// conflicts there were before it (its report counts the new ones).
    private var syncing: (work: BackgroundWork<GitExchange.Outcome>, cancellation: SyncCancellation, conflictsBefore: Set<String>)?
    /// Other replicas' records followed while the sync's git work ran (it writes their files
    /// as it takes them, and the watcher sees them): counted in its report, by replica.
    private var receivedWhileSyncing: [String: Int] = [:]
    /// The newest search asked for while the index is still being built on another core, or
    /// while another search runs: started once it is (the loop does not wait for either).
    private var searchWaiting: SearchQuery?
    /// A search running on a thread of its own: over a million actions one takes longer than a
    /// frame, and the keys stay live meanwhile.
    private var searching: (query: SearchQuery, work: BackgroundWork<[SearchHit]>)?
    private var draining = false
    private var subscriptions: [Int] = []
    /// While a `.commit` effect runs: the records it commits, for its one `.commitFinished`.
    private var committed: [CommittedRecord]?
    /// Says when to look for what other Accords on the same data wrote; nil for a memory-only store.
    private var watcher: DirectoryWatcher?
    /// The whole data being read on another thread while the first screen shows (see `whileOpening(…)`).
    private var opening: BackgroundOpening?
    /// Keys pressed while the whole data was read: pressed again, in order, once it is.
    private var keysWhileOpening: [Key] = []
    /// What to say once the whole data is shown, besides what reading it found.
    private var noticesAfterOpening: [String] = []
    /// Why the whole data could not be read: the dashboard quits and says it.
    public private(set) var openingFailure: (any Error)?

    /// A dashboard on `store`; `notices` (what opening the data found) show in the status bar.
    /// The search index is built on another core at once unless `indexInBackground` is false.
    public convenience init(store: Store, width: Int, height: Int, mouseEnabled: Bool = true, notices: [String] = [],
                themes: [Theme] = ThemeCatalog.builtIn, theme: Theme = .defaultDark, indexInBackground: Bool = true,
                language: Language = .en, accessible: Bool = false) {
        self.init(store: store, width: width, height: height, mouseEnabled: mouseEnabled, notices: notices, themes: themes,
                  theme: theme, indexInBackground: indexInBackground, language: language, accessible: accessible, firstScreen: nil)
    }

    /// With a `firstScreen`, `store` holds only it: its counts and last changes come from the
    /// cache, and nothing is indexed until the whole data is taken in (`adopt`).
    private init(store: Store, width: Int, height: Int, mouseEnabled: Bool, notices: [String], themes: [Theme], theme: Theme,
                 indexInBackground: Bool, language: Language, accessible: Bool, firstScreen: CachedFirstScreen?) {
        self.store = store
        self.themes = themes.isEmpty ? [theme] : themes
        self.theme = theme
        model = DashboardModel(state: store.state, today: store.today, width: width, height: height,
                               recent: firstScreen?.recent ?? store.recentChanges, readOnlyReason: store.readOnlyReason,
                               mouseEnabled: mouseEnabled, notices: notices, language: language, accessible: accessible,
                               totals: firstScreen.map { Totals($0.state, actions: $0.actions) })
        self.indexInBackground = indexInBackground
        searchIndex = LiveSearchIndex(state: firstScreen == nil ? store.state : AccordState(), background: indexInBackground)
        watcher = store.journal.map { DirectoryWatcher(directory: $0.layout.journals) }
        subscribe()
        refreshTeam()
    }

    /// The search index first: a search the model asks for on a record finds it taken in.
    private func subscribe() {
        let feed = store.subscribe(batches: { [weak self] records in
            guard let self else { return }
            if self.syncing != nil {
                for record in records where record.origin == .elsewhere && record.record.replica != self.store.journal?.replica {
                    self.receivedWhileSyncing[record.record.replica, default: 0] += 1
                }
            }
            if self.committed != nil { self.committed! += records } else { self.send(.recordsCommitted(records)) }
        }, reread: { [weak self] in
            guard let self else { return }
            self.send(.dataReread(recent: self.store.recentChanges, readOnlyReason: self.store.readOnlyReason))
        })
        subscriptions = [store.subscribe(searchIndex), feed]
    }

    /// Puts `index` in place of the search index (tests hold its build).
    func useSearchIndex(_ index: LiveSearchIndex) {
        subscriptions.forEach(store.unsubscribe)
        searchIndex = index
        subscribe()
    }

    /// Says what the overview shows of the team when it changed (conflicts, names, the last sync).
    private func refreshTeam() {
        let team = TeamInfo(of: store)
        if team != model.team { send(.teamChanged(team)) }
    }

    deinit {
        subscriptions.forEach(store.unsubscribe)
    }

    /// The data, as the store holds it now.
    public var state: AccordState { store.state }

    /// The screen as it is now, drawn into a new grid.
    public var frame: Grid { DashboardView.frame(model, store.state) }

    /// Handles a message and everything it leads to. A message sent while another is handled
    /// (a record the store commits while an effect runs) waits its turn.
    public func send(_ message: Message) {
        queue.append(message)
        guard !draining else { return }
        draining = true
        defer { draining = false }
        while !queue.isEmpty {
            let next = queue.removeFirst()
            // The state is read for this one call and not kept, so the store's next change
            // updates its tables in place.
            let effects = DashboardUpdate.update(&model, next, in: store.state)
            // What an effect says (a theme's problem, a save's failure) is in the dashboard's language.
            Language.$current.withValue(model.language) { for effect in effects { perform(effect) } }
        }
    }

    /// A key press.
    public func press(_ key: Key) {
        guard isOpening else { return send(.key(key)) }
        // The first screen only shows: keys wait for the whole data — but q and Ctrl-C quit now.
        if key == .character("q") || key == .control("c") { shouldQuit = true } else { keysWhileOpening.append(key) }
    }

    /// The terminal's new size.
    public func resize(width: Int, height: Int) { send(.resized(width: width, height: height)) }

    /// Tells the dashboard when the day has changed since it last looked.
    public func checkTheDay() {
        let today = store.today
        if today != model.today { send(.dayChanged(today)) }
    }

    /// Starts a sync's git work on a thread of its own (`GitExchange`); the loop stays live,
    /// Esc cancels it, and `finishBackgroundWork` reads what it brought once it is done.
    private func startSync() {
        do {
            var sharing = try GitSync(store: store)
            // Another sync running (cron) is said, not waited for long.
            sharing.syncPatience = 2
            let cancellation = SyncCancellation()
            let exchange = sharing.exchange(cancellation: cancellation)
            syncing = (BackgroundWork { try exchange.run() }, cancellation, sharing.conflictIDs)
            receivedWhileSyncing = [:]
        } catch {
            queue.append(.syncFinished(.failure(Self.syncFailure(error))))
        }
    }

    /// True while a sync's git work runs on its thread.
    public var isSyncing: Bool { syncing != nil }

    /// Before the program ends (quit, a stop signal): a sync still running is cancelled and
    /// waited for, up to `seconds`, so that git is not left in the middle of a command.
    public func stopBackgroundWork(waitingUpTo seconds: Double = 10) {
        guard let running = syncing, let descriptor = running.work.descriptor else { return }
        running.cancellation.cancel()
        let deadline = Date().addingTimeInterval(seconds)
        var done = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while Date() < deadline, poll(&done, 1, 100) == 0 {}
        syncing = nil
    }

    /// Takes in what long work on other threads made, once it is done: the whole data read
    /// while the first screen showed, a sync's git work (what it brought is read here, on the
    /// loop's thread). True when the screen changed.
    @discardableResult
    public func finishBackgroundWork() -> Bool {
        var changed = finishOpening()
        if let running = searching, let hits = running.work.take() {
            searching = nil
            send(.searchFinished(running.query, (try? hits.get()) ?? []))
            changed = true
        }
        if startWaitingSearch() { changed = true }
        if let running = syncing, let result = running.work.take() {
            syncing = nil
            let outcome: Result<String, SyncFailure> = Language.$current.withValue(model.language) {
                do {
                    let report = try GitSync(store: store).finish(try result.get(), conflictsBefore: running.conflictsBefore,
                                                                  receivedMeanwhile: receivedWhileSyncing)
                    refreshTeam()
                    return .success(report.summary(names: model.team.names))
                } catch {
                    return .failure(Self.syncFailure(error))
                }
            }
            send(.syncFinished(outcome))
            changed = true
        }
        return changed
    }

    /// Starts the search waiting, once the index is built and no other search runs. Most take
    /// a few milliseconds and are answered before the next frame; a longer one (a million
    /// actions) goes on on its own thread and `finishBackgroundWork` takes its hits. Without
    /// `indexInBackground` (tests), it runs here. True when it was answered at once.
    @discardableResult
    private func startWaitingSearch() -> Bool {
        guard let query = searchWaiting, searching == nil, !searchIndex.isBuilding else { return false }
        searchWaiting = nil
        searchIndex.takeBuilt(in: store.state)
        guard indexInBackground else {
            send(.searchFinished(query, searchIndex.searchReady(query, in: store.state, today: model.today)))
            return true
        }
        let index = searchIndex, state = store.state, today = model.today
        let work = BackgroundWork { index.searchReady(query, in: state, today: today) }
        guard work.wait(upTo: Self.searchAnsweredWithin), let hits = work.take() else {
            searching = (query, work)
            return false
        }
        send(.searchFinished(query, (try? hits.get()) ?? []))
        return true
    }

    /// How long a search may keep the loop before the frame is drawn without its hits.
    private static let searchAnsweredWithin = 0.008

    private static func syncFailure(_ error: any Error) -> SyncFailure {
        SyncFailure((error as? SyncError)?.brief ?? "\(error)")
    }

    /// Descriptors that become readable when another process may have changed the data, or
    /// when long work on another thread is done: the loop's wait for a key ends early on them.
    public var wakeDescriptors: [Int32] {
        [opening?.descriptor, syncing?.work.descriptor, searchWaiting == nil ? nil : searchIndex.buildDescriptor,
         searching?.work.descriptor, watcher?.descriptor]
            .compactMap { $0 }
    }

    /// A dashboard showing `firstScreen` (read from the cache) while `opening` reads the whole
    /// data; `adopt` takes it in once it is read (the loop calls `finishOpening`). `notices`
    /// (a theme's problem) are said once the whole data is shown.
    public static func whileOpening(_ firstScreen: CachedFirstScreen, _ opening: BackgroundOpening, width: Int, height: Int,
                                    mouseEnabled: Bool = true, notices: [String] = [], themes: [Theme] = ThemeCatalog.builtIn,
                                    theme: Theme = .defaultDark, language: Language = .en, accessible: Bool = false) -> DashboardRuntime {
        let preview = Store(ledger: Ledger(state: firstScreen.state), journal: nil)
        let runtime = DashboardRuntime(store: preview, width: width, height: height, mouseEnabled: mouseEnabled,
                                       notices: notices, themes: themes, theme: theme, indexInBackground: true, language: language,
                                       accessible: accessible, firstScreen: firstScreen)
        runtime.opening = opening
        runtime.noticesAfterOpening = notices
        runtime.send(Message.opening(behind: firstScreen.isBehind))
        return runtime
    }

    /// True while the whole data is being read (the screen shows what the cache held).
    public var isOpening: Bool { opening != nil }

    /// Takes in the whole data once it is read (see `whileOpening(…)`); true when the screen changed.
    @discardableResult
    public func finishOpening() -> Bool {
        guard let result = opening?.take() else { return false }
        opening = nil
        switch result {
        case .success(let whole):
            adopt(whole, notices: (whole.journal?.notices ?? []) + noticesAfterOpening)
            // What the reading thread allocated and let go of (its decoding) goes back to the system.
            _ = trimHeap(0)
        case .failure(let error):
            openingFailure = error
            shouldQuit = true
        }
        return true
    }

    /// Shows `whole` in place of the first screen: subscribed to, indexed, watched; then the
    /// keys pressed meanwhile are pressed again.
    private func adopt(_ whole: Store, notices: [String]) {
        subscriptions.forEach(store.unsubscribe)
        store = whole
        searchIndex = LiveSearchIndex(state: whole.state, background: indexInBackground)
        watcher = whole.journal.map { DirectoryWatcher(directory: $0.layout.journals) }
        subscribe()
        refreshTeam()
        send(.dataReread(recent: whole.recentChanges, readOnlyReason: whole.readOnlyReason))
        send(.opened(notices: notices))
        let keys = keysWhileOpening
        keysWhileOpening = []
        for key in keys where !shouldQuit { press(key) }
    }

    /// Applies what other Accords on the same data wrote since the last look, when the watcher
    /// says it is time (or `now`); the records reach the model as one `.recordsCommitted`.
    /// Returns true when anything was applied (the screen must be drawn again).
    @discardableResult
    public func followOthers(now: Bool = false) -> Bool {
        guard now || watcher?.shouldLook() == true else { return false }
        // A colleague's name may come with their records: known before they are said.
        if store.journal?.hasUnreadRecords == true { refreshTeam() }
        var changed = true
        let noticed = store.journal?.notices.count ?? 0
        do {
            changed = try store.followOthers() != .unchanged
        } catch {
            send(.followFailed("\(error)"))
        }
        // The conflicts the records made, the records set aside.
        if changed || store.journal?.replicaKeys.setAsideCount != model.team.setAsideCount { refreshTeam() }
        // What reading found (a record set aside, damage in a teammate's file) is said once.
        if let notice = store.journal?.notices.dropFirst(noticed).last { send(.journalNoticed(notice)); changed = true }
        if store.readOnlyReason != model.readOnlyReason {
            send(.readOnlyChanged(store.readOnlyReason))
            changed = true
        }
        return changed
    }

    private func perform(_ effect: Effect) {
        switch effect {
        case .commit(let commit):
            let result: Result<Change, CommitFailure>
            let noticed = store.journal?.notices.count ?? 0
            committed = []
            do {
                result = .success(try save(commit))
            } catch {
                result = .failure(CommitFailure(error))
            }
            queue.append(.commitFinished(commit, result, records: committed ?? [], readOnlyReason: store.readOnlyReason))
            committed = nil
            if store.conflicts != model.team.conflicts || store.ledger.clocksAhead != model.team.clocksAhead { refreshTeam() }
            // What the write found (its journal put back, the caches given way) is said after it.
            if let notice = store.journal?.notices.dropFirst(noticed).last { queue.append(.journalNoticed(notice)) }
        case .checkUndo(let kind):
            // Undo is one history for the data directory: what is newest may have come from elsewhere.
            followOthers(now: true)
            let pending = try? store.ledger.pending(kind)
            queue.append(.undoChecked(kind, label: pending?.label, removes: pending.map(ItemCounts.init(removedBy:)) ?? ItemCounts(),
                                      warning: store.undoWarning(kind, names: model.team.names)))
        case .search(let query):
            searchWaiting = query
            startWaitingSearch()
        case .cycleTheme:
            let index = themes.firstIndex { $0.name == theme.name } ?? -1
            theme = themes[(index + 1) % themes.count]
            let problem = onThemeChange(theme)
            queue.append(.themeSwitched(name: theme.name, description: theme.localizedDescription, problem: problem))
        case .rememberLanguage(let language):
            queue.append(.languageSwitched(problem: onLanguageChange(language)))
        case .openLink(let link):
            queue.append(.linkOpened(link, problem: onOpenLink(link)))
        case .sync:
            startSync()
        case .cancelSync:
            syncing?.cancellation.cancel()
        case .redrawAll:
            needsFullRedraw = true
        case .suspend:
            suspendRequested = true
        case .quit:
            shouldQuit = true
        }
    }

    private func save(_ commit: Commit) throws -> Change {
        switch commit {
        case .tick(let id): return try store.tick(id)
        case .untick(let id): return try store.untick(id)
        case .undo: return try store.undo()
        case .redo: return try store.redo()
        case .draft(let draft): return try store.save(draft)
        case .note(let id, let text): return try store.setNote(of: id, to: text)
        case .delete(let deletion): return try store.perform(deletion.change)
        case .takeConflict(let id): return try store.take(id)
        case .dismissConflict(let id): return try store.dismiss(id)
        case .change(let change): return try store.perform(change)
        }
    }
}
