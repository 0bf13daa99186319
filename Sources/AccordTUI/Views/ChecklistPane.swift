import AccordCore

/// Pane 3: the selected agreement's commitments by category, each action a `[ ]` / `[x]` row.
enum ChecklistPane {
    static func render(_ pane: PaneModel<ChecklistLine>, into grid: inout Grid, in rect: Rect) {
        PaneFrame.draw(rect, title: pane.title, focused: pane.focused, footer: pane.footer, into: &grid)
        let inner = rect.inset(1)
        guard !inner.isEmpty else { return }
        if pane.rows.isEmpty {
            grid.put(pane.emptyText, x: inner.x, y: inner.y, maxWidth: inner.width, style: CellStyle(.dim))
            return
        }
        for (line, row) in pane.rows.prefix(inner.height).enumerated() {
            let y = inner.y + line
            switch row {
            case .category(let name):
                let used = grid.put("── \(name) ", x: inner.x, y: y, maxWidth: inner.width, style: CellStyle(.category))
                grid.put(String(repeating: "─", count: max(0, inner.width - used)), x: inner.x + used, y: y,
                         style: CellStyle(.border))
            case .commitment(let title, let progress, let late, let selected):
                let reverse = selected && pane.focused
                let suffix = (late ? " ! late" : "") + " \(progress.done)/\(progress.total)"
                grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: CellStyle(.normal, reverse: reverse))
                grid.put(selected && !pane.focused ? "›" : " ", x: inner.x, y: y, style: CellStyle(.borderFocused, reverse: reverse))
                grid.put(title, x: inner.x + 1, y: y, maxWidth: inner.width - 1 - suffix.count,
                         style: CellStyle(.commitment, reverse: reverse), highlighting: pane.terms)
                let suffixRole: Role = late ? .overdue : progress.done == progress.total && progress.total > 0 ? .checkboxDone : .dim
                grid.put(suffix, x: inner.maxX - suffix.count, y: y, style: CellStyle(suffixRole, reverse: reverse))
            case .action(let title, let done, let date, let dateRole, let selected):
                let reverse = selected && pane.focused
                let suffix = date.isEmpty ? "" : " " + date
                let suffixWidth = DisplayWidth.of(suffix)
                grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: CellStyle(.normal, reverse: reverse))
                grid.put(selected && !pane.focused ? "›" : " ", x: inner.x, y: y, style: CellStyle(.borderFocused, reverse: reverse))
                grid.put(done ? "[x]" : "[ ]", x: inner.x + 2, y: y,
                         style: CellStyle(done ? .checkboxDone : .checkboxOpen, reverse: reverse))
                grid.put(title, x: inner.x + 6, y: y, maxWidth: inner.width - 6 - suffixWidth,
                         style: CellStyle(done ? .dim : .normal, reverse: reverse), highlighting: pane.terms)
                if suffixWidth > 0, inner.width > suffixWidth + 8 {
                    grid.put(suffix, x: inner.maxX - suffixWidth, y: y, style: CellStyle(dateRole, reverse: reverse))
                }
            }
        }
    }
}
