import AccordCore

/// A box over the screen: a title, lines to scroll through, and a footer.
public struct OverlayBoxModel: Hashable, Sendable {
    public var title: String
    var lines: [ItemDetails.Line]
    public var scroll: Int
    public var preferredWidth: Int
    public var footer: String

    init(title: String, lines: [ItemDetails.Line], scroll: Int, preferredWidth: Int, footer: String) {
        self.title = title
        self.lines = lines
        self.scroll = scroll
        self.preferredWidth = preferredWidth
        self.footer = footer
    }

    /// The box's width on a screen `screenWidth` columns wide.
    func width(onScreenWidth screenWidth: Int) -> Int { min(preferredWidth, screenWidth - 2) }

    /// The lines wrapped to the box's inner width.
    func wrappedLines(onScreenWidth screenWidth: Int) -> [ItemDetails.Line] {
        ItemDetails.wrapped(lines, width: max(1, width(onScreenWidth: screenWidth) - 4))
    }

    /// The largest scroll that still fills the box on a screen of this size (0 when all fits).
    func maxScroll(screenWidth: Int, screenHeight: Int) -> Int {
        let count = wrappedLines(onScreenWidth: screenWidth).count
        let visible = min(count + 2, screenHeight - 2) - 2
        return max(0, count - max(0, visible))
    }

    /// The box `mode` shows (help or details), nil in other modes.
    static func shown(in model: DashboardModel, _ state: AccordState) -> OverlayBoxModel? {
        switch model.mode {
        case .details(let id, let scroll): return details(of: id, scroll: scroll, in: model, state)
        case .help(let scroll, let over): return help(for: over, scroll: scroll, in: model)
        default: return nil
        }
    }

    /// `?`: the keys of `mode`, from its table, then the mouse.
    static func help(for mode: Mode, scroll: Int, in model: DashboardModel) -> OverlayBoxModel {
        var rows = DashboardUpdate.helpRows(for: mode, in: model)
        if case .panes = mode {
            let words = Phrases.dashboard
            rows.append(HelpRow(keys: words.keyMouse.text, description: (model.mouseEnabled ? words.mouseOn : words.mouseOff).text, disabled: nil))
        }
        let keyWidth = rows.map { DisplayWidth.of($0.keys) }.max() ?? 10
        let lines = rows.map { row in
            ItemDetails.Line(TextClipping.pad(row.keys, to: keyWidth) + "   " + row.description
                             + (row.disabled.map { "  (\($0))" } ?? ""), row.disabled == nil ? .normal : .dim)
        }
        return OverlayBoxModel(title: Phrases.dashboard.keysTitle(["mode": mode.name]), lines: lines, scroll: scroll, preferredWidth: 72,
                              footer: Phrases.dashboard.escCloses.text)
    }

    /// Enter: everything about an item, and for an agreement or commitment what it holds.
    static func details(of id: String, scroll: Int, in model: DashboardModel, _ state: AccordState) -> OverlayBoxModel {
        var lines = ItemDetails.lines(for: id, in: state, today: model.today)
        func actionLine(_ action: Action, indent: String) -> ItemDetails.Line {
            ItemDetails.Line("\(indent)\(action.isDone ? "[x]" : "[ ]") \(action.title)", action.isDone ? .checkboxDone : .normal)
        }
        if state.agreements[id] != nil {
            for commitment in state.commitments(of: id) {
                lines.append(ItemDetails.Line("• " + commitment.title, .commitment))
                lines += state.actions(of: commitment.id).map { actionLine($0, indent: "  ") }
            }
        } else if state.commitments[id] != nil {
            lines += state.actions(of: id).map { actionLine($0, indent: "") }
        }
        return OverlayBoxModel(title: Phrases.dashboard.details.text, lines: lines, scroll: scroll, preferredWidth: 76,
                              footer: Phrases.dashboard.escCloses.text)
    }
}
