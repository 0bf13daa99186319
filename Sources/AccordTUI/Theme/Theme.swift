import AccordCore

/// A terminal colour: the terminal's default, one of the 8 basic colours, or a 256-colour index.
public enum TermColor: Hashable, Sendable {
    case terminalDefault
    case basic(Int)      // 0 black … 7 white
    case indexed(Int)    // 0…255
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

    /// True when the style sets no colour (only attributes).
    public var isColorless: Bool { foreground == .terminalDefault && background == .terminalDefault }
}

/// Colours and attributes for every role; loaded from `themes/*.yaml`.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var description: String
    /// The description in French (`description-fr:`), when the file gives one.
    public var frenchDescription: String?
    public var styles: [Role: RoleStyle]

    public init(name: String, description: String = "", frenchDescription: String? = nil, styles: [Role: RoleStyle]) {
        self.name = name
        self.description = description
        self.frenchDescription = frenchDescription
        self.styles = styles
    }

    /// The description in the current language (English when the file has no French).
    public var localizedDescription: String {
        Language.current == .fr ? frenchDescription ?? description : description
    }

    public func style(_ role: Role) -> RoleStyle { styles[role] ?? RoleStyle() }

    /// The built-in dark theme (themes/default.yaml).
    public static let defaultDark: Theme = ThemeCatalog.builtIn.first { $0.name == "default" }!

    /// Attributes only, no colour (themes/monochrome.yaml): for NO_COLOR and terminals without colour.
    public static let monochrome: Theme = ThemeCatalog.builtIn.first { $0.name == "monochrome" }!
}
