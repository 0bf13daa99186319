import AccordCore

/// A row of the Checklist pane: a category heading, a commitment, or an action.
public enum ChecklistLine: Hashable, Sendable {
    case category(name: String)
    case commitment(title: String, progress: Progress, late: Bool, selected: Bool)
    /// `dates`: the date column's forms, longest first, shortest last (see `dateForms`);
    /// the pane shows the longest that leaves the title whole, else the shortest.
    case action(title: String, done: Bool, dates: [String], dateRole: Role, selected: Bool)

    /// The date column of an action, longest form first: the title is given the room before
    /// the date is. Done: "2011-01-17", nothing; open: "due 2026-06-30",
    /// "2026-06-30", nothing; overdue: "! late 2024-06-30", "! late", "!" (never nothing).
    /// A recurring action's forms start with ↻ (its shortest form is ↻ alone).
    static func dateForms(_ action: Action, today: Day) -> ([String], Role) {
        let (forms, role) = plainDateForms(action, today: today)
        guard action.repeats != nil else { return (forms, role) }
        return (forms.filter { !$0.isEmpty }.map { "↻ " + $0 } + ["↻"], role)
    }

    private static func plainDateForms(_ action: Action, today: Day) -> ([String], Role) {
        let words = Phrases.dashboard
        // Dates whole or not at all: "2011-01" would read as a month.
        if let done = action.doneOn { return ([LocalFormat.date(done), ""], .checkboxDone) }
        if let due = action.due {
            if action.isOverdue(on: today) { return ([words.lateWithDate(["day": due]), words.late.text, "!"], .overdue) }
            return ([words.dueWithDate(["day": due]), LocalFormat.date(due), ""], .dim)
        }
        return ([""], .normal)
    }
}

extension PaneModel where Row == ChecklistLine {
    /// The Checklist pane of `model`: the selected agreement's rows in view.
    init(checklistOf model: DashboardModel, _ state: AccordState) {
        let selection = model.paneState(.checklist).selection
        let today = model.today
        let rows = Self.visible(.checklist, of: model).compactMap { index -> ChecklistLine? in
            let selected = index == selection
            switch model.checklistRows[index] {
            case .category(let id):
                return .category(name: state.categories[id]?.displayName ?? id)
            case .commitment(let id):
                guard let commitment = state.commitments[id] else { return nil }
                let progress = state.progress(ofCommitment: id)
                return .commitment(title: commitment.title, progress: progress,
                                   late: commitment.isOverdue(progress: progress, on: today), selected: selected)
            case .action(let id):
                guard let action = state.actions[id] else { return nil }
                let (dates, role) = ChecklistLine.dateForms(action, today: today)
                return .action(title: action.title, done: action.isDone, dates: dates, dateRole: role, selected: selected)
            }
        }
        let footer = model.selectedAgreementID.map { id in
            let progress = state.progress(ofAgreement: id)
            return Phrases.dashboard.doneOfTotal(["done": progress.done, "total": progress.total])
        }
        let words = Phrases.dashboard
        self.init(title: "3 " + words.checklistPane.text, focused: model.focus == .checklist, rows: rows, footer: footer,
                  emptyText: (model.selectedAgreementID == nil ? words.noAgreementSelected : words.noCommitmentYet).text,
                  terms: model.search?.highlightTerms ?? [], plain: model.accessible)
    }
}
