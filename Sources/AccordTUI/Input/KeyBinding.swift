import AccordCore

/// One row of a mode's key table: its keys, the command each key gives, what the row
/// does in words, and its status-bar hint.
///
/// The same rows drive key handling, the status-bar hints and the `?` help of their
/// mode, so the three can never disagree. Words are phrases, read in the language in effect
/// when they are shown.
public struct KeyBinding<Command: Hashable & Sendable>: Sendable {
    /// Each key with the command it gives (Tab and Shift-Tab share a row but go opposite ways).
    public let entries: [(key: Key, command: Command)]
    /// What the row does, for the help; nil for a row that only gives a hint.
    public let describes: Phrase?
    /// The short hint in the status bar, when the row is shown there.
    public let hintPhrase: Phrase?
    /// Words for the keys instead of their names ("→ at the end").
    public let labelPhrase: Phrase?
    /// True for rows that change the data: on read-only data they say why instead of acting.
    public let changesData: Bool
    /// When given, the hint shows only while this holds (a form's Enter hint depends on the field).
    public let hintShown: (@Sendable (DashboardModel) -> Bool)?

    public init(_ keys: [Key], _ command: Command, _ description: Phrase?, hint: Phrase? = nil,
                changesData: Bool = false, label: Phrase? = nil, hintShown: (@Sendable (DashboardModel) -> Bool)? = nil) {
        self.init(keys.map { ($0, command) }, description, hint: hint, changesData: changesData, label: label, hintShown: hintShown)
    }

    /// A row whose keys give different commands.
    public init(_ entries: [(Key, Command)], _ description: Phrase?, hint: Phrase? = nil, changesData: Bool = false,
                label: Phrase? = nil, hintShown: (@Sendable (DashboardModel) -> Bool)? = nil) {
        self.entries = entries.map { (key: $0.0, command: $0.1) }
        labelPhrase = label
        describes = description
        hintPhrase = hint
        self.changesData = changesData
        self.hintShown = hintShown
    }

    /// The keys as written in help: "j / ↓" (or words, for keys a row only describes).
    public var keyLabel: String { labelPhrase?.text ?? entries.map(\.key.label).joined(separator: " / ") }
    /// What the row does, in the current language ("" for a hint-only row).
    public var description: String { describes?.text ?? "" }
    /// The status-bar hint in the current language.
    public var hint: String? { hintPhrase?.text }
    /// Every phrase of the row, for the catalog test.
    public var phrases: [Phrase] { [describes, hintPhrase, labelPhrase].compactMap { $0 } }

    public var keys: [Key] { entries.map(\.key) }
    /// The command of the row's first key.
    public var command: Command { entries[0].command }
}
