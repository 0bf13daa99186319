/// What a key asks of the help or details box.
public enum OverlayCommand: Hashable, Sendable {
    case close, scrollDown, scrollUp, pageDown, pageUp, top, bottom, help, redraw, quit
}
