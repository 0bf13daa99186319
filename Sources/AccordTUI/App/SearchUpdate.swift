import AccordCore

/// The search line (typing a query; each keystroke searches) and stepping through hits.
enum SearchUpdate {
    static func press(_ key: Key, _ model: inout DashboardModel, _ state: AccordState) -> [Effect] {
        guard var search = model.search else {
            model.mode = .panes
            return []
        }
        switch Bindings.searchLine.resolve(key, in: model) {
        case .command(let command)?:
            switch command {
            case .jump:
                model.mode = .panes
                if !search.hits.isEmpty { jump(to: 0, &model, state) }
                return []
            case .cancel:
                clear(&model, state)
                model.mode = .panes
                return []
            case .eraseCharacter: if !search.text.isEmpty { search.text.removeLast() }
            case .eraseAll: search.text = ""
            case .eraseWord:
                while search.text.last == " " { search.text.removeLast() }
                while let last = search.text.last, last != " " { search.text.removeLast() }
            case .help:
                DashboardUpdate.openHelp(&model)
                return []
            case .redraw: return [.redrawAll]
            case .quit: return [.quit]
            case .type: return []
            }
        case .disabled?: return []
        case nil:
            switch key {
            case .character(let character): search.text.append(character)
            case .paste(let text):
                guard !PastedText.isTooLong(text) else {
                    model.message = StatusMessage(Phrases.dialog.pasteTooLong(["limit": Key.pasteLimit]), isError: true)
                    return []
                }
                search.text += PastedText.cleaned(text, multiline: false)
            default: return []
            }
        }
        model.search = search
        return parse(&model)
    }

    /// Parses the query; a valid one is searched, a wrong one says why.
    static func parse(_ model: inout DashboardModel) -> [Effect] {
        guard var search = model.search else { return [] }
        do {
            let query = try SearchQuery.parse(search.text)
            search.query = query
            search.problem = nil
            model.search = search
            return [.search(query)]
        } catch {
            search.query = nil
            search.problem = error.description
            search.hits = []
            search.current = nil
            model.search = search
            return []
        }
    }

    /// The hits of a search; stale answers (for an older query) are dropped.
    static func received(_ hits: [SearchHit], for query: SearchQuery, _ model: inout DashboardModel) {
        guard var search = model.search, search.query == query else { return }
        search.hits = hits.filter { $0.kind != .category }
        search.answered = query
        if let index = search.current, index >= search.hits.count { search.current = search.hits.isEmpty ? nil : 0 }
        model.search = search
    }

    /// `n` / `p`: the next or previous hit, wrapping around.
    static func step(by delta: Int, _ model: inout DashboardModel, _ state: AccordState) -> [Effect] {
        guard let search = model.search, !search.hits.isEmpty else {
            model.message = StatusMessage((model.search == nil ? Phrases.dialog.noSearch : Phrases.dialog.noMatch).text)
            return []
        }
        let count = search.hits.count
        let next = search.current.map { (($0 + delta) % count + count) % count } ?? (delta > 0 ? 0 : count - 1)
        jump(to: next, &model, state)
        return []
    }

    /// Selects a hit's item in the panes (a partner hit becomes the partner filter; the filter
    /// there was is remembered, to be given back when the search is cleared).
    static func jump(to index: Int, _ model: inout DashboardModel, _ state: AccordState) {
        guard let hit = model.search?.hits[index] else { return }
        let filter = SearchState.PartnerFilter(partnerID: model.selectedPartnerID)
        model.search?.current = index
        Navigator.reveal(&model, hit.id, in: state)
        if model.search?.filterBeforeJumps == nil, model.selectedPartnerID != filter.partnerID {
            model.search?.filterBeforeJumps = filter
        }
    }

    /// Ends the search and gives back the partner filter its jumps changed, keeping the
    /// selected agreement, commitment or action when the filter shows it.
    static func clear(_ model: inout DashboardModel, _ state: AccordState) {
        let filter = model.search?.filterBeforeJumps
        model.search = nil
        guard let filter, model.selectedPartnerID != filter.partnerID else { return }
        let focus = model.focus
        let item = focus == .partners ? nil : model.selectedItemID
        Navigator.selectPartner(&model, filter.partnerID, state)
        if let item, let agreementID = state.agreementID(containing: item), model.agreementRows.contains(agreementID) {
            Navigator.reveal(&model, item, in: state)
        }
        model.focus = focus
    }
}
