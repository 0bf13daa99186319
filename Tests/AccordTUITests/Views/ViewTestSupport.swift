@testable import AccordTUI

/// Draws into a fresh grid of `width`×`height` and returns its lines (trailing spaces kept).
func drawn(_ width: Int, _ height: Int, _ draw: (inout Grid) -> Void) -> [String] {
    var grid = Grid(width: width, height: height)
    draw(&grid)
    return grid.lines
}

/// Draws and returns the grid, to look at its styles.
func drawnGrid(_ width: Int, _ height: Int, _ draw: (inout Grid) -> Void) -> Grid {
    var grid = Grid(width: width, height: height)
    draw(&grid)
    return grid
}
