import AccordCore

/// The bottom line, as `StatusBarModel` says.
enum StatusBar {
    static func render(_ status: StatusBarModel, into grid: inout Grid, in rect: Rect) {
        grid.fill(rect, style: CellStyle(.statusBar))
        switch status {
        case .searchLine(let text, let outcome, let role):
            renderSearchLine(text, outcome: outcome, role: role, into: &grid, in: rect)
        case .message(let text, let tail, let isError):
            let role: Role = isError ? .error : .message
            grid.fill(rect, style: CellStyle(role))
            let ending = tail.map { " — \($0)" } ?? ""
            let endingWidth = DisplayWidth.of(ending)
            // The tail (what to do next) whole when there is room for some text beside it.
            let keepsTail = rect.width - 1 - endingWidth >= 16
            let room = rect.width - 1 - (keepsTail ? endingWidth : 0)
            let x = rect.x + 1 + grid.put(fitted(text, width: room), x: rect.x + 1, y: rect.y, maxWidth: room, style: CellStyle(role))
            if keepsTail { grid.put(ending, x: x, y: rect.y, maxWidth: rect.maxX - x, style: CellStyle(role)) }
        case .hit(let position, let kind, let text):
            let keys = Phrases.dashboard.hitKeys.text
            let keysWidth = DisplayWidth.of(keys)
            grid.put(" \(position)  \(kind): \(text)", x: rect.x, y: rect.y, maxWidth: max(0, rect.width - keysWidth),
                     style: CellStyle(.message))
            if rect.width > keysWidth + 12 { grid.put(keys, x: rect.maxX - keysWidth, y: rect.y, style: CellStyle(.statusBar)) }
        case .hints(let hints):
            var x = rect.x + 1
            for hint in hints {
                let parts = hint.text.split(separator: " ", maxSplits: 1).map(String.init)
                guard x + DisplayWidth.of(hint.text) <= rect.maxX else { break }
                x += grid.put(parts[0], x: x, y: rect.y, style: CellStyle(hint.enabled ? .keyHint : .statusBar))
                if parts.count > 1 {
                    x += grid.put(" " + parts[1], x: x, y: rect.y, style: CellStyle(.statusBar))
                }
                x += 2
            }
        }
    }

    /// `text` in `width` columns, keeping what matters: a quoted title ('…', « … ») is
    /// shortened first, keeping its quotes and what follows it; then a long word (a link, a
    /// path) in its middle; then, in a sentence of clauses ("sent 3; received 5; 1 new
    /// conflict", "Added … · 3 keys typed ahead dropped"), the clauses before the last, which
    /// stays whole; else the end is cut.
    static func fitted(_ text: String, width: Int) -> String {
        let excess = DisplayWidth.of(text) - width
        guard excess > 0 else { return text }
        // English quotes with ', French with « »: either is shortened.
        // A French « opens what » closes; an English ' is closed by a ' not inside a word ("d'avance").
        if let open = text.firstIndex(where: { $0 == "'" || $0 == "«" }),
           let close = open == text.firstIndex(of: "«") ? text.lastIndex(of: "»") : closingQuote(in: text, after: open), open < close {
            let quoted = String(text[text.index(after: open)..<close])
            let keep = DisplayWidth.of(quoted) - excess
            if keep >= 8 { return String(text[...open]) + TextClipping.clip(quoted, to: keep) + String(text[close...]) }
        }
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if let longest = words.indices.max(by: { words[$0].count < words[$1].count }), words[longest].count >= 24 {
            let keep = DisplayWidth.of(words[longest]) - excess
            if keep >= 16 {
                var shortened = words
                shortened[longest] = middleCut(words[longest], width: keep)
                return shortened.joined(separator: " ")
            }
        }
        let clauses = [text.range(of: "; ", options: .backwards), text.range(of: " · ", options: .backwards)].compactMap { $0 }
        if let lastClause = clauses.max(by: { $0.lowerBound < $1.lowerBound }) {
            let last = String(text[lastClause.lowerBound...])
            let room = width - DisplayWidth.of(last)
            if room >= 12 { return TextClipping.clip(String(text[..<lastClause.lowerBound]), to: room) + last }
        }
        return text
    }

    /// The last `'` after `open` that ends a word (followed by a space, punctuation or the end).
    private static func closingQuote(in text: String, after open: String.Index) -> String.Index? {
        var index = text.endIndex
        while index > text.index(after: open) {
            index = text.index(before: index)
            guard text[index] == "'" else { continue }
            let next = text.index(after: index)
            if next == text.endIndex || !(text[next].isLetter || text[next].isNumber) { return index }
        }
        return nil
    }

    /// `text` cut in its middle, both ends kept: "https://hub…/innovation-7226".
    static func middleCut(_ text: String, width: Int) -> String {
        guard width >= 3, DisplayWidth.of(text) > width else { return text }
        let head = TextClipping.clip(text, to: (width + 1) / 2)
        var tail = ""
        var used = DisplayWidth.of(head)
        for character in text.reversed() {
            let w = DisplayWidth.of(character)
            if used + w > width { break }
            tail.insert(character, at: tail.startIndex)
            used += w
        }
        return head + tail
    }

    /// `/ words█   5 hits` — or why the query is wrong, or that nothing matches.
    private static func renderSearchLine(_ text: String, outcome: String, role: Role, into grid: inout Grid, in rect: Rect) {
        grid.fill(rect, style: CellStyle(.searchLine))
        let outcomeText = " \(outcome) "
        let outcomeWidth = DisplayWidth.of(outcomeText)
        let room = max(0, rect.width - outcomeWidth - 1)
        var x = rect.x + grid.put("/", x: rect.x, y: rect.y, maxWidth: room, style: CellStyle(.keyHint))
        // Show the end of a long query: that is where one types.
        var shown = text
        while DisplayWidth.of(shown) > room - 3, !shown.isEmpty { shown.removeFirst() }
        x += grid.put(shown, x: x, y: rect.y, maxWidth: room - 1, style: CellStyle(.searchLine), ellipsis: false)
        grid.placeCursor(x: x, y: rect.y)
        grid.put("█", x: x, y: rect.y, maxWidth: 1, style: CellStyle(.searchLine))
        if rect.width > outcomeWidth + 8 {
            grid.put(outcomeText, x: rect.maxX - outcomeWidth, y: rect.y, style: CellStyle(role))
        }
    }
}
