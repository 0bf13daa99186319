import AccordCore

/// Shown instead of the dashboard when the terminal is below the minimum size.
enum TooSmallView {
    static func render(into grid: inout Grid) {
        grid.fill(grid.bounds, style: CellStyle())
        let text = Phrases.dashboard.tooSmall(["width": String(DashboardLayout.minimumWidth), "height": String(DashboardLayout.minimumHeight)])
        let lines = TextClipping.wrap(text, to: max(1, grid.width))
        let top = max(0, (grid.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < grid.height {
            let x = max(0, (grid.width - DisplayWidth.of(line)) / 2)
            grid.put(line, x: x, y: top + i, style: CellStyle(.overdue))
        }
    }
}
