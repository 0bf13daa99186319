import AccordCore

/// Pane 1: "All partners", then every partner with its number of agreements.
enum PartnersPane {
    static func render(_ dashboard: Dashboard, into grid: inout Grid, in rect: Rect) {
        let focused = dashboard.focus == .partners
        let pane = dashboard.paneState(.partners)
        let rows = dashboard.partnerRows
        PaneFrame.draw(rect, title: "1 Partners", focused: focused,
                       footer: rows.isEmpty ? nil : "\(pane.selection + 1)/\(rows.count)", into: &grid)
        let inner = rect.inset(1)
        guard !inner.isEmpty else { return }
        let state = dashboard.state
        let terms = dashboard.search?.highlightTerms ?? []
        for line in 0..<inner.height {
            let index = pane.scroll + line
            guard index < rows.count else { break }
            let selected = index == pane.selection
            let (name, count): (String, Int) = rows[index].map {
                (state.partners[$0]?.displayName ?? $0, dashboard.agreementCounts[$0] ?? 0)
            } ?? ("All partners", state.agreements.count)
            let style = CellStyle(rows[index] == nil ? .commitment : .normal, reverse: selected && focused)
            let countText = " \(count)"
            let y = inner.y + line
            grid.putPadded(" " + name, x: inner.x, y: y, width: inner.width - countText.count, style: style, highlighting: terms)
            grid.putPadded(countText, x: inner.maxX - countText.count, y: y, width: countText.count,
                           style: CellStyle(.dim, reverse: selected && focused))
            if selected && !focused { grid.put("›", x: inner.x, y: y, style: CellStyle(.borderFocused)) }
        }
    }
}
