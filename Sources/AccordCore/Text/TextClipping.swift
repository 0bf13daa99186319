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

    /// Words wrapped into lines of at most `width` columns (a long word is cut).
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                let candidate = line.isEmpty ? String(word) : line + " " + word
                if DisplayWidth.of(candidate) <= width {
                    line = candidate
                } else {
                    if !line.isEmpty { lines.append(line) }
                    line = clip(String(word), to: width)
                }
            }
            lines.append(line)
        }
        return lines
    }
}
