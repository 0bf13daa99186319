/// A box drawn over the panes.
public enum Overlay: Hashable, Sendable {
    /// The key table, scrolled by `scroll` lines.
    case help(scroll: Int)
    /// The full details of an item.
    case details(id: String, scroll: Int)
}
