import AccordCore

/// Pane 1: "All partners", then every partner with its number of agreements.
enum PartnersPane {
    static func render(_ pane: PaneModel<PartnerRow>, into grid: inout Grid, in rect: Rect) {
        PaneFrame.draw(rect, title: pane.title, focused: pane.focused, footer: pane.footer, plain: pane.plain, into: &grid)
        let inner = rect.inset(1)
        guard !inner.isEmpty else { return }
        for (line, row) in pane.rows.prefix(inner.height).enumerated() {
            let reverse = row.selected && pane.focused
            let style = CellStyle(row.isAll ? .commitment : .normal, reverse: reverse)
            let countText = " " + LocalFormat.number(row.count)
            let y = inner.y + line
            grid.putPadded(" " + row.name, x: inner.x, y: y, width: inner.width - countText.count, style: style, highlighting: pane.terms)
            grid.putPadded(countText, x: inner.maxX - countText.count, y: y, width: countText.count,
                           style: CellStyle(.dim, reverse: reverse))
            if row.selected && !pane.focused { grid.put("›", x: inner.x, y: y, style: CellStyle(.borderFocused)) }
            if row.selected && pane.focused { grid.placeCursor(x: inner.x + 1, y: y) }
        }
    }
}
