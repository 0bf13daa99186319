import AccordCore

/// Keys in the help and details boxes, through `Bindings.help` and `Bindings.details`.
enum OverlayUpdate {
    static func press(_ key: Key, _ model: inout DashboardModel, _ state: AccordState) -> [Effect] {
        if case .mouse(let event) = key {
            // A click closes the box.
            if model.mouseEnabled, event.kind == .press { close(&model) }
            return []
        }
        let table = model.mode.isHelp ? Bindings.help : Bindings.details
        guard case .command(let command)? = table.resolve(key, in: model) else { return [] }
        let page = max(1, model.layout.height - 6)
        // Scrolling stays within the content, so k after G moves at once.
        let bottom = OverlayBoxModel.shown(in: model, state)?.maxScroll(screenWidth: model.layout.width,
                                                                       screenHeight: model.layout.height) ?? 0
        switch command {
        case .close: close(&model)
        case .help: DashboardUpdate.openHelp(&model)
        case .scrollDown: scroll(&model, by: 1, bottom: bottom)
        case .scrollUp: scroll(&model, by: -1, bottom: bottom)
        case .pageDown: scroll(&model, by: page, bottom: bottom)
        case .pageUp: scroll(&model, by: -page, bottom: bottom)
        case .top: scroll(&model, by: Int.min / 2, bottom: bottom)
        case .bottom: scroll(&model, by: Int.max / 2, bottom: bottom)
        case .redraw: return [.redrawAll]
        case .quit: return [.quit]
        case .openLink(let number):
            guard case .details(let id, _) = model.mode else { return [] }
            return openLink(of: id, &model, state, number: number)
        }
        return []
    }

    /// Enter: the details box of `id`.
    static func openDetails(_ id: String, _ model: inout DashboardModel, _ state: AccordState) {
        model.mode = .details(id: id, scroll: 0)
        model.detailLinkCount = state.links(of: id).count
    }

    /// `O` (or 1–9 in the details box): opens a link of `id` — the only one, or number `number`;
    /// with several and no number, the details box lists them to choose with 1–9.
    static func openLink(of id: String?, _ model: inout DashboardModel, _ state: AccordState, number: Int? = nil) -> [Effect] {
        let words = Phrases.dialog
        guard let id else {
            model.message = StatusMessage(words.selectForLink.text)
            return []
        }
        let links = state.links(of: id)
        if links.isEmpty {
            model.message = StatusMessage(words.noLink.text)
            return []
        }
        if let number {
            guard links.indices.contains(number - 1) else {
                model.message = StatusMessage(words.noLinkNumbered(["n": number, "count": links.count]), isError: true)
                return []
            }
            return [.openLink(links[number - 1])]
        }
        if links.count == 1 { return [.openLink(links[0])] }
        openDetails(id, &model, state)
        model.message = StatusMessage(words.chooseLink(["count": links.count]))
        return []
    }

    private static func close(_ model: inout DashboardModel) {
        switch model.mode {
        case .help(_, let over): model.mode = over
        default: model.mode = .panes
        }
    }

    private static func scroll(_ model: inout DashboardModel, by delta: Int, bottom: Int) {
        func moved(_ scroll: Int) -> Int { min(bottom, max(0, min(scroll, bottom) + delta)) }
        switch model.mode {
        case .help(let scroll, let over): model.mode = .help(scroll: moved(scroll), over: over)
        case .details(let id, let scroll): model.mode = .details(id: id, scroll: moved(scroll))
        default: break
        }
    }
}
