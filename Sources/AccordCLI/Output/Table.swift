import AccordCore

/// A plain-text table with columns aligned by display width.
struct Table {
    var headers: [String]
    var rows: [[String]] = []
    /// Largest width of each column; longer cells are clipped with `…`.
    var maxWidths: [Int?]

    init(_ headers: [String], maxWidths: [Int?] = []) {
        self.headers = headers
        self.maxWidths = maxWidths
    }

    mutating func add(_ cells: [String]) {
        rows.append(cells.map { SafeText.escaped($0) })
    }

    func render() -> String {
        var widths = headers.map { DisplayWidth.of($0) }
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count {
                let limit = i < maxWidths.count ? maxWidths[i] ?? .max : .max
                widths[i] = max(widths[i], min(DisplayWidth.of(cell), limit))
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                i == cells.count - 1 ? TextClipping.clip(cell, to: widths[i]) : TextClipping.pad(cell, to: widths[i])
            }.joined(separator: "  ")
        }
        return ([line(headers)] + rows.map(line)).joined(separator: "\n")
    }
}
