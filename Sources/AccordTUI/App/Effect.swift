import AccordCore

/// What `update` asks the runtime to do; the runtime does it and reports back with a `Message`.
public enum Effect: Sendable, Equatable {
    /// Asks the store to save something; answered by one `.commitFinished` carrying the records it committed.
    case commit(Commit)
    /// Looks at the change an undo (or redo) would apply; answered by `.undoChecked`.
    case checkUndo(RecordKind)
    /// Runs a search; answered by `.searchFinished`.
    case search(SearchQuery)
    /// Switches to the next colour theme and remembers it; answered by `.themeSwitched`.
    case cycleTheme
    /// Remembers the language the dashboard now speaks; answered by `.languageSwitched`.
    case rememberLanguage(Language)
    /// Opens a link with the desktop's opener; answered by `.linkOpened`.
    case openLink(ItemLink)
    /// Shares the data through git (`accord sync`) on a thread of its own; answered by `.syncFinished`.
    case sync
    /// Stops the sync running (Esc while it runs); it ends with `.syncFinished(.failure)`.
    case cancelSync
    /// Repaints every cell of the terminal (Ctrl-L, a resize).
    case redrawAll
    /// Gives the terminal back to the shell until the process is continued (Ctrl-Z).
    case suspend
    case quit
}

/// Something to save through the store, and what to do once it is saved.
public enum Commit: Hashable, Sendable {
    case tick(actionID: String)
    case untick(actionID: String)
    case undo
    case redo
    /// A form's draft: an item created or edited.
    case draft(ItemDraft)
    /// A form's note (or description, summary) of an item.
    case note(itemID: String, text: String)
    /// A confirmed deletion.
    case delete(Deletion)
    /// Makes what a conflict lost current again (its id).
    case takeConflict(String)
    /// Keeps the current value and drops the conflict (its id).
    case dismissConflict(String)
    /// A change made whole by the dashboard (a renewal).
    case change(Change)
}
