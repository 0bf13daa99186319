import AccordCore

/// A bar of `width` cells: filled `█` for the done share, `░` for the rest (filled as every
/// bar is, by `Progress.filledCells(of:)`). On a selected row, in reverse video like the rest
/// of the row, the glyphs are swapped so that the done share still reads solid and the rest light.
enum ProgressBar {
    static func draw(_ progress: Progress, x: Int, y: Int, width: Int, reverse: Bool = false, into grid: inout Grid) {
        guard width > 0 else { return }
        let filled = progress.filledCells(of: width)
        grid.put(String(repeating: reverse ? " " : "█", count: filled), x: x, y: y, maxWidth: width,
                 style: CellStyle(.progressFilled, reverse: reverse), ellipsis: false)
        grid.put(String(repeating: reverse ? "▓" : "░", count: width - filled), x: x + filled, y: y, maxWidth: width - filled,
                 style: CellStyle(.progressEmpty, reverse: reverse), ellipsis: false)
    }
}
