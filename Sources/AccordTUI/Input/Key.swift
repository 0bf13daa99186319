import AccordCore

/// A key press or terminal event, independent of the backend.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)   // Ctrl-R is .control("r")
    case up, down, left, right
    case home, end, pageUp, pageDown
    case tab, backTab, enter, escape, backspace, delete
    /// A function key: F1 is `.function(1)`.
    case function(Int)
    case mouse(MouseEvent)
    case resize
    /// Text the terminal said was pasted (bracketed paste): never read as keys. Holds at most
    /// `pasteLimit + 1` characters: one more than the limit says the paste was longer.
    case paste(String)

    /// The most characters a paste may hold; a longer one is refused with a sentence.
    public static let pasteLimit = 65_536

    /// How the key is written in hints and help, in the current language ("Ctrl-R", "PgDn",
    /// "Space" / "Espace").
    public var label: String {
        let keys = Phrases.dashboard
        switch self {
        case .character(" "): return keys.keySpace.text
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-" + c.uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return keys.keyHome.text
        case .end: return keys.keyEnd.text
        case .pageUp: return keys.keyPageUp.text
        case .pageDown: return keys.keyPageDown.text
        case .tab: return "Tab"
        case .backTab: return keys.keyBackTab.text
        case .enter: return keys.keyEnter.text
        case .escape: return keys.keyEscape.text
        case .backspace: return keys.keyBackspace.text
        case .delete: return keys.keyDelete.text
        case .function(let n): return "F\(n)"
        case .mouse: return keys.keyMouse.text
        case .resize: return keys.keyResize.text
        case .paste: return keys.keyPaste.text
        }
    }
}

/// A mouse click or wheel step at a cell.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
