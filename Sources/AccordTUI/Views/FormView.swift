import AccordCore

/// The add / edit / note form: a centred box with a label and an input per field,
/// the refusal under the field at fault, the focused field's hint, and the keys.
enum FormView {
    /// One screen row of the form.
    private enum Row {
        case field(ItemField, line: Int)
        case error(String)
    }

    static func render(_ model: FormViewModel, into grid: inout Grid) {
        let form = model.form
        let isNote = form.fields.count == 1 && form.fields[0].valueKind == .multiline
        let width = min(grid.width - 2, 80)
        let labelWidth = isNote ? 0 : (form.fields.map { DisplayWidth.of($0.label) }.max() ?? 8) + 4
        let inputWidth = max(4, width - 4 - labelWidth)
        var rows: [Row] = []
        for field in form.fields {
            for line in 0..<shownLines(of: field, isNote: isNote, screenHeight: grid.height) { rows.append(.field(field, line: line)) }
            if let error = form.error, error.field == field { rows += errorRows(error.message, width: inputWidth) }
        }
        if let error = form.error, error.field == nil { rows += errorRows(error.message, width: inputWidth) }
        let height = min(rows.count + 4, grid.height - 2)
        guard width >= 20, height >= 5 else { return }
        let rect = Rect(x: (grid.width - width) / 2, y: (grid.height - height) / 2, width: width, height: height)
        grid.fill(rect, style: CellStyle(.overlay))
        // The keys are in the status bar, from the form's table.
        PaneFrame.draw(rect, title: model.title, focused: true, plain: model.plain, into: &grid)
        let suggestion = model.suggestion

        // Scroll whole rows so that the focused field's cursor line is in view.
        let visible = height - 4
        let focusedRow = rows.firstIndex { row in
            guard case .field(let field, let line) = row, field == form.focusedField else { return false }
            return line == min(form.editor(field).row, shownLines(of: field, isNote: isNote, screenHeight: grid.height) - 1)
        } ?? 0
        let first = max(0, min(focusedRow - visible + 2, rows.count - visible))
        for (slot, row) in rows.dropFirst(first).prefix(visible).enumerated() {
            let y = rect.y + 1 + slot
            switch row {
            case .error(let message):
                grid.put(message, x: rect.x + 2 + labelWidth, y: y, maxWidth: inputWidth, style: CellStyle(.error))
            case .field(let field, let line):
                let focused = field == form.focusedField
                if line == 0, !isNote {
                    let atFault = form.error?.field == field
                    let label = (focused ? "› " : "  ") + field.label + (field.isRequired ? "*" : "")
                    grid.put(label, x: rect.x + 1, y: y, maxWidth: labelWidth,
                             style: CellStyle(atFault ? .error : focused ? .overlayTitle : .overlay))
                }
                drawInput(model, field: field, line: line, focused: focused, x: rect.x + 2 + labelWidth, y: y,
                          width: inputWidth - 1, isNote: isNote, screenHeight: grid.height, into: &grid)
            }
        }
        // The bottom line: the focused field's hint, or the partner a partners field would take.
        let hint: (String, Role)
        if let partner = suggestion {
            hint = ("→ \(partner.id) — \(partner.name)", .message)
        } else if let reading = model.dateReading {
            hint = (reading, model.dateReadingIsError ? .error : .message)
        } else if let name = model.newPartnerName {
            hint = (Phrases.dialog.newPartnerHint(["name": name]), .message)
        } else {
            hint = (form.focusedField.hint.isEmpty ? (isNote ? Phrases.dialog.noteHint.text : "") : form.focusedField.hint, .dim)
        }
        grid.put(hint.0, x: rect.x + 2, y: rect.maxY - 2, maxWidth: width - 4, style: CellStyle(hint.1))
    }

    /// A refusal wrapped under its field: `✗ ` then the message.
    private static func errorRows(_ message: String, width: Int) -> [Row] {
        TextClipping.wrap("✗ " + SafeText.escaped(message), to: max(8, width - 1)).map { .error($0) }
    }

    /// How many screen lines a field's input takes: one; three for a multi-line field in an
    /// item form; the height of the box for the note editor.
    private static func shownLines(of field: ItemField, isNote: Bool, screenHeight: Int) -> Int {
        guard field.isMultiline else { return 1 }
        return isNote ? max(3, screenHeight - 8) : 3
    }

    private static func drawInput(_ model: FormViewModel, field: ItemField, line: Int, focused: Bool, x: Int, y: Int, width: Int,
                                  isNote: Bool, screenHeight: Int, into grid: inout Grid) {
        let editor = model.form.editor(field)
        let suggestion = model.suggestion
        let style = CellStyle(focused ? .searchLine : .normal)
        grid.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        if field.valueKind == .choice {
            let value = model.choiceLabels[field] ?? editor.text
            grid.put(focused ? "‹ \(value) ›" : value, x: x, y: y, maxWidth: width, style: style)
            if focused { grid.placeCursor(x: x + 2, y: y) }
            return
        }
        // A multi-line editor shows the lines around the cursor.
        let shown = shownLines(of: field, isNote: isNote, screenHeight: screenHeight)
        let firstLine = max(0, editor.row - shown + 1)
        let index = firstLine + line
        guard index < editor.lines.count else { return }
        let (text, cursorX) = focused ? editor.visible(line: index, width: width) : (String(editor.lines[index]), nil)
        let used = grid.put(text, x: x, y: y, maxWidth: width, style: style, ellipsis: cursorX == nil)
        if focused, editor.cursorAtEnd, let suggested = suggestion, used + 2 < width {
            // The rest of the id when the word starts it (fish-style), else the id after an arrow.
            let word = field.valueKind == .partners
                ? editor.text.split(separator: ",", omittingEmptySubsequences: false).last.map { $0.drop { $0 == " " } } ?? ""
                : Substring(editor.text.drop { $0 == " " })
            let ghost = suggested.id.hasPrefix(word) ? String(suggested.id.dropFirst(word.count)) : " → " + suggested.id
            grid.put(ghost, x: x + used, y: y, maxWidth: width - used, style: CellStyle(.dim))
        }
        if focused, let cursorX { grid.placeCursor(x: x + min(cursorX, width - 1), y: y) }
        if let cursorX, cursorX < width {
            let under = grid[x + cursorX, y]
            grid[x + cursorX, y] = Cell(under.isContinuation ? " " : under.text, style: CellStyle(.searchLine, reverse: true))
        }
    }
}
