import AccordCore

/// A box with a title in its top border and an optional note in its bottom border; `plain`
/// (accessible mode) draws the title and the note without box lines.
enum PaneFrame {
    static func draw(_ rect: Rect, title: String, focused: Bool, footer: String? = nil, plain: Bool = false, into grid: inout Grid) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let border = CellStyle(focused ? .borderFocused : .border)
        if !plain {
            let horizontal = String(repeating: "─", count: rect.width - 2)
            grid.put("┌" + horizontal + "┐", x: rect.x, y: rect.y, maxWidth: rect.width, style: border, ellipsis: false)
            grid.put("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, maxWidth: rect.width, style: border, ellipsis: false)
            for y in rect.y + 1..<rect.maxY - 1 {
                grid.put("│", x: rect.x, y: y, style: border)
                grid.put("│", x: rect.maxX - 1, y: y, style: border)
            }
        }
        if rect.width > 4 {
            grid.put(" \(title) ", x: rect.x + 1, y: rect.y, maxWidth: rect.width - 2,
                     style: CellStyle(focused ? .paneTitleFocused : .paneTitle))
        }
        if let footer, rect.width > DisplayWidth.of(footer) + 4 {
            let w = DisplayWidth.of(footer) + 2
            grid.put(" \(footer) ", x: rect.maxX - 1 - w - 1, y: rect.maxY - 1, style: border)
        }
    }
}
