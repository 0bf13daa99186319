import AccordCore

/// Pane 2: each agreement on two lines — marks and title; progress, signed date, partners.
enum AgreementsPane {
    static func render(_ pane: PaneModel<AgreementRow>, into grid: inout Grid, in rect: Rect) {
        PaneFrame.draw(rect, title: pane.title, focused: pane.focused, footer: pane.footer, into: &grid)
        let inner = rect.inset(1)
        guard !inner.isEmpty else { return }
        if pane.rows.isEmpty {
            grid.put(pane.emptyText, x: inner.x, y: inner.y, maxWidth: inner.width, style: CellStyle(.dim))
            return
        }
        for (slot, row) in pane.rows.prefix(inner.height / 2).enumerated() {
            let y = inner.y + slot * 2
            let reverse = row.selected && pane.focused
            grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 2), style: CellStyle(.normal, reverse: reverse))
            let mark: (String, Role)
            switch row.note {
            case .late?: mark = ("!", .overdue)
            case .endsIn?: mark = ("◷", .expiringSoon)
            default: mark = (" ", .normal)
            }
            let marker = row.selected && !pane.focused
            grid.put(marker ? "›" : mark.0, x: inner.x, y: y, style: CellStyle(marker ? .borderFocused : mark.1, reverse: reverse))
            grid.put(row.title, x: inner.x + 2, y: y, maxWidth: inner.width - 2,
                     style: CellStyle(row.expired ? .dim : .commitment, reverse: reverse), highlighting: pane.terms)

            var x = inner.x + 2
            let barWidth = min(10, max(0, inner.width - 12))
            if barWidth >= 3 {
                ProgressBar.draw(row.progress, x: x, y: y + 1, width: barWidth, into: &grid)
                x += barWidth + 1
            }
            x += grid.put("\(row.progress.done)/\(row.progress.total)", x: x, y: y + 1,
                          maxWidth: inner.maxX - x, style: CellStyle(.normal, reverse: reverse))
            if let note = row.note {
                x += grid.put("  " + note.text, x: x, y: y + 1, maxWidth: inner.maxX - x, style: CellStyle(Role(note: note), reverse: reverse))
            }
            let signed = row.signed.map { "  " + LocalFormat.date($0) } ?? ""
            grid.put(signed + "  " + row.partners, x: x, y: y + 1, maxWidth: inner.maxX - x, style: CellStyle(.dim, reverse: reverse))
        }
    }
}
