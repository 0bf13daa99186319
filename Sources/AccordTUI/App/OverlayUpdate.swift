/// Keys in the help and details boxes, through `Bindings.help` and `Bindings.details`.
enum OverlayUpdate {
    static func press(_ key: Key, _ model: inout DashboardModel) -> [Effect] {
        if case .mouse(let event) = key {
            // A click closes the box.
            if model.mouseEnabled, event.kind == .press { close(&model) }
            return []
        }
        let table = model.mode.isHelp ? Bindings.help : Bindings.details
        guard case .command(let command)? = table.resolve(key, in: model) else { return [] }
        let page = max(1, model.layout.height - 6)
        switch command {
        case .close: close(&model)
        case .help: DashboardUpdate.openHelp(&model)
        case .scrollDown: scroll(&model, by: 1)
        case .scrollUp: scroll(&model, by: -1)
        case .pageDown: scroll(&model, by: page)
        case .pageUp: scroll(&model, by: -page)
        case .redraw: return [.redrawAll]
        case .quit: return [.quit]
        }
        return []
    }

    private static func close(_ model: inout DashboardModel) {
        switch model.mode {
        case .help(_, let over): model.mode = over
        default: model.mode = .panes
        }
    }

    private static func scroll(_ model: inout DashboardModel, by delta: Int) {
        switch model.mode {
        case .help(let scroll, let over): model.mode = .help(scroll: max(0, scroll + delta), over: over)
        case .details(let id, let scroll): model.mode = .details(id: id, scroll: max(0, scroll + delta))
        default: break
        }
    }
}
