import AccordCore

extension Dashboard {
    /// Keys while the search line is open: text editing, Enter jumps, Esc clears.
    func handleSearchKey(_ key: Key) {
        guard var current = search else { return }
        switch key {
        case .character(let c): current.text.append(c)
        case .backspace: if !current.text.isEmpty { current.text.removeLast() }
        case .control("u"): current.text = ""
        case .control("w"):
            while current.text.last == " " { current.text.removeLast() }
            while let last = current.text.last, last != " " { current.text.removeLast() }
        case .control("c"): shouldQuit = true; return
        case .escape: search = nil; return
        case .enter:
            current.editing = false
            search = current
            if search?.hits.isEmpty == false { jump(to: 0) }
            return
        default: return
        }
        search = current
        runSearch()
    }

    /// Opens the search line (`/`).
    func startSearch() {
        search = SearchState()
        makeSearchIndexReady()
    }

    /// Starts building the search index on another thread, so that the first `/` finds it
    /// ready instead of indexing everything then (about 170 ms at 100,000 actions).
    public func prepareSearchIndex() {
        guard searchIndex == nil, pendingIndex == nil else { return }
        pendingIndex = BackgroundSearchIndex(state)
    }

    /// Sets `searchIndex`: the one being built (waited for, then brought up to date), else a new one.
    func makeSearchIndexReady() {
        guard searchIndex == nil else { return }
        if let pendingIndex {
            var index = pendingIndex.wait()
            index.update(ids: changedWhileIndexing, in: state)
            searchIndex = index
            self.pendingIndex = nil
            changedWhileIndexing = []
        } else {
            searchIndex = SearchIndex(state)
        }
    }

    /// Re-runs the current query against the index (each keystroke, and after a change).
    func runSearch() {
        guard var current = search else { return }
        makeSearchIndexReady()
        do {
            let query = try SearchQuery.parse(current.text)
            current.query = query
            current.problem = nil
            current.hits = searchIndex!.search(query, in: state, today: today).filter { $0.kind != .category }
        } catch {
            current.query = nil
            current.problem = error.description
            current.hits = []
        }
        if let index = current.current, index >= current.hits.count { current.current = current.hits.isEmpty ? nil : 0 }
        search = current
    }

    /// `n` / `N`: the next or previous hit, wrapping around.
    func stepHit(by delta: Int) {
        guard let current = search, !current.hits.isEmpty else {
            message = StatusMessage(search == nil ? "No search: / starts one." : "No match.")
            return
        }
        let count = current.hits.count
        let next = current.current.map { (($0 + delta) % count + count) % count } ?? (delta > 0 ? 0 : count - 1)
        jump(to: next)
    }

    /// Selects a hit's item in the panes (see `reveal`).
    func jump(to index: Int) {
        guard let hit = search?.hits[index] else { return }
        search?.current = index
        reveal(hit.id)
    }

    /// Selects an item in the panes and focuses its pane: a partner; or an agreement (keeping
    /// the partner filter when it shows the agreement, else its first signatory), then its checklist row.
    func reveal(_ id: String) {
        let state = self.state
        if state.partners[id] != nil {
            selectPartner(id)
            focus = .partners
            return
        }
        guard let agreementID = state.agreementID(containing: id), let agreement = state.agreements[agreementID] else { return }
        if !agreementRows.contains(agreementID) { selectPartner(agreement.signatories.first) }
        if !agreementRows.contains(agreementID) { selectPartner(nil) }
        selectRow(agreementRows.firstIndex(of: agreementID), in: .agreements)
        if id == agreementID {
            focus = .agreements
            return
        }
        let row: ChecklistRow = state.commitments[id] != nil ? .commitment(id) : .action(id)
        selectRow(checklistRows.firstIndex(of: row), in: .checklist)
        focus = .checklist
    }

    private func selectPartner(_ id: String?) {
        selectRow(partnerRows.firstIndex(of: id) ?? 0, in: .partners)
    }
}
