import AccordCore

/// The area under the panes: the focused pane's selected item, in short.
enum DetailPanel {
    static func render(_ lines: [ItemDetails.Line], terms: [String], plain: Bool = false, into grid: inout Grid, in rect: Rect) {
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        let wrapped = inner.isEmpty ? [] : ItemDetails.wrapped(lines, width: inner.width, limit: inner.width * inner.height * 2)
        // "Enter: more" only when something is cut off.
        PaneFrame.draw(rect, title: Phrases.dashboard.details.text, focused: false,
                       footer: wrapped.count > inner.height ? Phrases.dashboard.enterMore.text : nil, plain: plain, into: &grid)
        guard !inner.isEmpty else { return }
        for (i, line) in wrapped.prefix(inner.height).enumerated() {
            grid.put(line.text, x: inner.x, y: inner.y + i, maxWidth: inner.width, style: CellStyle(line.role), highlighting: terms)
        }
    }
}
