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
    /// Added to the selected row, which is always drawn in reverse video.
    case selection

    /// The key in a theme file: `border-focused` for `.borderFocused`.
    public var key: String {
        rawValue.reduce(into: "") { out, c in
            if c.isUppercase { out += "-" + c.lowercased() } else { out.append(c) }
        }
    }

    /// The role a theme-file key names.
    public init?(key: String) {
        guard let role = Role.allCases.first(where: { $0.key == key }) else { return nil }
        self = role
    }
}
