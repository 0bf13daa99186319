/// Every mode's key table. Each drives its mode's keys, status-bar hints and `?` help.
public enum Bindings {
    /// The table of `mode`, as its hints and help rows.
    static func table(for mode: Mode) -> any HintsAndHelp {
        switch mode {
        case .panes: return panes
        case .overview: return overview
        case .searchLine: return searchLine
        case .form: return form
        case .confirm: return confirm
        case .details: return details
        case .help: return help
        }
    }

    /// The three panes (and the detail panel under them).
    public static let panes = BindingTable<PaneCommand>([
        KeyBinding([(.tab, .focusNext), (.backTab, .focusPrevious)], "next / previous pane"),
        KeyBinding([.character("1")], .focusPane(.partners), "Partners pane"),
        KeyBinding([.character("2")], .focusPane(.agreements), "Agreements pane"),
        KeyBinding([.character("3")], .focusPane(.checklist), "Checklist pane"),
        KeyBinding([.character("h"), .left], .focusLeft, "pane to the left"),
        KeyBinding([.character("l"), .right], .focusRight, "pane to the right"),
        KeyBinding([.character("j"), .down], .moveDown, "move down", hint: "j/k move"),
        KeyBinding([.character("k"), .up], .moveUp, "move up"),
        KeyBinding([.character("g"), .home], .moveTop, "first item"),
        KeyBinding([.character("G"), .end], .moveBottom, "last item"),
        KeyBinding([.pageUp], .pageUp, "page up"),
        KeyBinding([.pageDown], .pageDown, "page down"),
        KeyBinding([.character(" "), .character("x")], .toggleTick, "tick / untick (asks before forgetting a date)", hint: "Space tick", changesData: true),
        KeyBinding([.enter], .openDetails, "details of the selected item"),
        KeyBinding([.character("a")], .add, "add a partner, agreement or action (by pane)", hint: "a add", changesData: true),
        KeyBinding([.character("A")], .addCommitment, "add a commitment to the agreement", changesData: true),
        KeyBinding([.character("e")], .edit, "edit the selected item", changesData: true),
        KeyBinding([.character("N")], .editNote, "edit the note of the selected item", changesData: true),
        KeyBinding([.character("d")], .delete, "delete the selected item (asks first)", changesData: true),
        KeyBinding([.character("u")], .undo, "undo the last change (asks when it removes many)", hint: "u undo", changesData: true),
        KeyBinding([.control("r")], .redo, "redo", changesData: true),
        KeyBinding([.character("/")], .search, "search · category: partner: status: due:", hint: "/ search"),
        KeyBinding([.character("n")], .nextHit, "next search hit"),
        KeyBinding([.character("p")], .previousHit, "previous search hit"),
        KeyBinding([.escape], .clearSearch, "clear the search"),
        KeyBinding([.character("o"), .character("0")], .overview, "overview: totals, overdue, ending soon, changes", hint: "o overview"),
        KeyBinding([.character("S")], .sync, "sync with the team through git ('accord sync')", changesData: true),
        KeyBinding([.character("t")], .cycleTheme, "next colour theme (remembered)"),
        KeyBinding([.character("?"), .function(1)], .help, "this help", hint: "? help"),
        KeyBinding([.control("l")], .redraw, "redraw the screen"),
        KeyBinding([.character("q"), .control("c")], .quit, "quit", hint: "q quit"),
    ])

    /// The overview screen.
    public static let overview = BindingTable<OverviewCommand>([
        KeyBinding([.character("j"), .down], .moveDown, "next line with an item", hint: "j/k move"),
        KeyBinding([.character("k"), .up], .moveUp, "previous line with an item"),
        KeyBinding([.pageDown], .pageDown, "page down"),
        KeyBinding([.pageUp], .pageUp, "page up"),
        KeyBinding([.character("g"), .home], .moveTop, "first line"),
        KeyBinding([.character("G"), .end], .moveBottom, "last line"),
        KeyBinding([.enter], .open, "open the selected line's item in the panes", hint: "Enter open"),
        KeyBinding([.escape, .character("o"), .character("0")], .back, "back to the panes", hint: "Esc back"),
        KeyBinding([(.character("1"), .focusPane(.partners)), (.character("2"), .focusPane(.agreements)),
                    (.character("3"), .focusPane(.checklist))], "back to that pane"),
        KeyBinding([.character("/")], .search, "search (in the panes)"),
        KeyBinding([.character("u")], .undo, "undo the last change", hint: "u undo", changesData: true),
        KeyBinding([.control("r")], .redo, "redo", changesData: true),
        KeyBinding([.character("T")], .takeConflict, "on a conflict: take the lost value back", hint: "T take back",
                   changesData: true, hintShown: { $0.overview?.selectedConflictID != nil }),
        KeyBinding([.character("X")], .dismissConflict, "on a conflict: keep the current value", changesData: true),
        KeyBinding([.character("S")], .sync, "sync with the team through git ('accord sync')", changesData: true),
        KeyBinding([.character("t")], .cycleTheme, "next colour theme (remembered)"),
        KeyBinding([.character("?"), .function(1)], .help, "this help", hint: "? help"),
        KeyBinding([.control("l")], .redraw, "redraw the screen"),
        KeyBinding([.character("q"), .control("c")], .quit, "quit", hint: "q quit"),
    ])

