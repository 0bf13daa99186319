import AccordCore

/// The top line: totals on the left, the data's state and today on the right.
enum HeaderBar {
    static func render(_ header: HeaderModel, into grid: inout Grid, in rect: Rect) {
        let style = CellStyle(.header)
        grid.fill(rect, style: style)
        let rightWidth = DisplayWidth.of(header.right)
        grid.put(header.left, x: rect.x, y: rect.y, maxWidth: max(0, rect.width - rightWidth - 1), style: style)
        if rect.width > rightWidth + 10 {
            grid.put(header.right, x: rect.maxX - rightWidth, y: rect.y, style: CellStyle(header.rightIsWarning ? .error : .header))
        }
    }
}
