/// Fitting text into a number of terminal columns.
public enum TextClipping {
    /// `text` cut to at most `width` columns, ending in `…` when cut.
    ///
    /// One pass that stops at the edge: a megabyte of text costs what a line does.
    public static func clip(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        // Most texts fit: one pass over them (a byte a column when ASCII), not one per character.
        if DisplayWidth.of(text) <= width { return text }
        var used = 0
        var fitsBeforeEllipsis = text.startIndex   // the end of what fits in width - 1 columns
        var index = text.startIndex
        while index < text.endIndex {
            let w = DisplayWidth.of(text[index])
            if used + w > width {
                return String(text[..<fitsBeforeEllipsis]) + "…"
            }
            used += w
            index = text.index(after: index)
            if used <= width - 1 { fitsBeforeEllipsis = index }
        }
        return text
    }

    /// `text` clipped, then padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int) -> String {
        let columns = DisplayWidth.of(text)
        if columns <= width { return text + String(repeating: " ", count: width - columns) }
        let clipped = clip(text, to: width)
        return clipped + String(repeating: " ", count: max(0, width - DisplayWidth.of(clipped)))
    }

    /// Lines of at most `width` columns, broken at the last space that fits
    /// (a word longer than a line is cut); spacing inside a line is kept.
    /// Linear in the length of the text.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var start = paragraph.startIndex
            var index = start
            var used = 0
            var lastSpace: String.Index?
            while index < paragraph.endIndex {
                let character = paragraph[index]
                let w = DisplayWidth.of(character)
                if used + w > width, index > start {
                    if let space = lastSpace, space > start {
                        lines.append(String(paragraph[start..<space]))
                        start = paragraph.index(after: space)
                    } else {
                        lines.append(String(paragraph[start..<index]))
                        start = index
                    }
                    lastSpace = nil
                    used = DisplayWidth.of(paragraph[start..<index])
                    continue
                }
                if character == " " { lastSpace = index }
                used += w
                index = paragraph.index(after: index)
            }
            lines.append(String(paragraph[start...]))
        }
        return lines
    }
}

extension TextClipping {
    /// Text quoted back in an error message, cut to `limit` characters ("…, 1048576 characters in all"):
    /// a message must stay readable when the bad value is a megabyte.
    public static func forMessage(_ text: String, limit: Int = 200) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "… (\(text.count) characters in all)"
    }
}
