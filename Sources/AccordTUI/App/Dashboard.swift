import AccordCore

/// The dashboard's controller: owns the UI state, turns keys into actions,
/// and actions into selection moves or store changes. Views only read it.
public final class Dashboard {
    public let store: Store
    public let keyMap: KeyMap
    public let mouseEnabled: Bool

    public internal(set) var focus: PaneID = .agreements
    public private(set) var panes: [PaneID: PaneState] = [.partners: PaneState(), .agreements: PaneState(), .checklist: PaneState()]
    public private(set) var overlay: Overlay?
    /// The add / edit / note form, while open.
    public internal(set) var form: ItemForm?
    /// The delete confirmation, while open.
    public internal(set) var confirm: ConfirmDialog?
    /// The overview screen, while shown instead of the panes.
    public internal(set) var overview: Overview?
    public internal(set) var message: StatusMessage?
    /// The search line and its hits, while a search is on.
    public internal(set) var search: SearchState?
    /// Built on the first search (or taken from `pendingIndex`), then kept current change by change.
    var searchIndex: SearchIndex?
    /// The index being built on another thread since `prepareSearchIndex()`.
    var pendingIndex: BackgroundSearchIndex?
    /// Items changed while `pendingIndex` was being built: re-indexed when it is taken.
    var changedWhileIndexing: Set<String> = []
    public private(set) var layout: DashboardLayout
    public internal(set) var shouldQuit = false
    /// Set by Ctrl-L and resizes: the backend repaints every cell.
    public var needsFullRedraw = false

    /// How many agreements name each partner, and the done/total actions: computed once per change, not per frame.
    public private(set) var agreementCounts: [String: Int] = [:]
    public private(set) var totals = Progress()

    /// nil is the "All partners" row.
    public private(set) var partnerRows: [String?] = []
    public private(set) var agreementRows: [String] = []
    public private(set) var checklistRows: [ChecklistRow] = []

    /// The themes `t` cycles through, and the one in use.
    public let themes: [Theme]
    public private(set) var theme: Theme

    public init(store: Store, width: Int, height: Int, keyMap: KeyMap = KeyMap(), mouseEnabled: Bool = true,
                notices: [String] = [], themes: [Theme] = ThemeCatalog.builtIn, theme: Theme = .defaultDark) {
        self.store = store
        self.themes = themes.isEmpty ? [theme] : themes
        self.theme = theme
        self.keyMap = keyMap
        self.mouseEnabled = mouseEnabled
        layout = DashboardLayout(width: width, height: height)
        refreshCounts()
        refreshRows()
        selectFirstSelectableChecklistRow()
        if let reason = store.readOnlyReason {
            message = StatusMessage("Read-only: \(reason)", isError: true)
        } else if let notice = notices.last {
            message = StatusMessage(notice, isError: true)
        }
    }

    public var state: AccordState { store.state }
    public var today: Day { store.today }

    public func paneState(_ id: PaneID) -> PaneState { panes[id]! }

    public func rowCount(_ id: PaneID) -> Int {
        switch id {
        case .partners: return partnerRows.count
        case .agreements: return agreementRows.count
        case .checklist: return checklistRows.count
        }
    }

    /// The partner filter: nil when "All partners" is selected.
    public var selectedPartnerID: String? {
        partnerRows.indices.contains(paneState(.partners).selection) ? partnerRows[paneState(.partners).selection] : nil
    }

    public var selectedAgreementID: String? {
        agreementRows.indices.contains(paneState(.agreements).selection) ? agreementRows[paneState(.agreements).selection] : nil
    }

    public var selectedChecklistRow: ChecklistRow? {
        checklistRows.indices.contains(paneState(.checklist).selection) ? checklistRows[paneState(.checklist).selection] : nil
    }

    /// The id of the item the focused pane has selected.
    public var selectedItemID: String? {
        switch focus {
        case .partners: return selectedPartnerID
        case .agreements: return selectedAgreementID
        case .checklist: return selectedChecklistRow?.itemID
        }
    }

    // MARK: Input

    /// Handles one key or terminal event.
    public func handle(_ key: Key) {
        if key == .resize { return }
        message = nil
        if case .mouse(let event) = key {
            if mouseEnabled, form == nil, confirm == nil { handleMouse(event) }
            return
        }
        if form != nil { return handleFormKey(key) }
        if confirm != nil { return handleConfirmKey(key) }
        if search?.editing == true {
            handleSearchKey(key)
            return
        }
        if overlay != nil {
            handleOverlayKey(key)
            return
        }
        if overview != nil { return handleOverviewKey(key) }
        guard let action = keyMap.action(for: key) else { return }
        perform(action)
    }

