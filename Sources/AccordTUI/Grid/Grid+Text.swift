/// Reading the grid back as text, for tests and golden files.
extension Grid {
    /// Each row as text, trailing spaces kept (a wide character's second cell adds nothing).
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width { line += self[x, y].text }
            return line
        }
    }

    /// The whole screen, one row a line, trailing spaces removed.
    public var text: String {
        lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    /// Runs of one style on a row: `0-9 paneTitleFocused`, `10-79 normal`.
    public func styleRuns(row y: Int) -> [String] {
        var runs: [String] = []
        var start = 0
        for x in 1...width where x == width || self[x, y].style != self[start, y].style {
            let style = self[start, y].style
            runs.append("\(start)-\(x - 1) \(style.role.rawValue)\(style.reverse ? "+reverse" : "")")
            start = x
        }
        return runs
    }
}
