/// Draws the whole dashboard for its current layout: views only read the dashboard.
public enum DashboardView {
    public static func render(_ dashboard: Dashboard, into grid: inout Grid) {
        grid.fill(grid.bounds, style: CellStyle())
        let layout = dashboard.layout
        if layout.isTooSmall {
            TooSmallView.render(into: &grid)
            return
        }
        HeaderBar.render(dashboard, into: &grid, in: layout.header)
        if let overview = dashboard.overview {
            OverviewView.render(overview, into: &grid, in: layout.body)
        } else {
            PartnersPane.render(dashboard, into: &grid, in: layout.pane(.partners))
            AgreementsPane.render(dashboard, into: &grid, in: layout.pane(.agreements))
            ChecklistPane.render(dashboard, into: &grid, in: layout.pane(.checklist))
            DetailPanel.render(dashboard, into: &grid, in: layout.detail)
        }
        StatusBar.render(dashboard, into: &grid, in: layout.status)
        switch dashboard.overlay {
        case .help(let scroll)?: HelpOverlay.render(dashboard, scroll: scroll, into: &grid)
        case .details(let id, let scroll)?: DetailsOverlay.render(dashboard, id: id, scroll: scroll, into: &grid)
        case nil: break
        }
        if let form = dashboard.form { FormView.render(dashboard, form: form, into: &grid) }
        if let confirm = dashboard.confirm { ConfirmView.render(confirm, into: &grid) }
    }

    /// A new grid of the dashboard's size, drawn.
    public static func frame(_ dashboard: Dashboard) -> Grid {
        var grid = Grid(width: dashboard.layout.width, height: dashboard.layout.height)
        render(dashboard, into: &grid)
        return grid
    }
}