    /// Tells the dashboard the screen size changed.
    public func resize(width: Int, height: Int) {
        layout = DashboardLayout(width: width, height: height)
        needsFullRedraw = true
        clampAll()
    }

    func perform(_ action: DashboardAction) {
        switch action {
        case .focusNext: focus = PaneID(rawValue: (focus.rawValue + 1) % 3)!
        case .focusPrevious: focus = PaneID(rawValue: (focus.rawValue + 2) % 3)!
        case .focusLeft: focus = PaneID(rawValue: max(0, focus.rawValue - 1))!
        case .focusRight: focus = PaneID(rawValue: min(2, focus.rawValue + 1))!
        case .focusPane(let id): focus = id
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .moveTop: move(to: 0, direction: 1)
        case .moveBottom: move(to: rowCount(focus) - 1, direction: -1)
        case .pageDown: move(by: layout.visibleRows(focus))
        case .pageUp: move(by: -layout.visibleRows(focus))
        case .toggleTick: toggleTick()
        case .openDetails:
            if let id = selectedItemID { overlay = .details(id: id, scroll: 0) }
        case .undo: undo()
        case .redo: redo()
        case .help: overlay = .help(scroll: 0)
        case .redraw: needsFullRedraw = true
        case .quit: shouldQuit = true
        case .close: overlay = nil
        case .search: startSearch()
        case .nextHit: stepHit(by: 1)
        case .previousHit: stepHit(by: -1)
        case .cycleTheme:
            let index = themes.firstIndex { $0.name == theme.name } ?? -1
            theme = themes[(index + 1) % themes.count]
            message = StatusMessage("Theme: \(theme.name) — \(theme.description) (t for the next one)")
        case .clearSearch:
            if search == nil { message = StatusMessage("Nothing to clear.") } else { search = nil }
        case .add: startAdd()
        case .addCommitment: startAddCommitment()
        case .edit: startEdit()
        case .delete: startDelete()
        case .editNote: startNote()
        case .overview: openOverview()
        }
    }

    private func handleOverlayKey(_ key: Key) {
        guard let current = overlay else { return }
        let scrollBy: Int
        switch key {
        case .escape, .enter, .character("q"), .character("?"): overlay = nil; return
        case .control("c"): shouldQuit = true; return
        case .control("l"): needsFullRedraw = true; return
        case .character("j"), .down: scrollBy = 1
        case .character("k"), .up: scrollBy = -1
        case .pageDown, .character(" "): scrollBy = max(1, layout.height - 6)
        case .pageUp: scrollBy = -max(1, layout.height - 6)
        default: return
        }
        switch current {
        case .help(let scroll): overlay = .help(scroll: max(0, scroll + scrollBy))
        case .details(let id, let scroll): overlay = .details(id: id, scroll: max(0, scroll + scrollBy))
        }
    }

    private func handleMouse(_ event: MouseEvent) {
        if overlay != nil {
            if event.kind == .press { overlay = nil }
            return
        }
        guard let pane = layout.pane(atX: event.x, y: event.y) else { return }
        switch event.kind {
        case .wheelUp: focus = pane; move(by: -3)
        case .wheelDown: focus = pane; move(by: 3)
        case .press:
            focus = pane
            let rect = layout.pane(pane)
            let line = event.y - rect.y - 1
            guard line >= 0, line < rect.height - 2 else { return }
            let row = paneState(pane).scroll + line / pane.rowHeight
            guard row < rowCount(pane) else { return }
            if pane == .checklist, !checklistRows[row].isSelectable { return }
            select(row, in: pane)
        }
    }

    // MARK: Selection

    private func move(by delta: Int) {
        let count = rowCount(focus)
        guard count > 0 else { return }
        let target = min(max(0, paneState(focus).selection + delta), count - 1)
        move(to: target, direction: delta >= 0 ? 1 : -1)
    }

    /// Selects `row`, stepping in `direction` past rows that cannot be selected.
    private func move(to row: Int, direction: Int) {
        let count = rowCount(focus)
        guard count > 0 else { return }
        var target = min(max(0, row), count - 1)
        if focus == .checklist {
            while !checklistRows[target].isSelectable {
                let next = target + direction
                if next < 0 || next >= count {
                    target = paneState(.checklist).selection
                    break
                }
                target = next
            }
        }
        select(target, in: focus)
    }

