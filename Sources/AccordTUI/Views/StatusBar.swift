import AccordCore

/// The bottom line: the latest message, else the key hints from the binding table.
enum StatusBar {
    static func render(_ dashboard: Dashboard, into grid: inout Grid, in rect: Rect) {
        grid.fill(rect, style: CellStyle(.statusBar))
        if let search = dashboard.search, search.editing {
            renderSearchLine(search, into: &grid, in: rect)
            return
        }
        if let form = dashboard.form {
            let save = form.focusedField.valueKind == .multiline ? "Enter new line · Ctrl-S save" : "Enter save"
            grid.put(" Tab/↓ next field · Shift-Tab/↑ previous · \(save) · Esc cancel", x: rect.x, y: rect.y,
                     maxWidth: rect.width, style: CellStyle(.statusBar))
            return
        }
        if dashboard.confirm != nil {
            grid.put(" ← → choose · Enter presses the highlighted button · Esc cancels", x: rect.x, y: rect.y,
                     maxWidth: rect.width, style: CellStyle(.statusBar))
            return
        }
        if let message = dashboard.message {
            let role: Role = message.isError ? .error : .message
            grid.fill(rect, style: CellStyle(role))
            grid.put(" " + message.text, x: rect.x, y: rect.y, maxWidth: rect.width, style: CellStyle(role))
            return
        }
        if let search = dashboard.search, let current = search.current, !search.hits.isEmpty {
            let hit = search.hits[current]
            let hitText = SearchIndex.text(of: hit, in: dashboard.state, terms: search.highlightTerms)
            let text = " \(current + 1)/\(search.hits.count)  \(hit.kind.rawValue): \(hitText)"
            let keys = "  n next · p previous · Esc clears "
            let keysWidth = DisplayWidth.of(keys)
            grid.put(text, x: rect.x, y: rect.y, maxWidth: max(0, rect.width - keysWidth), style: CellStyle(.message))
            if rect.width > keysWidth + 12 { grid.put(keys, x: rect.maxX - keysWidth, y: rect.y, style: CellStyle(.statusBar)) }
            return
        }
        var x = rect.x + 1
        for hint in dashboard.keyMap.hints {
            let parts = hint.split(separator: " ", maxSplits: 1).map(String.init)
            guard x + DisplayWidth.of(hint) <= rect.maxX else { break }
            x += grid.put(parts[0], x: x, y: rect.y, style: CellStyle(.keyHint))
            if parts.count > 1 { x += grid.put(" " + parts[1], x: x, y: rect.y, style: CellStyle(.statusBar)) }
            x += 2
        }
    }

    /// `/ words█   5 hits` — or why the query is wrong, or that nothing matches.
    private static func renderSearchLine(_ search: SearchState, into grid: inout Grid, in rect: Rect) {
        grid.fill(rect, style: CellStyle(.searchLine))
        let outcome: (String, Role)
        if let problem = search.problem {
            outcome = (problem, .error)
        } else if search.text.allSatisfy(\.isWhitespace) {
            outcome = ("type to search · Enter jumps · Esc cancels", .dim)
        } else if search.hits.isEmpty {
            outcome = ("no match", .error)
        } else {
            outcome = ("\(search.hits.count) hit\(search.hits.count == 1 ? "" : "s") · Enter jumps", .message)
        }
        let outcomeText = " \(outcome.0) "
        let outcomeWidth = DisplayWidth.of(outcomeText)
        let room = max(0, rect.width - outcomeWidth - 1)
        var x = rect.x + grid.put("/", x: rect.x, y: rect.y, maxWidth: room, style: CellStyle(.keyHint))
        // Show the end of a long query: that is where one types.
        var text = search.text
        while DisplayWidth.of(text) > room - 3, !text.isEmpty { text.removeFirst() }
        x += grid.put(text, x: x, y: rect.y, maxWidth: room - 1, style: CellStyle(.searchLine), ellipsis: false)
        grid.put("█", x: x, y: rect.y, maxWidth: 1, style: CellStyle(.searchLine))
        if rect.width > outcomeWidth + 8 {
            grid.put(outcomeText, x: rect.maxX - outcomeWidth, y: rect.y, style: CellStyle(outcome.1))
        }
    }
}
