import AccordCore

/// The bottom line, as `StatusBarModel` says.
enum StatusBar {
    static func render(_ status: StatusBarModel, into grid: inout Grid, in rect: Rect) {
        grid.fill(rect, style: CellStyle(.statusBar))
        switch status {
        case .searchLine(let text, let outcome, let role):
            renderSearchLine(text, outcome: outcome, role: role, into: &grid, in: rect)
        case .message(let text, let tail, let isError):
            let role: Role = isError ? .error : .message
            grid.fill(rect, style: CellStyle(role))
            let ending = tail.map { " — \($0)" } ?? ""
            let endingWidth = DisplayWidth.of(ending)
            // The tail (what to do next) whole when there is room for some text beside it.
            let keepsTail = rect.width - 1 - endingWidth >= 16
            let room = rect.width - 1 - (keepsTail ? endingWidth : 0)
            let x = rect.x + 1 + grid.put(fitted(text, width: room), x: rect.x + 1, y: rect.y, maxWidth: room, style: CellStyle(role))
            if keepsTail { grid.put(ending, x: x, y: rect.y, maxWidth: rect.maxX - x, style: CellStyle(role)) }
        case .hit(let position, let kind, let text):
            let keys = Phrases.dashboard.hitKeys.text
            let keysWidth = DisplayWidth.of(keys)
            grid.put(" \(position)  \(kind): \(text)", x: rect.x, y: rect.y, maxWidth: max(0, rect.width - keysWidth),
                     style: CellStyle(.message))
            if rect.width > keysWidth + 12 { grid.put(keys, x: rect.maxX - keysWidth, y: rect.y, style: CellStyle(.statusBar)) }
        case .hints(let hints):
            var x = rect.x + 1
            for hint in hints {
                let parts = hint.text.split(separator: " ", maxSplits: 1).map(String.init)
                guard x + DisplayWidth.of(hint.text) <= rect.maxX else { break }
                x += grid.put(parts[0], x: x, y: rect.y, style: CellStyle(hint.enabled ? .keyHint : .statusBar))
                if parts.count > 1 {
                    x += grid.put(" " + parts[1], x: x, y: rect.y, style: CellStyle(.statusBar))
                }
                x += 2
            }
        }
    }

    /// `text` in `width` columns: a quoted title ('…') is shortened first, keeping its
    /// quotes and what follows it; else the end is cut.
    static func fitted(_ text: String, width: Int) -> String {
        let excess = DisplayWidth.of(text) - width
        guard excess > 0 else { return text }
        // English quotes with ', French with « »: either is shortened.
        guard let open = text.firstIndex(where: { $0 == "'" || $0 == "«" }),
              let close = text.lastIndex(where: { $0 == "'" || $0 == "»" }), open < close else { return text }
        let quoted = String(text[text.index(after: open)..<close])
        let keep = DisplayWidth.of(quoted) - excess
        guard keep >= 8 else { return text }
        return String(text[...open]) + TextClipping.clip(quoted, to: keep) + String(text[close...])
    }

    /// `/ words█   5 hits` — or why the query is wrong, or that nothing matches.
    private static func renderSearchLine(_ text: String, outcome: String, role: Role, into grid: inout Grid, in rect: Rect) {
        grid.fill(rect, style: CellStyle(.searchLine))
        let outcomeText = " \(outcome) "
        let outcomeWidth = DisplayWidth.of(outcomeText)
        let room = max(0, rect.width - outcomeWidth - 1)
        var x = rect.x + grid.put("/", x: rect.x, y: rect.y, maxWidth: room, style: CellStyle(.keyHint))
        // Show the end of a long query: that is where one types.
        var shown = text
        while DisplayWidth.of(shown) > room - 3, !shown.isEmpty { shown.removeFirst() }
        x += grid.put(shown, x: x, y: rect.y, maxWidth: room - 1, style: CellStyle(.searchLine), ellipsis: false)
        grid.put("█", x: x, y: rect.y, maxWidth: 1, style: CellStyle(.searchLine))
        if rect.width > outcomeWidth + 8 {
            grid.put(outcomeText, x: rect.maxX - outcomeWidth, y: rect.y, style: CellStyle(role))
        }
    }
}
