import AccordCore

/// Everything the dashboard shows but the data, as one value. Only `DashboardUpdate.update`
/// changes it; views draw what it holds.
///
/// The data (`AccordState`) is not in it: the store owns it and `update` and the views are
/// given it. Were the model to keep a copy, every change would copy the store's tables.
public struct DashboardModel: Sendable, Equatable {
    /// The day overdue and expiry are judged on (and ticks dated with).
    public internal(set) var today: Day
    public internal(set) var layout: DashboardLayout
    public internal(set) var mode: Mode = .panes
    public internal(set) var focus: PaneID = .agreements
    public internal(set) var panes: [PaneID: PaneState] = [.partners: PaneState(), .agreements: PaneState(), .checklist: PaneState()]
    /// The partners pane's rows; nil is "All partners".
    public internal(set) var partnerRows: [String?] = []
    public internal(set) var agreementRows: [String] = []
    public internal(set) var checklistRows: [ChecklistRow] = []
    /// The current search (its query, hits and current hit), also after the search line closes.
    public internal(set) var search: SearchState?
    /// The status bar's line until the next key.
    public internal(set) var message: StatusMessage?
    /// Counts kept by following committed records.
    public internal(set) var totals: Totals
    /// The last changes, kept by following committed records.
    public internal(set) var recent: RecentChanges
    /// Why nothing can be saved, or nil.
    public internal(set) var readOnlyReason: ReadOnlyReason?
    /// The team's view: conflicts, replica names, this replica, the last sync (kept by the runtime).
    public internal(set) var team = TeamInfo()
    /// True while a sync runs on its own thread (`S`; Esc cancels it).
    public internal(set) var isSyncing = false
    public let mouseEnabled: Bool
    /// How many links the item in the details box has (its 1–9 keys open them).
    public internal(set) var detailLinkCount = 0
    /// The language every text of the dashboard is in (`L` switches it).
    public internal(set) var language: Language
    /// `--accessible`: the cursor shown on the focus, no box lines or bars, one line per item,
    /// nothing said by colour alone.
    public let accessible: Bool
    /// The rows the panes hold, as the layout was last fitted to (the checklist's the longest met).
    private var content = PaneContent.unknown

    /// The dashboard on `state`; `notices` (what opening the data found) show in the status bar.
    /// `totals` when counted elsewhere (the first screen's, from the cache), else from `state`.
    public init(state: AccordState, today: Day, width: Int, height: Int, recent: [RecentChange] = [],
                readOnlyReason: ReadOnlyReason? = nil, mouseEnabled: Bool = true, notices: [String] = [],
                language: Language = .en, accessible: Bool = false, totals: Totals? = nil) {
        self.today = today
        self.language = language
        self.accessible = accessible
        layout = DashboardLayout(width: width, height: height, accessible: accessible)
        self.totals = totals ?? Totals(state)
        self.recent = RecentChanges(recent)
        self.readOnlyReason = readOnlyReason
        self.mouseEnabled = mouseEnabled
        Navigator.refreshRows(&self, in: state)
        Navigator.selectFirstChecklistItem(&self)
        sayWhatOpeningFound(notices)
    }

    /// What opening the data found, in the status bar: that it is read-only and why, else the
    /// newest of `notices`, else nothing.
    mutating func sayWhatOpeningFound(_ notices: [String]) {
        if let readOnlyReason {
            message = Language.$current.withValue(language) {
                StatusMessage(Phrases.dialog.readOnly(["reason": readOnlyReason.brief]), isError: true)
            }
        } else {
            message = notices.last.map { StatusMessage($0, isError: true) }
        }
    }

    public func paneState(_ id: PaneID) -> PaneState { panes[id]! }

    /// Lays the screen out again for `width` × `height` (a resize).
    mutating func resize(width: Int, height: Int) {
        layout = DashboardLayout(width: width, height: height, accessible: accessible, content: content)
    }

    /// Fits the layout to the rows the panes now hold (after they were recomputed); the
    /// agreements' and the checklist's counts only grow, so that choosing another partner or
    /// agreement keeps the panes still.
    mutating func fitLayout() {
        let known = content != .unknown
        let now = PaneContent(partners: partnerRows.count,
                              agreements: max(known ? content.agreements : 0, agreementRows.count),
                              checklist: max(known ? content.checklist : 0, checklistRows.count))
        guard now != content else { return }
        content = now
        layout = DashboardLayout(width: layout.width, height: layout.height, accessible: accessible, content: content)
        for pane in PaneID.allCases { panes[pane]!.clamp(count: rowCount(pane), visibleRows: layout.visibleRows(pane)) }
    }

    public func rowCount(_ id: PaneID) -> Int {
        switch id {
        case .partners: return partnerRows.count
        case .agreements: return agreementRows.count
        case .checklist: return checklistRows.count
        }
    }

    /// The partner filter: nil when "All partners" is selected.
    public var selectedPartnerID: String? {
        let row = paneState(.partners).selection
        return partnerRows.indices.contains(row) ? partnerRows[row] : nil
    }

    public var selectedAgreementID: String? {
        let row = paneState(.agreements).selection
        return agreementRows.indices.contains(row) ? agreementRows[row] : nil
    }

    public var selectedChecklistRow: ChecklistRow? {
        let row = paneState(.checklist).selection
        return checklistRows.indices.contains(row) ? checklistRows[row] : nil
    }

    /// The id of the item the focused pane has selected.
    public var selectedItemID: String? {
        switch focus {
        case .partners: return selectedPartnerID
        case .agreements: return selectedAgreementID
        case .checklist: return selectedChecklistRow?.itemID
        }
    }

    /// True while a form's focused field takes several lines (Enter is a new line there).
    public var formFocusIsMultiline: Bool {
        guard case .form(let form) = mode else { return false }
        return form.focusedField.isMultiline
    }

    /// True while a form's focused field names partners (Ctrl-N adds one there).
    public var formFocusTakesPartners: Bool {
        guard case .form(let form) = mode else { return false }
        return form.focusedField.valueKind == .partners || form.focusedField.valueKind == .partner
    }

    /// The mode under any help box.
    public var baseMode: Mode {
        if case .help(_, let over) = mode { return over }
        return mode
    }

    /// The overview, while it is shown (also under a help box).
    public var overview: Overview? {
        if case .overview(let overview) = baseMode { return overview }
        return nil
    }
}
