import AccordCore

/// The overview screen, drawn in place of the panes and the detail panel.
enum OverviewView {
    static func render(_ overview: Overview, plain: Bool = false, into grid: inout Grid, in rect: Rect) {
        let selectable = overview.lines.filter { $0.itemID != nil }.count
        let position = overview.selection.map { index in overview.lines[..<index].filter { $0.itemID != nil }.count + 1 }
        let title = overview.screen == .agenda ? "D " + Phrases.dashboard.agendaPane.text : "0 " + Phrases.dashboard.overviewPane.text
        PaneFrame.draw(rect, title: title, focused: true,
                       footer: position.map { "\($0)/\(selectable)" }, plain: plain, into: &grid)
        let inner = rect.inset(1)
        guard !inner.isEmpty else { return }
        // One width for every done/total, so the bars, counts and percentages line up at any size.
        let numbersWidth = overview.lines.reduce(7) { width, line in
            guard case .progress(_, let progress, _, _) = line.content else { return width }
            return max(width, DisplayWidth.of("\(progress.done)/\(progress.total)"))
        }
        for (slot, line) in overview.lines.dropFirst(overview.scroll).prefix(inner.height).enumerated() {
            let y = inner.y + slot
            let selected = overview.selection == overview.scroll + slot
            let base = CellStyle(.normal, reverse: selected)
            grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base)
            if selected { grid.placeCursor(x: inner.x + 2, y: y) }
            switch line.content {
            case .blank: break
            case .heading(let text):
                grid.put(text, x: inner.x + 1, y: y, maxWidth: inner.width - 1, style: CellStyle(.category))
            case .text(let text, let role):
                grid.put(text, x: inner.x + 2, y: y, maxWidth: inner.width - 2, style: CellStyle(role, reverse: selected))
            case .progress(let label, let progress, let note, let noteRole):
                let numbers = "\(progress.done)/\(progress.total)"
                let right = 10 + 1 + numbersWidth + 5 + 12
                let labelWidth = max(0, inner.width - 2 - right)
                grid.put(label, x: inner.x + 2, y: y, maxWidth: labelWidth - 1, style: base)
                var x = inner.x + 2 + labelWidth
                guard x + 10 < inner.maxX else { continue }
                if !plain {
                    ProgressBar.draw(progress, x: x, y: y, width: 10, reverse: selected, into: &grid)
                }
                x += 11
                x += grid.put(TextClipping.pad(numbers, to: numbersWidth), x: x, y: y, maxWidth: inner.maxX - x, style: base)
                // Right-aligned, so the percentages line up: "  7%", " 23%", "100%".
                let percent = LocalFormat.percent(progress.percent)
                x += grid.put(String(repeating: " ", count: max(1, 5 - percent.count)) + percent + "  ", x: x, y: y,
                              maxWidth: inner.maxX - x, style: base)
                grid.put(note, x: x, y: y, maxWidth: inner.maxX - x, style: CellStyle(noteRole, reverse: selected))
            }
        }
    }
}
