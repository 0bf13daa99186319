/// What a key asks of the panes (an intent, not yet a change).
public enum PaneCommand: Hashable, Sendable {
    case focusNext, focusPrevious, focusLeft, focusRight
    case focusPane(PaneID)
    case moveUp, moveDown, moveTop, moveBottom, pageUp, pageDown
    case toggleTick
    case openDetails
    case undo, redo
    case help
    case redraw
    /// Ctrl-Z: back to the shell until `fg` (in every mode; listed here).
    case suspend
    case quit
    case search, nextHit, previousHit, clearSearch
    case cycleTheme
    /// Speak the next language, and remember it.
    case cycleLanguage
    case add, addCommitment, edit, delete, editNote
    case overview
    /// The agenda: what falls due, by week.
    case agenda
    /// Renews the selected agreement (asks first).
    case renew
    /// Opens the selected item's link (the details box chooses among several).
    case openLink
    /// Share through git.
    case sync
}
