/// A terminal colour: the terminal's default, one of the 8 basic colours, or a 256-colour index.
public enum TermColor: Hashable, Sendable {
    case terminalDefault
    case basic(Int)      // 0 black … 7 white
    case indexed(Int)    // 0…255

    public static let black = TermColor.basic(0), red = TermColor.basic(1), green = TermColor.basic(2),
        yellow = TermColor.basic(3), blue = TermColor.basic(4), magenta = TermColor.basic(5),
        cyan = TermColor.basic(6), white = TermColor.basic(7)
}

/// How one role looks.
public struct RoleStyle: Hashable, Sendable {
    public var foreground: TermColor
    public var background: TermColor
    public var bold: Bool
    public var underline: Bool
    public var dim: Bool
    public var reverse: Bool

    public init(_ foreground: TermColor = .terminalDefault, on background: TermColor = .terminalDefault,
                bold: Bool = false, underline: Bool = false, dim: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.dim = dim
        self.reverse = reverse
    }
}

/// Colours and attributes for every role.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var styles: [Role: RoleStyle]

    public init(name: String, styles: [Role: RoleStyle]) {
        self.name = name
        self.styles = styles
    }

    public func style(_ role: Role) -> RoleStyle { styles[role] ?? RoleStyle() }

    /// The built-in dark theme, on the terminal's own background; uses the 8 basic colours.
    public static let defaultDark = Theme(name: "default", styles: [
        .normal: RoleStyle(),
        .dim: RoleStyle(dim: true),
        .header: RoleStyle(.black, on: .cyan, bold: true),
        .border: RoleStyle(dim: true),
        .borderFocused: RoleStyle(.cyan, bold: true),
        .paneTitle: RoleStyle(bold: true),
        .paneTitleFocused: RoleStyle(.cyan, bold: true, underline: true),
        .category: RoleStyle(.magenta, bold: true),
        .commitment: RoleStyle(bold: true),
        .checkboxDone: RoleStyle(.green, bold: true),
        .checkboxOpen: RoleStyle(),
        .progressFilled: RoleStyle(.green),
        .progressEmpty: RoleStyle(dim: true),
        .overdue: RoleStyle(.red, bold: true),
        .expiringSoon: RoleStyle(.yellow, bold: true),
        .statusBar: RoleStyle(.white, on: .blue),
        .keyHint: RoleStyle(.yellow, on: .blue, bold: true),
        .message: RoleStyle(.white, on: .blue, bold: true),
        .error: RoleStyle(.white, on: .red, bold: true),
        .overlay: RoleStyle(),
        .overlayTitle: RoleStyle(.cyan, bold: true),
        .searchMatch: RoleStyle(.black, on: .yellow, bold: true),
        .searchLine: RoleStyle(.white, on: .black, bold: true),
    ])

    /// No colour at all: attributes only (for NO_COLOR and terminals without colour).
    public static let monochrome = Theme(name: "monochrome", styles: [
        .dim: RoleStyle(dim: true),
        .header: RoleStyle(reverse: true),
        .border: RoleStyle(dim: true),
        .borderFocused: RoleStyle(bold: true),
        .paneTitle: RoleStyle(bold: true),
        .paneTitleFocused: RoleStyle(bold: true, underline: true),
        .category: RoleStyle(bold: true, underline: true),
        .commitment: RoleStyle(bold: true),
        .checkboxDone: RoleStyle(bold: true),
        .progressEmpty: RoleStyle(dim: true),
        .overdue: RoleStyle(bold: true, underline: true),
        .expiringSoon: RoleStyle(underline: true),
        .statusBar: RoleStyle(reverse: true),
        .keyHint: RoleStyle(bold: true, reverse: true),
        .message: RoleStyle(bold: true, reverse: true),
        .error: RoleStyle(bold: true, underline: true, reverse: true),
        .overlayTitle: RoleStyle(bold: true),
        .searchMatch: RoleStyle(bold: true, underline: true),
        .searchLine: RoleStyle(bold: true),
    ])
}
