/// What one of the three panes shows: its rows in view (top first), whether it has the
/// focus, the note in its bottom border, and the search words to highlight.
public struct PaneModel<Row: Hashable & Sendable>: Hashable, Sendable {
    /// The title in the top border: "2 Agreements", "2 Agreements · UPMC" when filtered.
    public var title: String
    public var focused: Bool
    public var rows: [Row]
    /// "3/31", "3/11 done"; nil for none.
    public var footer: String?
    /// Shown when there is no row.
    public var emptyText: String
    /// Folded search words to highlight.
    public var terms: [String]
    /// Lines one row takes.
    public var rowHeight: Int
    /// Drawn for a screen reader: words instead of bars and marks, no box lines.
    public var plain: Bool

    public init(title: String, focused: Bool, rows: [Row], footer: String?, emptyText: String = "", terms: [String] = [],
                rowHeight: Int = 1, plain: Bool = false) {
        self.rowHeight = rowHeight
        self.plain = plain
        self.title = title
        self.focused = focused
        self.rows = rows
        self.footer = footer
        self.emptyText = emptyText
        self.terms = terms
    }

    /// The rows of `pane` in view: those from its scroll, as many as fit.
    static func visible(_ pane: PaneID, of model: DashboardModel) -> Range<Int> {
        let scroll = model.paneState(pane).scroll
        let end = min(model.rowCount(pane), scroll + model.layout.visibleRows(pane))
        return scroll..<max(scroll, end)
    }

    /// "2/5", the selected row of all; nil when there is none.
    static func position(_ pane: PaneID, of model: DashboardModel) -> String? {
        model.rowCount(pane) == 0 ? nil : "\(model.paneState(pane).selection + 1)/\(model.rowCount(pane))"
    }
}