    /// The details box.
    public static let details = BindingTable<OverlayCommand>([
        KeyBinding([.character("j"), .down], .scrollDown, "scroll down", hint: "j/k scroll"),
        KeyBinding([.character("k"), .up], .scrollUp, "scroll up"),
        KeyBinding([.pageDown, .character(" ")], .pageDown, "page down"),
        KeyBinding([.pageUp], .pageUp, "page up"),
        KeyBinding([.character("g"), .home], .top, "top"),
        KeyBinding([.character("G"), .end], .bottom, "bottom"),
        KeyBinding([.escape, .enter, .character("q")], .close, "close", hint: "Esc close"),
        KeyBinding([.character("?"), .function(1)], .help, "this help", hint: "? help"),
        KeyBinding([.control("l")], .redraw, "redraw the screen"),
        KeyBinding([.control("c")], .quit, "quit Accord"),
    ])

    /// The help box itself.
    public static let help = BindingTable<OverlayCommand>([
        KeyBinding([.character("j"), .down], .scrollDown, "scroll down", hint: "j/k scroll"),
        KeyBinding([.character("k"), .up], .scrollUp, "scroll up"),
        KeyBinding([.pageDown, .character(" ")], .pageDown, "page down"),
        KeyBinding([.pageUp], .pageUp, "page up"),
        KeyBinding([.character("g"), .home], .top, "top"),
        KeyBinding([.character("G"), .end], .bottom, "bottom"),
        KeyBinding([.escape, .enter, .character("q"), .character("?"), .function(1)], .close, "close", hint: "Esc close"),
        KeyBinding([.control("l")], .redraw, "redraw the screen"),
        KeyBinding([.control("c")], .quit, "quit Accord"),
    ])

    /// The search line, while a query is typed.
    public static let searchLine = BindingTable<SearchLineCommand>([
        KeyBinding([], .type, "words to find (case and accents ignored)", label: "text"),
        KeyBinding([], .type, "narrow it: status:open due:2026-06", label: "category: partner: …"),
        KeyBinding([.enter], .jump, "close the line, go to the first hit", hint: "Enter jump"),
        KeyBinding([.escape], .cancel, "cancel the search", hint: "Esc cancel"),
        KeyBinding([.backspace], .eraseCharacter, "erase a character"),
        KeyBinding([.control("u")], .eraseAll, "erase the line"),
        KeyBinding([.control("w")], .eraseWord, "erase a word"),
        KeyBinding([.function(1), .control("g")], .help, "this help", hint: "F1 help"),
        KeyBinding([.control("l")], .redraw, "redraw the screen"),
        KeyBinding([.control("c")], .quit, "quit Accord"),
    ])

    /// An add, edit or note form.
    public static let form = BindingTable<FormCommand>([
        KeyBinding([.tab, .down], .edit, "next field", hint: "Tab/↓ next field"),
        KeyBinding([.backTab, .up], .edit, "previous field", hint: "Shift-Tab/↑ previous"),
        KeyBinding([.enter], .edit, "save (in a note: a new line)", hint: "Enter save", hintShown: { !$0.formFocusIsMultiline }),
        KeyBinding([], .edit, "", hint: "Enter new line", hintShown: { $0.formFocusIsMultiline }),
        KeyBinding([.control("s")], .save, "save", hint: "Ctrl-S save", hintShown: { $0.formFocusIsMultiline }),
        KeyBinding([.escape], .cancel, "cancel: nothing is saved", hint: "Esc cancel"),
        KeyBinding([.left, .right, .home, .end, .control("a"), .control("e")], .edit,
                   "move in the text; ← → choose a value", label: "← → Home End Ctrl-A/E"),
        KeyBinding([], .edit, "take the partner suggested", label: "→ at the end"),
        KeyBinding([.backspace, .delete, .control("u"), .control("k"), .control("w")], .edit,
                   "erase: a character, to start or end, a word", label: "Bksp Del Ctrl-U/K/W"),
        KeyBinding([.function(1), .control("g")], .help, "this help", hint: "F1 help"),
        KeyBinding([.control("l")], .redraw, "redraw the screen"),
        KeyBinding([.control("c")], .quit, "quit Accord (nothing is saved)"),
    ])

    /// A confirmation dialog.
    public static let confirm = BindingTable<ConfirmCommand>([
        KeyBinding([.left, .right, .tab, .backTab, .character("h"), .character("l")], .switchButton,
                   "move between the buttons", hint: "← → choose"),
        KeyBinding([.enter, .character(" ")], .press, "press the highlighted button", hint: "Enter press"),
        KeyBinding([.character("y")], .confirm, "yes: press the confirm button", hint: "y yes"),
        KeyBinding([.escape, .character("q"), .character("n")], .cancel, "no: cancel", hint: "Esc cancel"),
        KeyBinding([.character("?"), .function(1)], .help, "this help"),
        KeyBinding([.control("l")], .redraw, "redraw the screen"),
        KeyBinding([.control("c")], .quit, "quit Accord"),
    ])
}
