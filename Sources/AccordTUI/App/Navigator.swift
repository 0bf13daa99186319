import AccordCore

/// Selection in the panes: moving, selecting, refreshing the rows after a change, and
/// revealing an item. Pure functions of the model.
enum Navigator {
    /// Moves the focused pane's selection by `delta` rows (clamped), past rows that cannot be selected.
    static func move(_ model: inout DashboardModel, by delta: Int, in state: AccordState) {
        let count = model.rowCount(model.focus)
        guard count > 0 else { return }
        let target = min(max(0, model.paneState(model.focus).selection + delta), count - 1)
        move(&model, to: target, direction: delta >= 0 ? 1 : -1, in: state)
    }

    /// Selects `row` of the focused pane, stepping in `direction` past category headings.
    static func move(_ model: inout DashboardModel, to row: Int, direction: Int, in state: AccordState) {
        let count = model.rowCount(model.focus)
        guard count > 0 else { return }
        var target = min(max(0, row), count - 1)
        if model.focus == .checklist {
            while !model.checklistRows[target].isSelectable {
                let next = target + direction
                if next < 0 || next >= count {
                    target = model.paneState(.checklist).selection
                    break
                }
                target = next
            }
        }
        select(&model, row: target, in: model.focus, state)
    }

    /// Selects `row` of `pane`; a new partner or agreement refreshes the panes to its right.
    static func select(_ model: inout DashboardModel, row: Int, in pane: PaneID, _ state: AccordState) {
        guard row < model.rowCount(pane) else { return }
        let before = model.paneState(pane).selection
        model.panes[pane]!.selection = row
        model.panes[pane]!.clamp(count: model.rowCount(pane), visibleRows: model.layout.visibleRows(pane))
        guard before != row else { return }
        if pane == .partners {
            // Another partner's agreements start from the top.
            model.panes[.agreements] = PaneState()
            model.agreementRows = []
            refreshRows(&model, from: .agreements, in: state)
            selectFirstChecklistItem(&model)
        } else if pane == .agreements {
            refreshRows(&model, from: .checklist, in: state)
            selectFirstChecklistItem(&model)
        }
    }

    static func selectFirstChecklistItem(_ model: inout DashboardModel) {
        model.panes[.checklist] = PaneState(selection: model.checklistRows.firstIndex { $0.isSelectable } ?? 0)
    }

    /// Recomputes the rows of `pane` and the panes to its right. Each pane keeps its selected
    /// item when it is still there (by id), else the row where it was.
    static func refreshRows(_ model: inout DashboardModel, from pane: PaneID = .partners, in state: AccordState) {
        if pane == .partners {
            let selected = model.selectedPartnerID
            model.partnerRows = [nil] + state.sortedPartners.map(\.id)
            keep(&model, .partners, at: selected.flatMap { model.partnerRows.firstIndex(of: $0) })
        }
        if pane != .checklist {
            let selected = model.selectedAgreementID
            model.agreementRows = state.sortedAgreements(partner: model.selectedPartnerID).map(\.id)
            keep(&model, .agreements, at: selected.flatMap { model.agreementRows.firstIndex(of: $0) })
        }
        let selected = model.selectedChecklistRow
        model.checklistRows = ChecklistRow.rows(for: model.selectedAgreementID, in: state)
        model.fitLayout()
        keep(&model, .checklist, at: selected.flatMap { model.checklistRows.firstIndex(of: $0) } ?? nearestSelectable(model))
    }

    /// When the selected checklist row is gone (deleted here or elsewhere): the row now in its
    /// place, or the nearest one before it, or after it, that is not a heading.
    private static func nearestSelectable(_ model: DashboardModel) -> Int? {
        let rows = model.checklistRows
        guard !rows.isEmpty else { return nil }
        let place = min(model.paneState(.checklist).selection, rows.count - 1)
        if rows[place].isSelectable { return place }
        return (0..<place).reversed().first { rows[$0].isSelectable } ?? (place..<rows.count).first { rows[$0].isSelectable }
    }

    private static func keep(_ model: inout DashboardModel, _ pane: PaneID, at index: Int?) {
        if let index { model.panes[pane]!.selection = index }
        clamp(&model, pane)
    }

    static func clamp(_ model: inout DashboardModel, _ pane: PaneID) {
        model.panes[pane]!.clamp(count: model.rowCount(pane), visibleRows: model.layout.visibleRows(pane))
    }

    /// Selects an item in the panes and focuses its pane: a partner; or an agreement (keeping
    /// the partner filter when it shows the agreement, else showing all partners' — never
    /// setting a filter the person did not choose), then its checklist row.
    static func reveal(_ model: inout DashboardModel, _ id: String, in state: AccordState) {
        if state.partners[id] != nil {
            selectPartner(&model, id, state)
            model.focus = .partners
            return
        }
        guard let agreementID = state.agreementID(containing: id), state.agreements[agreementID] != nil else { return }
        if !model.agreementRows.contains(agreementID) { selectPartner(&model, nil, state) }
        if let row = model.agreementRows.firstIndex(of: agreementID) { select(&model, row: row, in: .agreements, state) }
        if id == agreementID {
            model.focus = .agreements
            return
        }
        let row: ChecklistRow = state.commitments[id] != nil ? .commitment(id) : .action(id)
        if let index = model.checklistRows.firstIndex(of: row) { select(&model, row: index, in: .checklist, state) }
        model.focus = .checklist
    }

    /// Whether a click at `event` lands on the `[ ]` of an action row of the Checklist.
    static func isOnCheckbox(_ event: MouseEvent, in model: DashboardModel) -> Bool {
        let rect = model.layout.pane(.checklist)
        guard event.kind == .press, rect.contains(x: event.x, y: event.y),
              !model.layout.accessible || model.focus == .checklist else { return false }
        let row = model.paneState(.checklist).scroll + event.y - rect.y - 1
        guard event.y > rect.y, event.y < rect.maxY - 1, model.checklistRows.indices.contains(row),
              case .action = model.checklistRows[row] else { return false }
        // The box is drawn at inner x + 2 … + 4.
        return (rect.x + 3...rect.x + 5).contains(event.x)
    }

    /// Selects the partner `id` ("All partners" for nil, or when it is not listed).
    static func selectPartner(_ model: inout DashboardModel, _ id: String?, _ state: AccordState) {
        select(&model, row: model.partnerRows.firstIndex(of: id) ?? 0, in: .partners, state)
    }

    /// A click selects and focuses; the wheel moves the selection of the pane under it and
    /// leaves the focus where it is.
    static func mouse(_ model: inout DashboardModel, _ event: MouseEvent, in state: AccordState) {
        guard let pane = model.layout.pane(atX: event.x, y: event.y, focused: model.focus) else { return }
        switch event.kind {
        case .wheelUp, .wheelDown:
            let focus = model.focus
            model.focus = pane
            move(&model, by: event.kind == .wheelUp ? -3 : 3, in: state)
            model.focus = focus
        case .press:
            model.focus = pane
            let rect = model.layout.pane(pane)
            let line = event.y - rect.y - 1
            guard line >= 0, line < rect.height - 2 else { return }
            let row = model.paneState(pane).scroll + line / model.layout.rowHeight(pane)
            guard row < model.rowCount(pane) else { return }
            if pane == .checklist, !model.checklistRows[row].isSelectable { return }
            select(&model, row: row, in: pane, state)
        }
    }
}
