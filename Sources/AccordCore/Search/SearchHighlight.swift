/// Where a query's words appear in a text, for highlighting.
public enum SearchHighlight {
    /// The ranges of `text` matching `terms` (folded): the matched start of
    /// each word, so "incub" marks "incub" in "Incubateur".
    public static func ranges(in text: String, terms: [String]) -> [Range<String.Index>] {
        guard !terms.isEmpty else { return [] }
        var result: [Range<String.Index>] = []
        for token in Tokenizer.tokenRanges(in: text) {
            guard let term = terms.filter({ token.folded.hasPrefix($0) }).max(by: { $0.count < $1.count }) else { continue }
            // Walk the original characters until their folded form covers the term.
            var covered = 0
            var end = token.range.lowerBound
            let needed = term.unicodeScalars.count
            while end < token.range.upperBound, covered < needed {
                covered += TextFolding.fold(String(text[end])).unicodeScalars.count
                end = text.index(after: end)
            }
            result.append(token.range.lowerBound..<end)
        }
        return result
    }

    /// `text` with each match wrapped in `open` and `close` (for plain-text output).
    public static func marked(_ text: String, terms: [String], open: String = "«", close: String = "»") -> String {
        var out = ""
        var cursor = text.startIndex
        for range in ranges(in: text, terms: terms) {
            out += text[cursor..<range.lowerBound] + open + text[range] + close
            cursor = range.upperBound
        }
        return out + text[cursor...]
    }
}
