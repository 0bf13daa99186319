import AccordCore

/// Draws the whole dashboard for its layout: each part from a small view-model made
/// from the dashboard's model and the data. Views only read.
public enum DashboardView {
    public static func render(_ model: DashboardModel, _ state: AccordState, into grid: inout Grid) {
        grid.fill(grid.bounds, style: CellStyle())
        let layout = model.layout
        if layout.isTooSmall {
            TooSmallView.render(into: &grid)
            return
        }
        HeaderBar.render(HeaderModel(model, state), into: &grid, in: layout.header)
        if let overview = model.overview {
            OverviewView.render(overview, plain: model.accessible, into: &grid, in: layout.body)
        } else {
            // Accessible: only the focused pane, over the whole width (1 2 3 and Tab switch).
            if !model.accessible || model.focus == .partners {
                PartnersPane.render(PaneModel(partnersOf: model, state), into: &grid, in: layout.pane(.partners))
            }
            if !model.accessible || model.focus == .agreements {
                AgreementsPane.render(PaneModel(agreementsOf: model, state), into: &grid, in: layout.pane(.agreements))
            }
            if !model.accessible || model.focus == .checklist {
                ChecklistPane.render(PaneModel(checklistOf: model, state), into: &grid, in: layout.pane(.checklist))
            }
            DetailPanel.render(ItemDetails.lines(for: model.selectedItemID, in: state, today: model.today),
                               terms: model.search?.highlightTerms ?? [], plain: model.accessible, into: &grid, in: layout.detail)
        }
        StatusBar.render(StatusBarModel(model, state), into: &grid, in: layout.status)
        drawOver(model.mode, model, state, into: &grid)
    }

    /// What a mode draws over the screen: a form, a confirmation, a box.
    private static func drawOver(_ mode: Mode, _ model: DashboardModel, _ state: AccordState, into grid: inout Grid) {
        switch mode {
        case .panes, .overview, .searchLine: break
        case .form(let form): FormView.render(FormViewModel(form, in: state, today: model.today, plain: model.accessible), into: &grid)
        case .confirm(let dialog): ConfirmView.render(dialog, plain: model.accessible, into: &grid)
        case .details(let id, let scroll): OverlayBox.render(.details(of: id, scroll: scroll, in: model, state), plain: model.accessible, into: &grid)
        case .help(let scroll, let over):
            drawOver(over, model, state, into: &grid)
            OverlayBox.render(.help(for: over, scroll: scroll, in: model), plain: model.accessible, into: &grid)
        }
    }

    /// A new grid of the model's size, drawn.
    public static func frame(_ model: DashboardModel, _ state: AccordState) -> Grid {
        var grid = Grid(width: model.layout.width, height: model.layout.height)
        Language.$current.withValue(model.language) { render(model, state, into: &grid) }
        return grid
    }
}
