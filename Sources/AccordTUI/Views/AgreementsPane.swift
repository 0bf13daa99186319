import AccordCore

/// Pane 2: each agreement on two lines — marks and title; progress, signed date, partners.
enum AgreementsPane {
    static func render(_ dashboard: Dashboard, into grid: inout Grid, in rect: Rect) {
        let focused = dashboard.focus == .agreements
        let pane = dashboard.paneState(.agreements)
        let rows = dashboard.agreementRows
        PaneFrame.draw(rect, title: "2 Agreements", focused: focused,
                       footer: rows.isEmpty ? nil : "\(pane.selection + 1)/\(rows.count)", into: &grid)
        let inner = rect.inset(1)
        guard !inner.isEmpty else { return }
        if rows.isEmpty {
            grid.put(" No agreement", x: inner.x, y: inner.y, maxWidth: inner.width, style: CellStyle(.dim))
            return
        }
        let state = dashboard.state
        let today = dashboard.today
        let terms = dashboard.search?.highlightTerms ?? []
        for slot in 0..<(inner.height / 2) {
            let index = pane.scroll + slot
            guard index < rows.count, let agreement = state.agreements[rows[index]] else { break }
            let y = inner.y + slot * 2
            let selected = index == pane.selection
            let reverse = selected && focused
            let standing = AgreementStanding(agreement, state: state, today: today)

            grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 2), style: CellStyle(.normal, reverse: reverse))
            let mark = standing.overdueCount > 0 ? ("!", Role.overdue) : standing.expiringSoon ? ("◷", Role.expiringSoon) : (" ", Role.normal)
            grid.put(selected && !focused ? "›" : mark.0, x: inner.x, y: y,
                     style: CellStyle(selected && !focused ? .borderFocused : mark.1, reverse: reverse))
            grid.put(agreement.title, x: inner.x + 2, y: y, maxWidth: inner.width - 2,
                     style: CellStyle(standing.expired ? .dim : .commitment, reverse: reverse), highlighting: terms)

            var x = inner.x + 2
            let barWidth = min(10, max(0, inner.width - 12))
            if barWidth >= 3 {
                ProgressBar.draw(standing.progress, x: x, y: y + 1, width: barWidth, into: &grid)
                x += barWidth + 1
            }
            x += grid.put("\(standing.progress.done)/\(standing.progress.total)", x: x, y: y + 1,
                          maxWidth: inner.maxX - x, style: CellStyle(.normal, reverse: reverse))
            if let note = standing.listNote {
                x += grid.put("  " + note.text, x: x, y: y + 1, maxWidth: inner.maxX - x, style: CellStyle(note.role, reverse: reverse))
            }
            let partners = agreement.signatories.map { state.partners[$0]?.displayName ?? $0 }.joined(separator: " · ")
            let signed = agreement.signed.map { "  \($0)" } ?? ""
            grid.put(signed + "  " + partners, x: x, y: y + 1, maxWidth: inner.maxX - x, style: CellStyle(.dim, reverse: reverse))
        }
    }
}
