import AccordCore

/// The in-memory screen views draw into; a backend flushes it to a terminal.
///
/// Text is always written through `put`, which escapes control characters
/// (data is untrusted), clips by display width and gives wide characters two
/// cells. Writes outside the grid are dropped, so views can draw at any size.
public struct Grid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor goes once the frame is shown (the last view to say wins:
    /// a form over the panes puts it in its field); nil leaves it at the top left.
    public private(set) var cursor: CursorPosition?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Puts the terminal's cursor at (x, y) once the frame is shown (ignored outside the grid).
    public mutating func placeCursor(x: Int, y: Int) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        cursor = CursorPosition(x: x, y: y)
    }

    /// Fills a rectangle with spaces in `style`.
    public mutating func fill(_ rect: Rect, style: CellStyle) {
        let clipped = intersect(rect)
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX { self[x, y] = Cell(" ", style: style) }
        }
    }

    /// Writes `text` at (x, y), within `maxWidth` columns (to the grid's edge
    /// when nil), clipped with `…` when `ellipsis`. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil,
                             style: CellStyle, ellipsis: Bool = true) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth ?? (width - x), width - x)
        guard limit > 0 else { return 0 }
        // Escape and measure only what can show: a 1 MB title costs what a line does.
        let safe = SafeText.escaped(Grid.visiblePart(of: text, columns: limit))
        let fitted = ellipsis ? TextClipping.clip(safe, to: limit) : safe
        var column = x
        for character in fitted {
            let w = DisplayWidth.of(character)
            if w == 0 {
                // A lone combining mark or zero-width character: attach to the previous cell.
                if column > x, column - 1 >= 0, column - 1 < width { self[column - 1, y].text.append(character) }
                continue
            }
            if column + w > x + limit { break }
            if column >= 0 {
                clearWide(at: column, y: y)
                self[column, y] = Cell(String(character), style: style)
                if w == 2 {
                    clearWide(at: column + 1, y: y)
                    self[column + 1, y] = Cell("", style: style)
                }
            }
            column += w
        }
        return column - x
    }

    /// The start of `text` that can fill `columns` cells (every character takes at least
    /// one cell once escaped, but for combining and joining marks, hence the margin).
    static func visiblePart(of text: String, columns: Int) -> String {
        let most = columns * 2 + 8
        return text.utf8.count <= most ? text : String(text.prefix(most))
    }

    /// Writes `text` padded with spaces to exactly `width` columns, marking search matches when given `terms`.
    public mutating func putPadded(_ text: String, x: Int, y: Int, width: Int, style: CellStyle, highlighting terms: [String] = []) {
        let used = put(text, x: x, y: y, maxWidth: width, style: style, highlighting: terms)
        if used < width { fill(Rect(x: x + used, y: y, width: width - used, height: 1), style: style) }
    }

    /// Overwriting half of a wide character blanks its other half.
    private mutating func clearWide(at x: Int, y: Int) {
        guard x >= 0, x < width else { return }
        if self[x, y].isContinuation, x > 0 { self[x - 1, y].text = " " }
        if DisplayWidth.of(self[x, y].text) == 2, x + 1 < width { self[x + 1, y].text = " " }
    }

    private func intersect(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        let x1 = min(width, rect.maxX), y1 = min(height, rect.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}
