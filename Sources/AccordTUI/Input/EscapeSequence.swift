/// The escape sequences a terminal sends that ncurses did not turn into keys — when TERM
/// names another terminal than the one speaking (xterm-256color inside tmux sends Home
/// as `ESC [ 1 ~`, which xterm's terminfo spells `ESC O H`). Read whole, they become the
/// key they stand for, or nothing; never loose characters (the `1` of Home was taken for
/// "Partners pane").
public enum EscapeSequence {
    /// The longest sequence read; anything longer is not one and is dropped.
    public static let maximumLength = 32

    /// What follows ESC to start a bracketed paste (`ESC [ 200 ~`).
    public static let pasteStart: [Character] = ["[", "2", "0", "0", "~"]
    /// The whole sequence that ends a bracketed paste.
    public static let pasteEnd = "\u{1B}[201~"

    /// Whether `body` (what followed ESC) is a whole sequence: a CSI (`[` … a final byte
    /// from `@` to `~`) or an SS3 (`O` and one character).
    public static func isComplete(_ body: [Character]) -> Bool {
        guard let first = body.first else { return false }
        switch first {
        case "[":
            guard body.count >= 2, let last = body.last?.unicodeScalars.first?.value else { return false }
            // `ESC [ <` … and `ESC [ M` mouse reports end on their own rules; M/m end an SGR report.
            return (0x40...0x7E).contains(last) && !(body.count == 2 && last == 0x5B)
        case "O":
            return body.count >= 2
        default:
            return true
        }
    }

    /// Whether `body` starts a sequence (`[` or `O` after ESC); else ESC was the Escape key.
    public static func starts(_ first: Character) -> Bool { first == "[" || first == "O" }

    /// The key a whole sequence stands for; nil for one Accord has no use for (it is swallowed).
    public static func key(for body: [Character]) -> Key? {
        let text = String(body)
        switch text {
        case "[A", "OA": return .up
        case "[B", "OB": return .down
        case "[C", "OC": return .right
        case "[D", "OD": return .left
        case "[H", "OH", "[1~", "[7~": return .home
        case "[F", "OF", "[4~", "[8~": return .end
        case "[5~": return .pageUp
        case "[6~": return .pageDown
        case "[3~": return .delete
        case "[Z": return .backTab
        case "OP", "[11~": return .function(1)
        case "OQ", "[12~": return .function(2)
        case "OR", "[13~": return .function(3)
        case "OS", "[14~": return .function(4)
        case "OM": return .enter
        default:
            // With modifiers: `ESC [ 1 ; 5 A` is Ctrl-↑ — the arrow is what Accord uses.
            if text.hasPrefix("[1;"), let last = body.last, body.count == 5 {
                return key(for: ["[", last])
            }
            return nil
        }
    }
}
