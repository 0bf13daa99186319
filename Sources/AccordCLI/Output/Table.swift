import AccordCore

/// A plain-text table with columns aligned by display width. On a terminal it fits the
/// terminal's width by clipping its text column (a title, a name) with `…`; into a pipe or
/// a file, or with `--wide`, nothing is clipped.
struct Table {
    var headers: [String]
    var rows: [[String]] = []
    /// The column that gives up room when the table is too wide (the title or name).
    var flexibleColumn: Int

    init(_ headers: [String], flexibleColumn: Int) {
        self.headers = headers
        self.flexibleColumn = flexibleColumn
    }

    mutating func add(_ cells: [String]) {
        rows.append(cells.map { SafeText.escaped($0) })
    }

    /// The table, at most `width` columns wide (nil: as wide as its cells).
    func render(width: Int? = TerminalWidth.ofStandardOutput) -> String {
        // Each cell's width is measured once (10,000 rows of titles: most of the time here).
        let headerWidths = headers.map { DisplayWidth.of($0) }
        let cellWidths = rows.map { row in row.map { DisplayWidth.of($0) } }
        var widths = headerWidths
        for row in cellWidths {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell) }
        }
        if let width {
            let total = widths.reduce(0, +) + 2 * (widths.count - 1)
            if total > width { widths[flexibleColumn] = max(12, widths[flexibleColumn] - (total - width)) }
        }
        func line(_ cells: [String], _ cellWidths: [Int]) -> String {
            let text = cells.enumerated().map { i, cell in
                // Only a cell wider than its column is clipped (and measured again).
                let fits = cellWidths[i] <= widths[i]
                let clipped = fits ? cell : TextClipping.clip(cell, to: widths[i])
                if i == cells.count - 1 { return clipped }
                return fits ? cell + String(repeating: " ", count: widths[i] - cellWidths[i]) : TextClipping.pad(clipped, to: widths[i])
            }.joined(separator: "  ")
            // Trailing spaces dropped, byte-wise (a space is one byte and never part of another character).
            var end = text.utf8.endIndex
            while end > text.utf8.startIndex, text.utf8[text.utf8.index(before: end)] == UInt8(ascii: " ") {
                end = text.utf8.index(before: end)
            }
            return String(text[..<end])
        }
        return ([line(headers, headerWidths)] + zip(rows, cellWidths).map(line)).joined(separator: "\n")
    }
}
