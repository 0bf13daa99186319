import AccordCore

/// The top line: totals on the left, the journal's state and today on the right.
enum HeaderBar {
    static func render(_ dashboard: Dashboard, into grid: inout Grid, in rect: Rect) {
        let style = CellStyle(.header)
        grid.fill(rect, style: style)
        let state = dashboard.state
        let left = " Accord · \(state.agreements.count) agreements · \(dashboard.totals.done)/\(dashboard.totals.total) actions done"
        let right = (dashboard.store.readOnlyReason == nil ? "" : "READ-ONLY · ") + "\(dashboard.today) "
        let rightWidth = DisplayWidth.of(right)
        grid.put(left, x: rect.x, y: rect.y, maxWidth: max(0, rect.width - rightWidth - 1), style: style)
        if rect.width > rightWidth + 10 {
            grid.put(right, x: rect.maxX - rightWidth, y: rect.y,
                     style: CellStyle(dashboard.store.readOnlyReason == nil ? .header : .error))
        }
    }
}
