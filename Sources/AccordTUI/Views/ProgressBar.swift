import AccordCore

/// A bar of `width` cells: filled `█` for the done share, `░` for the rest (filled as every
/// bar is, by `Progress.filledCells(of:)`).
enum ProgressBar {
    static func draw(_ progress: Progress, x: Int, y: Int, width: Int, into grid: inout Grid) {
        guard width > 0 else { return }
        let filled = progress.filledCells(of: width)
        grid.put(String(repeating: "█", count: filled), x: x, y: y, maxWidth: width, style: CellStyle(.progressFilled))
        grid.put(String(repeating: "░", count: width - filled), x: x + filled, y: y, maxWidth: width - filled,
                 style: CellStyle(.progressEmpty))
    }
}
