/// What a key asks of the help or details box.
public enum OverlayCommand: Hashable, Sendable {
    case close, scrollDown, scrollUp, pageDown, pageUp, top, bottom, help, redraw, quit
    /// In the details box: opens the item's link number N (from 1).
    case openLink(Int)
}
