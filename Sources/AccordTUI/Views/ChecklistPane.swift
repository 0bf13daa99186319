import AccordCore

/// Pane 3: the selected agreement's commitments by category, each action a `[ ]` / `[x]` row.
enum ChecklistPane {
    static func render(_ dashboard: Dashboard, into grid: inout Grid, in rect: Rect) {
        let focused = dashboard.focus == .checklist
        let pane = dashboard.paneState(.checklist)
        let rows = dashboard.checklistRows
        let progress = dashboard.selectedAgreementID.map { dashboard.state.progress(ofAgreement: $0) }
        PaneFrame.draw(rect, title: "3 Checklist", focused: focused,
                       footer: progress.map { "\($0.done)/\($0.total) done" }, into: &grid)
        let inner = rect.inset(1)
        guard !inner.isEmpty else { return }
        if rows.isEmpty {
            let text = dashboard.selectedAgreementID == nil ? " No agreement selected" : " No commitment yet — A adds one"
            grid.put(text, x: inner.x, y: inner.y, maxWidth: inner.width, style: CellStyle(.dim))
            return
        }
        let state = dashboard.state
        let today = dashboard.today
        let terms = dashboard.search?.highlightTerms ?? []
        for line in 0..<inner.height {
            let index = pane.scroll + line
            guard index < rows.count else { break }
            let y = inner.y + line
            let reverse = index == pane.selection && focused
            let marker = index == pane.selection && !focused
            switch rows[index] {
            case .category(let id):
                let name = state.categories[id]?.name ?? id
                let used = grid.put("── \(name) ", x: inner.x, y: y, maxWidth: inner.width, style: CellStyle(.category))
                grid.put(String(repeating: "─", count: max(0, inner.width - used)), x: inner.x + used, y: y,
                         style: CellStyle(.border))
            case .commitment(let id):
                guard let commitment = state.commitments[id] else { continue }
                let p = state.progress(ofCommitment: id)
                let late = state.isOverdue(commitment: id, today: today)
                let suffix = (late ? " ! late" : "") + " \(p.done)/\(p.total)"
                grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: CellStyle(.normal, reverse: reverse))
                grid.put(marker ? "›" : " ", x: inner.x, y: y, style: CellStyle(.borderFocused, reverse: reverse))
                grid.put(commitment.title, x: inner.x + 1, y: y, maxWidth: inner.width - 1 - suffix.count,
                         style: CellStyle(.commitment, reverse: reverse), highlighting: terms)
                let suffixRole: Role = late ? .overdue : p.done == p.total && p.total > 0 ? .checkboxDone : .dim
                grid.put(suffix, x: inner.maxX - suffix.count, y: y, style: CellStyle(suffixRole, reverse: reverse))
            case .action(let id):
                guard let action = state.actions[id] else { continue }
                let (when, whenRole) = dateText(action, today: today)
                let suffix = when.isEmpty ? "" : " " + when
                let suffixWidth = DisplayWidth.of(suffix)
                grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: CellStyle(.normal, reverse: reverse))
                grid.put(marker ? "›" : " ", x: inner.x, y: y, style: CellStyle(.borderFocused, reverse: reverse))
                grid.put(action.isDone ? "[x]" : "[ ]", x: inner.x + 2, y: y,
                         style: CellStyle(action.isDone ? .checkboxDone : .checkboxOpen, reverse: reverse))
                let titleWidth = inner.width - 6 - suffixWidth
                grid.put(action.title, x: inner.x + 6, y: y, maxWidth: titleWidth,
                         style: CellStyle(action.isDone ? .dim : .normal, reverse: reverse), highlighting: terms)
                if suffixWidth > 0, inner.width > suffixWidth + 8 {
                    grid.put(suffix, x: inner.maxX - suffixWidth, y: y, style: CellStyle(whenRole, reverse: reverse))
                }
            }
        }
    }

    /// "2011-01-17" when done, "due 2026-06-30" when open, "! 2024-06-30" when overdue.
    static func dateText(_ action: Action, today: Day) -> (String, Role) {
        if let done = action.doneOn { return ("\(done)", .checkboxDone) }
        if let due = action.due {
            return action.isOverdue(on: today) ? ("! late \(due)", .overdue) : ("due \(due)", .dim)
        }
        return ("", .normal)
    }
}
