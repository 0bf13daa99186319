/// A box drawn over the panes.
public enum Overlay: Hashable, Sendable {
    /// The key table, scrolled by `scroll` lines.
    case help(scroll: Int)
    /// The full details of an item.
    case details(id: String, scroll: Int)
}

/// A line for the status bar.
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
