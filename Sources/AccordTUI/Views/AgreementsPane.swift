import AccordCore

/// Pane 2: each agreement on its rows — marks and title; progress, note, signed date and
/// signatories. Two lines below 120 columns; three from 120 (the title over two lines when
/// long, the signatories in full); one line in accessible mode, in words.
enum AgreementsPane {
    static func render(_ pane: PaneModel<AgreementRow>, into grid: inout Grid, in rect: Rect) {
        PaneFrame.draw(rect, title: pane.title, focused: pane.focused, footer: pane.footer, plain: pane.plain, into: &grid)
        let inner = rect.inset(1)
        guard !inner.isEmpty else { return }
        if pane.rows.isEmpty {
            // Wrapped: what to do is read whole, not cut at the pane's edge.
            for (i, line) in TextClipping.wrap(pane.emptyText, to: max(8, inner.width - 1)).prefix(inner.height).enumerated() {
                grid.put(" " + line.drop { $0 == " " }, x: inner.x, y: inner.y + i, maxWidth: inner.width, style: CellStyle(.dim))
            }
            return
        }
        let height = max(1, pane.rowHeight)
        for (slot, row) in pane.rows.prefix(inner.height / height).enumerated() {
            let y = inner.y + slot * height
            let reverse = row.selected && pane.focused
            // The whole row in reverse video when selected: every line, every cell.
            grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: height), style: CellStyle(.normal, reverse: reverse))
            let marker = row.selected && !pane.focused
            let mark: (String, Role)
            switch row.note {
            case .late?: mark = ("!", .overdue)
            case .endsIn?: mark = ("◷", .expiringSoon)
            default: mark = (" ", .normal)
            }
            grid.put(marker ? "›" : mark.0, x: inner.x, y: y, style: CellStyle(marker ? .borderFocused : mark.1, reverse: reverse))
            if row.selected && pane.focused { grid.placeCursor(x: inner.x + 2, y: y) }
            let titleStyle = CellStyle(row.expired ? .dim : .commitment, reverse: reverse)
            let width = inner.width - 2
            switch height {
            case 1:
                // Accessible: one line, in words ("3 of 11 done, !1 late").
                var words = [Phrases.dashboard.doneOfTotalInWords(["done": row.progress.done, "total": row.progress.total])]
                if let note = row.note { words.append(note.text) }
                words.append(row.partners)
                let standing = " — " + words.joined(separator: ", ")
                // The title leaves room for how the agreement stands (never under 16 columns).
                let titleRoom = max(16, width - DisplayWidth.of(standing))
                var x = inner.x + 2
                x += grid.put(row.title, x: x, y: y, maxWidth: titleRoom, style: titleStyle, highlighting: pane.terms)
                grid.put(standing, x: x, y: y, maxWidth: inner.maxX - x, style: CellStyle(.normal, reverse: reverse))
            case 2:
                grid.put(row.title, x: inner.x + 2, y: y, maxWidth: width, style: titleStyle, highlighting: pane.terms)
                standing(row, partners: row.partners, x: inner.x + 2, y: y + 1, maxX: inner.maxX, reverse: reverse, into: &grid)
            default:
                // The title whole over two lines when it needs them; else the signatories in full below it.
                let lines = titleLines(row.title, width: max(8, width))
                grid.put(lines[0], x: inner.x + 2, y: y, maxWidth: width, style: titleStyle, highlighting: pane.terms)
                if lines.count > 1 {
                    let rest = lines.dropFirst().joined(separator: " ")
                    grid.put(rest, x: inner.x + 2, y: y + 1, maxWidth: width, style: titleStyle, highlighting: pane.terms)
                    standing(row, partners: row.partners, x: inner.x + 2, y: y + 2, maxX: inner.maxX, reverse: reverse, into: &grid)
                } else {
                    grid.put(row.partnersInFull, x: inner.x + 2, y: y + 1, maxWidth: width, style: CellStyle(.dim, reverse: reverse))
                    standing(row, partners: "", x: inner.x + 2, y: y + 2, maxX: inner.maxX, reverse: reverse, into: &grid)
                }
            }
        }
    }

    /// The title in at most two lines: broken at a space, or inside a word too long to leave
    /// the first line at least half full.
    private static func titleLines(_ title: String, width: Int) -> [String] {
        let escaped = SafeText.escaped(Grid.visiblePart(of: title, columns: width * 2))
        let wrapped = TextClipping.wrap(escaped, to: width)
        guard wrapped.count > 1, DisplayWidth.of(wrapped[0]) < width / 2 else { return wrapped }
        var used = 0
        var end = escaped.startIndex
        while end < escaped.endIndex, used + DisplayWidth.of(escaped[end]) <= width {
            used += DisplayWidth.of(escaped[end])
            end = escaped.index(after: end)
        }
        return [String(escaped[..<end]), String(escaped[end...])]
    }

    /// The progress line: bar, done/total, note, signed date (whole or not at all), signatories.
    private static func standing(_ row: AgreementRow, partners: String, x start: Int, y: Int, maxX: Int, reverse: Bool,
                                 into grid: inout Grid) {
        var x = start
        let barWidth = min(10, max(0, maxX - start - 10))
        if barWidth >= 3 {
            ProgressBar.draw(row.progress, x: x, y: y, width: barWidth, reverse: reverse, into: &grid)
            x += barWidth + 1
        }
        x += grid.put("\(row.progress.done)/\(row.progress.total)", x: x, y: y, maxWidth: maxX - x, style: CellStyle(.normal, reverse: reverse))
        if let note = row.note {
            x += grid.put("  " + note.text, x: x, y: y, maxWidth: maxX - x, style: CellStyle(Role(note: note), reverse: reverse))
        }
        if let signed = row.signed {
            let date = "  " + LocalFormat.date(signed)
            if x + DisplayWidth.of(date) <= maxX {
                x += grid.put(date, x: x, y: y, maxWidth: maxX - x, style: CellStyle(.dim, reverse: reverse))
            }
        }
        if !partners.isEmpty {
            grid.put("  " + partners, x: x, y: y, maxWidth: maxX - x, style: CellStyle(.dim, reverse: reverse))
        }
    }
}
