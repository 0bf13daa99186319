import AccordCore

/// What the Checklist pane shows: the selected agreement's visible rows.
public struct ChecklistPaneModel: Hashable, Sendable {
    public enum Row: Hashable, Sendable {
        case category(name: String)
        case commitment(title: String, progress: Progress, late: Bool, selected: Bool)
        /// `date`: "2011-01-17" when done, "due 2026-06-30" or "! late 2024-06-30" when open.
        case action(title: String, done: Bool, date: String, dateRole: Role, selected: Bool)
    }

    public var focused: Bool
    public var rows: [Row]
    /// "3/11 done" for the agreement.
    public var footer: String?
    /// Shown when there is no row.
    public var emptyText: String
    public var terms: [String] = []

    public init(focused: Bool, rows: [Row], footer: String?, emptyText: String = "", terms: [String] = []) {
        self.focused = focused
        self.rows = rows
        self.footer = footer
        self.emptyText = emptyText
        self.terms = terms
    }

    init(_ model: DashboardModel, _ state: AccordState) {
        let pane = model.paneState(.checklist)
        let today = model.today
        let visible = model.checklistRows.indices.dropFirst(pane.scroll).prefix(model.layout.visibleRows(.checklist))
        rows = visible.compactMap { index in
            let selected = index == pane.selection
            switch model.checklistRows[index] {
            case .category(let id):
                return .category(name: state.categories[id]?.name ?? id)
            case .commitment(let id):
                guard let commitment = state.commitments[id] else { return nil }
                let progress = state.progress(ofCommitment: id)
                return .commitment(title: commitment.title, progress: progress,
                                   late: commitment.isOverdue(progress: progress, on: today), selected: selected)
            case .action(let id):
                guard let action = state.actions[id] else { return nil }
                let (date, role) = Self.dateText(action, today: today)
                return .action(title: action.title, done: action.isDone, date: date, dateRole: role, selected: selected)
            }
        }
        focused = model.focus == .checklist
        footer = model.selectedAgreementID.map { id in
            let progress = state.progress(ofAgreement: id)
            return "\(progress.done)/\(progress.total) done"
        }
        emptyText = model.selectedAgreementID == nil ? " No agreement selected" : " No commitment yet — A adds one"
        terms = model.search?.highlightTerms ?? []
    }

    /// "2011-01-17" when done, "due 2026-06-30" when open, "! late 2024-06-30" when overdue.
    static func dateText(_ action: Action, today: Day) -> (String, Role) {
        if let done = action.doneOn { return ("\(done)", .checkboxDone) }
        if let due = action.due {
            return action.isOverdue(on: today) ? ("! late \(due)", .overdue) : ("due \(due)", .dim)
        }
        return ("", .normal)
    }
}