    /// Selects `row` of `pane` when there is one (used by search jumps).
    func selectRow(_ row: Int?, in pane: PaneID) {
        guard let row, row < rowCount(pane) else { return }
        select(row, in: pane)
    }

    private func select(_ row: Int, in pane: PaneID) {
        let before = paneState(pane).selection
        panes[pane]!.selection = row
        panes[pane]!.clamp(count: rowCount(pane), visibleRows: layout.visibleRows(pane))
        guard before != row else { return }
        if pane == .partners {
            panes[.agreements] = PaneState()
            refreshRows(from: .agreements)
            selectFirstSelectableChecklistRow()
        } else if pane == .agreements {
            refreshRows(from: .checklist)
            selectFirstSelectableChecklistRow()
        }
    }

    private func selectFirstSelectableChecklistRow() {
        panes[.checklist] = PaneState(selection: checklistRows.firstIndex { $0.isSelectable } ?? 0)
    }

    /// Recomputes the rows of `pane` and the panes to its right (a selection in a pane only changes those).
    func refreshRows(from pane: PaneID = .partners) {
        if pane == .partners {
            partnerRows = [nil] + state.sortedPartners.map(\.id)
            panes[.partners]!.clamp(count: partnerRows.count, visibleRows: layout.visibleRows(.partners))
        }
        if pane != .checklist {
            agreementRows = state.sortedAgreements(partner: selectedPartnerID).map(\.id)
            panes[.agreements]!.clamp(count: agreementRows.count, visibleRows: layout.visibleRows(.agreements))
        }
        checklistRows = ChecklistRow.rows(for: selectedAgreementID, in: state)
        panes[.checklist]!.clamp(count: checklistRows.count, visibleRows: layout.visibleRows(.checklist))
    }

    /// How many actions a change marks done (negative: open), when it only ticks, unticks or notes; nil otherwise.
    static func doneDelta(of change: Change) -> Int? {
        var delta = 0
        for event in change.events {
            switch event {
            case .actionTicked: delta += 1
            case .actionUnticked: delta -= 1
            case .noteSet: break
            default: return nil
            }
        }
        return delta
    }

    private func refreshCounts() {
        agreementCounts = state.agreementCountsByPartner()
        totals = Progress(done: state.actions.values.reduce(0) { $0 + ($1.isDone ? 1 : 0) }, total: state.actions.count)
    }

    private func clampAll() {
        for pane in PaneID.allCases {
            panes[pane]!.clamp(count: rowCount(pane), visibleRows: layout.visibleRows(pane))
        }
    }

    // MARK: Changes

    private func toggleTick() {
        guard focus == .checklist, case .action(let id)? = selectedChecklistRow, let action = state.actions[id] else {
            message = StatusMessage("Select an action in the Checklist (3) to tick it.")
            return
        }
        change(undoHint: true) { action.isDone ? try store.untick(id) : try store.tick(id) }
    }

    private func undo() {
        guard store.canUndo else { return message = StatusMessage("Nothing to undo.") }
        change(undoHint: false) {
            let change = try store.undo()
            return Change(label: "Undid: \(change.label) — Ctrl-R to redo", events: change.events)
        }
    }

    private func redo() {
        guard store.canRedo else { return message = StatusMessage("Nothing to redo.") }
        change(undoHint: true) {
            let change = try store.redo()
            return Change(label: "Redid: \(change.label)", events: change.events)
        }
    }

    /// Runs a store change and says what happened (or why nothing did) in the status bar.
    func change(undoHint: Bool, _ body: () throws -> Change) {
        do {
            let change = try body()
            if searchIndex != nil {
                searchIndex?.update(for: change, in: state)
            } else if pendingIndex != nil {
                changedWhileIndexing.formUnion(change.itemIDs)
            }
            if let delta = Self.doneDelta(of: change) {
                // Ticks, unticks and notes change no row and no count but the done total.
                totals.done += delta
            } else {
                refreshCounts()
                refreshRows()
            }
            runSearch()
            if overview != nil { refreshOverview() }
            message = StatusMessage(change.label + (undoHint ? " — u to undo" : ""))
        } catch {
            // A failed append already says "the change was not saved: …": keep only its reason.
            let text = "\(error)"
            let saysSo = text.hasPrefix(JournalError.notSavedPrefix)
            message = StatusMessage("Not saved" + (saysSo ? text.dropFirst(JournalError.notSavedPrefix.count) : ": " + text), isError: true)
        }
    }
}
