/// One row of the key table: the keys, what they do, and how they are shown.
///
/// The same table drives key handling, the status-bar hints and the `?`
/// help overlay, so the three can never disagree.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var action: DashboardAction
    public var description: String
    /// The short hint in the status bar, when the binding is shown there.
    public var hint: String?

    public init(_ keys: [Key], _ action: DashboardAction, _ description: String, hint: String? = nil) {
        self.keys = keys
        self.action = action
        self.description = description
        self.hint = hint
    }

    /// The keys as written in help: "j / ↓".
    public var keyLabel: String { keys.map(\.label).joined(separator: " / ") }

    /// The dashboard's bindings, in help order.
    public static let dashboard: [KeyBinding] = [
        KeyBinding([.tab, .backTab], .focusNext, "next / previous pane"),
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
        KeyBinding([.character(" "), .character("x")], .toggleTick, "tick / untick the action", hint: "Space tick"),
        KeyBinding([.enter], .openDetails, "details of the selected item"),
        KeyBinding([.character("a")], .add, "add a partner, agreement or action (by pane)", hint: "a add"),
        KeyBinding([.character("A")], .addCommitment, "add a commitment to the agreement"),
        KeyBinding([.character("e")], .edit, "edit the selected item"),
        KeyBinding([.character("N")], .editNote, "edit the note of the selected item"),
        KeyBinding([.character("d")], .delete, "delete the selected item (asks first)"),
        KeyBinding([.character("u")], .undo, "undo the last change", hint: "u undo"),
        KeyBinding([.control("r")], .redo, "redo"),
        KeyBinding([.character("/")], .search, "search · category: partner: status: due:", hint: "/ search"),
        KeyBinding([.character("n")], .nextHit, "next search hit"),
        KeyBinding([.character("p")], .previousHit, "previous search hit"),
        KeyBinding([.escape], .clearSearch, "clear the search"),
        KeyBinding([.character("o"), .character("0")], .overview, "overview: totals, overdue, ending soon, changes", hint: "o overview"),
        KeyBinding([.character("t")], .cycleTheme, "next colour theme (remembered)"),
        KeyBinding([.character("?")], .help, "this help", hint: "? help"),
        KeyBinding([.control("l")], .redraw, "redraw the screen"),
        KeyBinding([.character("q"), .control("c")], .quit, "quit", hint: "q quit"),
    ]
}
