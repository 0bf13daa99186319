/// What a key asks the dashboard to do (an intent, not yet a change).
public enum DashboardAction: Hashable, Sendable {
    case focusNext, focusPrevious, focusLeft, focusRight
    case focusPane(PaneID)
    case moveUp, moveDown, moveTop, moveBottom, pageUp, pageDown
    case toggleTick
    case openDetails
    case undo, redo
    case help
    case redraw
    case quit
    case close
    case search, nextHit, previousHit, clearSearch
    case cycleTheme
    case add, addCommitment, edit, delete, editNote
    case overview
}
