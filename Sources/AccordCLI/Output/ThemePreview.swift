import AccordCore
import AccordTUI

/// A one-line sample of a theme: a few roles drawn with ANSI colours (or plain text when colour is off).
enum ThemePreview {
    /// The roles shown, each with a word in the current language.
    static var samples: [(Role, String)] {
        let w = Phrases.command
        return [(.header, " Accord "), (.borderFocused, "│"), (.checkboxDone, "[x]"), (.checkboxOpen, "[ ]"),
                (.overdue, w.previewLate.text), (.expiringSoon, w.previewSoon.text), (.searchMatch, w.previewMatch.text),
                (.keyHint, w.previewHelp.text), (.error, w.previewError.text)]
    }

    static func line(_ theme: Theme, color: Bool) -> String {
        samples.map { role, text in color ? sgr(theme.style(role)) + text + "\u{1B}[0m" : text }.joined(separator: " ")
    }

    /// The SGR sequence for a style (256-colour codes).
    static func sgr(_ style: RoleStyle) -> String {
        var codes: [String] = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        for (color, base) in [(style.foreground, 38), (style.background, 48)] {
            switch color {
            case .terminalDefault: break
            case .basic(let n): codes.append("\(base - 8 + n)")
            case .indexed(let n): codes.append("\(base);5;\(n)")
            }
        }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
