import AccordCore

/// Pane 3: the selected agreement's commitments by category, each action a `[ ]` / `[x]` row.
enum ChecklistPane {
    static func render(_ pane: PaneModel<ChecklistLine>, into grid: inout Grid, in rect: Rect) {
        PaneFrame.draw(rect, title: pane.title, focused: pane.focused, footer: pane.footer, plain: pane.plain, into: &grid)
        let inner = rect.inset(1)
        guard !inner.isEmpty else { return }
        if pane.rows.isEmpty {
            // Wrapped: what to do is read whole, not cut at the pane's edge.
            for (i, line) in TextClipping.wrap(pane.emptyText, to: max(8, inner.width - 1)).prefix(inner.height).enumerated() {
                grid.put(" " + line.drop { $0 == " " }, x: inner.x, y: inner.y + i, maxWidth: inner.width, style: CellStyle(.dim))
            }
            return
        }
        for (line, row) in pane.rows.prefix(inner.height).enumerated() {
            let y = inner.y + line
            switch row {
            case .category(let name):
                if pane.plain {
                    grid.put(name + ":", x: inner.x, y: y, maxWidth: inner.width, style: CellStyle(.category))
                    continue
                }
                let used = grid.put("── \(name) ", x: inner.x, y: y, maxWidth: inner.width, style: CellStyle(.category))
                grid.put(String(repeating: "─", count: max(0, inner.width - used)), x: inner.x + used, y: y,
                         style: CellStyle(.border))
            case .commitment(let title, let progress, let late, let selected):
                let reverse = selected && pane.focused
                let count = pane.plain ? Phrases.dashboard.doneOfTotalInWords(["done": progress.done, "total": progress.total])
                    : "\(progress.done)/\(progress.total)"
                let suffix = (late ? Phrases.dashboard.lateSuffix.text : "") + " " + count
                if selected && pane.focused { grid.placeCursor(x: inner.x + 1, y: y) }
                grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: CellStyle(.normal, reverse: reverse))
                grid.put(selected && !pane.focused ? "›" : " ", x: inner.x, y: y, style: CellStyle(.borderFocused, reverse: reverse))
                grid.put(title, x: inner.x + 1, y: y, maxWidth: inner.width - 1 - suffix.count,
                         style: CellStyle(.commitment, reverse: reverse), highlighting: pane.terms)
                let suffixRole: Role = late ? .overdue : progress.done == progress.total && progress.total > 0 ? .checkboxDone : .dim
                grid.put(suffix, x: inner.maxX - suffix.count, y: y, style: CellStyle(suffixRole, reverse: reverse))
            case .action(let title, let done, let dates, let dateRole, let selected):
                let reverse = selected && pane.focused
                if reverse { grid.placeCursor(x: inner.x + 2, y: y) }
                // The title first: the longest date form that leaves it whole (or, for a long
                // title, two thirds of the row and at least 28 columns), else the shortest form.
                let room = inner.width - 6
                let titleNeeds = min(DisplayWidth.of(title), max(28, room * 2 / 3))
                func width(_ date: String) -> Int { date.isEmpty ? 0 : DisplayWidth.of(date) + 1 }
                let date = dates.first { titleNeeds + width($0) <= room } ?? dates.last ?? ""
                let suffixWidth = width(date) <= room ? width(date) : 0
                grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: CellStyle(.normal, reverse: reverse))
                grid.put(selected && !pane.focused ? "›" : " ", x: inner.x, y: y, style: CellStyle(.borderFocused, reverse: reverse))
                grid.put(done ? "[x]" : "[ ]", x: inner.x + 2, y: y,
                         style: CellStyle(done ? .checkboxDone : .checkboxOpen, reverse: reverse))
                grid.put(title, x: inner.x + 6, y: y, maxWidth: room - suffixWidth,
                         style: CellStyle(done ? .dim : .normal, reverse: reverse), highlighting: pane.terms)
                if suffixWidth > 0 {
                    grid.put(date, x: inner.maxX - suffixWidth + 1, y: y, style: CellStyle(dateRole, reverse: reverse))
                }
            }
        }
    }
}
