import AccordCore

extension Grid {
    /// Writes `text` like `put`, then marks the parts matching `terms` (folded
    /// search words) with the `searchMatch` role, keeping reverse video.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: CellStyle,
                             highlighting terms: [String]) -> Int {
        let used = put(text, x: x, y: y, maxWidth: maxWidth, style: style)
        guard !terms.isEmpty, used > 0 else { return used }
        let columns = min(maxWidth ?? (width - x), width - x)
        let shown = TextClipping.clip(SafeText.escaped(Grid.visiblePart(of: text, columns: columns)), to: columns)
        let ranges = SearchHighlight.ranges(in: shown, terms: terms)
        guard !ranges.isEmpty else { return used }
        var column = x
        var index = shown.startIndex
        while index < shown.endIndex, column < x + used {
            let w = DisplayWidth.of(shown[index])
            if ranges.contains(where: { $0.contains(index) }) {
                for c in column..<min(column + w, width) where c >= 0 {
                    self[c, y].style = CellStyle(.searchMatch, reverse: style.reverse)
                }
            }
            column += w
            index = shown.index(after: index)
        }
        return used
    }
}
