/// Selection and scroll of one pane.
public struct PaneState: Hashable, Sendable {
    /// Index of the selected row.
    public var selection = 0
    /// Index of the first visible row.
    public var scroll = 0

    public init(selection: Int = 0, scroll: Int = 0) {
        self.selection = selection
        self.scroll = scroll
    }

    /// Keeps the selection inside `count` rows and visible within `visibleRows`.
    public mutating func clamp(count: Int, visibleRows: Int) {
        selection = count == 0 ? 0 : min(max(0, selection), count - 1)
        let visible = max(1, visibleRows)
        if selection < scroll { scroll = selection }
        if selection >= scroll + visible { scroll = selection - visible + 1 }
        scroll = max(0, min(scroll, max(0, count - visible)))
    }
}
