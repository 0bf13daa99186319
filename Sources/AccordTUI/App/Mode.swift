import AccordCore

/// What the dashboard is doing: exactly one of these at a time, each with its own key table.
public indirect enum Mode: Hashable, Sendable {
    /// The three panes and the detail panel.
    case panes
    /// The overview screen in place of the panes.
    case overview(Overview)
    /// The search line takes the keys (the query and its hits are `DashboardModel.search`).
    case searchLine
    /// An add, edit or note form over the panes.
    case form(ItemForm)
    /// A confirmation over the panes.
    case confirm(ConfirmDialog)
    /// The keys of the mode beneath, scrolled by `scroll` lines; closing it goes back to that mode.
    case help(scroll: Int, over: Mode)
    /// Everything about an item, over the panes.
    case details(id: String, scroll: Int)

    /// True for the overview screen.
    public var isOverview: Bool {
        if case .overview = self { return true }
        return false
    }

    /// True for the help box.
    public var isHelp: Bool {
        if case .help = self { return true }
        return false
    }

    /// True when typed keys are text (a form, the search line), not commands.
    public var takesText: Bool {
        switch self {
        case .form, .searchLine: return true
        default: return false
        }
    }

    /// The mode's name in the help box's title.
    public var name: String {
        let words = Phrases.dashboard
        switch self {
        case .panes: return words.modePanes.text
        case .overview(let overview): return (overview.screen == .agenda ? words.agendaPane : words.modeOverview).text
        case .searchLine: return words.modeSearchLine.text
        case .form: return words.modeForm.text
        case .confirm: return words.modeConfirm.text
        case .help(_, let over): return over.name
        case .details: return words.modeDetails.text
        }
    }
}
