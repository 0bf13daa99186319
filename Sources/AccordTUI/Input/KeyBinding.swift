/// One row of a mode's key table: its keys, the command each key gives, what the row
/// does in words, and its status-bar hint.
///
/// The same rows drive key handling, the status-bar hints and the `?` help of their
/// mode, so the three can never disagree.
public struct KeyBinding<Command: Hashable & Sendable>: Sendable {
    /// Each key with the command it gives (Tab and Shift-Tab share a row but go opposite ways).
    public let entries: [(key: Key, command: Command)]
    /// The keys as written in help: "j / ↓" (or words, for keys a row only describes).
    public let keyLabel: String
    public let description: String
    /// The short hint in the status bar, when the row is shown there.
    public let hint: String?
    /// True for rows that change the data: on read-only data they say why instead of acting.
    public let changesData: Bool
    /// When given, the hint shows only while this holds (a form's Enter hint depends on the field).
    public let hintShown: (@Sendable (DashboardModel) -> Bool)?

    public init(_ keys: [Key], _ command: Command, _ description: String, hint: String? = nil,
                changesData: Bool = false, label: String? = nil, hintShown: (@Sendable (DashboardModel) -> Bool)? = nil) {
        self.init(keys.map { ($0, command) }, description, hint: hint, changesData: changesData, label: label, hintShown: hintShown)
    }

    /// A row whose keys give different commands.
    public init(_ entries: [(Key, Command)], _ description: String, hint: String? = nil, changesData: Bool = false,
                label: String? = nil, hintShown: (@Sendable (DashboardModel) -> Bool)? = nil) {
        self.entries = entries.map { (key: $0.0, command: $0.1) }
        keyLabel = label ?? entries.map(\.0.label).joined(separator: " / ")
        self.description = description
        self.hint = hint
        self.changesData = changesData
        self.hintShown = hintShown
    }

    public var keys: [Key] { entries.map(\.key) }
    /// The command of the row's first key.
    public var command: Command { entries[0].command }
}
