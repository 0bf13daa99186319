import AccordCore

/// Editable text with a cursor: one line for form fields, several for notes.
///
/// Takes typed UTF-8 (accents, CJK, emoji) as whole characters; ← → Home End
/// (Ctrl-A, Ctrl-E) move; Backspace and Delete erase; Ctrl-U erases to the start
/// of the line, Ctrl-K to its end, Ctrl-W the word before the cursor. A
/// multi-line editor also takes Enter (new line) and ↑ ↓.
public struct TextEditor: Hashable, Sendable {
    public let multiline: Bool
    /// The text, line by line (one line unless `multiline`).
    public private(set) var lines: [[Character]]
    /// The cursor: a line, and a character index within it (0…count).
    public private(set) var row = 0
    public private(set) var column = 0

    public init(_ text: String, multiline: Bool = false) {
        self.multiline = multiline
        let split = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        lines = multiline ? split : [Array(split.joined(separator: " "))]
        if lines.isEmpty { lines = [[]] }
        row = lines.count - 1
        column = lines[row].count
    }

    public var text: String { lines.map { String($0) }.joined(separator: "\n") }

    /// True when the cursor is after the last character.
    public var cursorAtEnd: Bool { row == lines.count - 1 && column == lines[row].count }

    /// Applies an editing key; false when the key is not an editing key here (the form handles it).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c): insert(c)
        case .paste(let text): insert(PastedText.cleaned(text, multiline: multiline))
        case .enter:
            guard multiline else { return false }
            let rest = Array(lines[row][column...])
            lines[row].removeSubrange(column...)
            lines.insert(rest, at: row + 1)
            row += 1
            column = 0
        case .backspace:
            if column > 0 {
                lines[row].remove(at: column - 1)
                column -= 1
            } else if row > 0 {
                column = lines[row - 1].count
                lines[row - 1] += lines.remove(at: row)
                row -= 1
            }
        case .delete, .control("d"):
            if column < lines[row].count {
                lines[row].remove(at: column)
            } else if row + 1 < lines.count {
                lines[row] += lines.remove(at: row + 1)
            }
        case .left:
            if column > 0 { column -= 1 } else if row > 0 { row -= 1; column = lines[row].count }
        case .right:
            if column < lines[row].count { column += 1 } else if row + 1 < lines.count { row += 1; column = 0 }
        case .home, .control("a"): column = 0
        case .end, .control("e"): column = lines[row].count
        case .up:
            guard multiline, row > 0 else { return false }
            row -= 1
            column = min(column, lines[row].count)
        case .down:
            guard multiline, row + 1 < lines.count else { return false }
            row += 1
            column = min(column, lines[row].count)
        case .control("u"):
            lines[row].removeSubrange(..<column)
            column = 0
        case .control("k"): lines[row].removeSubrange(column...)
        case .control("w"):
            var start = column
            while start > 0, lines[row][start - 1] == " " { start -= 1 }
            while start > 0, lines[row][start - 1] != " " { start -= 1 }
            lines[row].removeSubrange(start..<column)
            column = start
        default: return false
        }
        return true
    }

    /// Inserts text at the cursor (a completion).
    public mutating func insert(_ text: String) {
        for character in text { insert(character) }
    }

    private mutating func insert(_ character: Character) {
        if character == "\n" || character == "\r" {
            if multiline { _ = handle(.enter) } else { insert(" ") }
            return
        }
        lines[row].insert(character, at: column)
        column += 1
    }

    /// The part of line `index` that fits in `width` columns keeping the cursor in view,
    /// and the cursor's column in it (nil on other lines).
    public func visible(line index: Int, width: Int) -> (text: String, cursorX: Int?) {
        let line = lines[index]
        let widths = line.map { DisplayWidth.of(SafeText.escaped(String($0))) }
        guard index == row else { return (String(line), nil) }
        // Scroll so that the cursor (one cell after the text) stays inside.
        var start = 0
        var used = widths[..<column].reduce(0, +)
        while used >= width, start < column {
            used -= widths[start]
            start += 1
        }
        return (String(line[start...]), used)
    }
}
