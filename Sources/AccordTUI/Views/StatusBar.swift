import AccordCore

/// The bottom line: the latest message, else the key hints from the binding table.
enum StatusBar {
    static func render(_ dashboard: Dashboard, into grid: inout Grid, in rect: Rect) {
        grid.fill(rect, style: CellStyle(.statusBar))
        if let message = dashboard.message {
            let role: Role = message.isError ? .error : .message
            grid.fill(rect, style: CellStyle(role))
            grid.put(" " + message.text, x: rect.x, y: rect.y, maxWidth: rect.width, style: CellStyle(role))
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
}
