import AccordCore

/// The delete confirmation: what goes, then [ Cancel ] [ Delete ] with the focused button in reverse video.
enum ConfirmView {
    static func render(_ dialog: ConfirmDialog, plain: Bool = false, into grid: inout Grid) {
        let width = min(grid.width - 2, 60)
        let lines = dialog.lines.flatMap { line in
            line.isEmpty ? [""] : TextClipping.wrap(SafeText.escaped(line), to: max(8, width - 4))
        }
        let height = min(lines.count + 4, grid.height - 2)
        guard width >= 20, height >= 5 else { return }
        let rect = Rect(x: (grid.width - width) / 2, y: (grid.height - height) / 2, width: width, height: height)
        grid.fill(rect, style: CellStyle(.overlay))
        PaneFrame.draw(rect, title: dialog.title, focused: true, plain: plain, into: &grid)
        for (i, line) in lines.prefix(height - 4).enumerated() {
            grid.put(line, x: rect.x + 2, y: rect.y + 1 + i, maxWidth: width - 4, style: CellStyle(i == 0 ? .overlayTitle : .overlay))
        }
        let cancel = "[ \(dialog.cancelLabel) ]", confirm = "[ \(dialog.confirmLabel) ]"
        let y = rect.maxY - 2
        var x = rect.maxX - 3 - DisplayWidth.of(cancel) - 2 - DisplayWidth.of(confirm)
        if !dialog.confirmFocused { grid.placeCursor(x: x, y: y) }
        x += grid.put(cancel, x: x, y: y, style: CellStyle(.overlay, reverse: !dialog.confirmFocused)) + 2
        if dialog.confirmFocused { grid.placeCursor(x: x, y: y) }
        grid.put(confirm, x: x, y: y, style: CellStyle(dialog.confirmFocused ? .error : .overlay, reverse: dialog.confirmFocused))
    }
}
