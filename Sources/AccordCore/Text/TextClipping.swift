/// Fitting text into a number of terminal columns.
public enum TextClipping {
    /// `text` cut to at most `width` columns, ending in `…` when cut.
    public static func clip(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// `text` clipped, then padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int) -> String {
        let clipped = clip(text, to: width)
        return clipped + String(repeating: " ", count: max(0, width - DisplayWidth.of(clipped)))
    }

    /// Lines of at most `width` columns, broken at the last space that fits
    /// (a word longer than a line is cut); spacing inside a line is kept.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = Substring(paragraph)
            while DisplayWidth.of(rest) > width {
                var used = 0
                var index = rest.startIndex
                var lastSpace: String.Index?
                while index < rest.endIndex {
                    let w = DisplayWidth.of(rest[index])
                    if used + w > width { break }
                    if rest[index] == " " { lastSpace = index }
                    used += w
                    index = rest.index(after: index)
                }
                if let lastSpace, lastSpace > rest.startIndex {
                    lines.append(String(rest[..<lastSpace]))
                    rest = rest[rest.index(after: lastSpace)...]
                } else {
                    if index == rest.startIndex { index = rest.index(after: index) }
                    lines.append(String(rest[..<index]))
                    rest = rest[index...]
                }
            }
            lines.append(String(rest))
        }
        return lines
    }
}
