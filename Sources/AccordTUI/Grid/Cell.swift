/// One cell of the screen: a grapheme cluster (or nothing, for the second
/// half of a wide character) and how it looks.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown; empty for the cell a wide character spills into.
    public var text: String
    public var style: CellStyle

    public init(_ text: String = " ", style: CellStyle = CellStyle()) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()
    /// True for the right half of a wide character.
    public var isContinuation: Bool { text.isEmpty }
}

/// How a cell looks: a theme role, plus reverse video for the selection
/// (so selection never depends on colour alone).
public struct CellStyle: Hashable, Sendable {
    public var role: Role
    public var reverse: Bool

    public init(_ role: Role = .normal, reverse: Bool = false) {
        self.role = role
        self.reverse = reverse
    }
}
