/// What a piece of the screen is, so views name roles and themes pick colours.
public enum Role: String, CaseIterable, Hashable, Sendable {
    case normal
    case dim
    case header
    case border
    case borderFocused
    case paneTitle
    case paneTitleFocused
    case category
    case commitment
    case checkboxDone
    case checkboxOpen
    case progressFilled
    case progressEmpty
    case overdue
    case expiringSoon
    case statusBar
    case keyHint
    case message
    case error
    case overlay
    case overlayTitle
    case searchMatch
    case searchLine
}
