/// What a key asks of a confirmation dialog.
public enum ConfirmCommand: Hashable, Sendable {
    case switchButton, press, cancel, help, redraw, quit
    /// Presses the confirm button, wherever the focus is (y).
    case confirm
}
