/// Where a frame leaves the terminal's cursor: on the selected row of the focused pane, or
/// in the field being edited — where a screen reader or a braille display looks for the focus.
public struct CursorPosition: Hashable, Sendable {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}
