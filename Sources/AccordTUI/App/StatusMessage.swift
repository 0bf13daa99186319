/// A line for the status bar.
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool
    /// What to do next ("u to undo"): always shown whole, after the text, which is
    /// shortened instead when the line is too narrow.
    public var tail: String?
    /// Says a change another Accord made: the next ones that arrive are counted in its tail.
    public var isElsewhere: Bool

    public init(_ text: String, isError: Bool = false, tail: String? = nil, isElsewhere: Bool = false) {
        self.text = text
        self.isError = isError
        self.tail = tail
        self.isElsewhere = isElsewhere
    }
}
