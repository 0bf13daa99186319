import AccordCore

/// A centred box over the panes with a title, scrollable lines and a footer.
enum OverlayBox {
    /// Draws the box; returns the scroll actually used (clamped to the content).
    @discardableResult
    static func render(_ box: OverlayBoxModel, plain: Bool = false, into grid: inout Grid) -> Int {
        let width = box.width(onScreenWidth: grid.width)
        let wrapped = box.wrappedLines(onScreenWidth: grid.width)
        let height = min(wrapped.count + 2, grid.height - 2)
        guard width >= 8, height >= 3 else { return 0 }
        let rect = Rect(x: (grid.width - width) / 2, y: (grid.height - height) / 2, width: width, height: height)
        grid.fill(rect, style: CellStyle(.overlay))
        let visible = height - 2
        let maxScroll = max(0, wrapped.count - visible)
        let used = min(box.scroll, maxScroll)
        let more = maxScroll > 0 ? " \(used + 1)–\(used + visible)/\(wrapped.count) · \(box.footer)" : box.footer
        PaneFrame.draw(rect, title: box.title, focused: true, footer: more, plain: plain, into: &grid)
        grid.placeCursor(x: rect.x + 2, y: rect.y + 1)
        for (i, line) in wrapped.dropFirst(used).prefix(visible).enumerated() {
            grid.put(line.text, x: rect.x + 2, y: rect.y + 1 + i, maxWidth: width - 4, style: CellStyle(line.role))
        }
        return used
    }
}
