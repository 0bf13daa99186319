/// What a key asks of the overview screen.
public enum OverviewCommand: Hashable, Sendable {
    case moveDown, moveUp, pageDown, pageUp, moveTop, moveBottom
    /// Opens the selected line's item in the panes.
    case open
    /// Back to the panes.
    case back
    /// Back to the panes, that pane focused.
    case focusPane(PaneID)
    case search
    case undo, redo, cycleTheme, cycleLanguage, help, redraw, quit
    /// On a conflict line: take the lost value back, or keep the current one.
    case takeConflict, dismissConflict
    /// Share through git.
    case sync
    /// The agenda from the overview; back to the panes from the agenda.
    case agenda
}
