import AccordCore

/// What any mode's table gives, whatever its commands: hints and help rows.
public protocol HintsAndHelp: Sendable {
    func hints(in model: DashboardModel) -> [StatusBarModel.Hint]
    func helpRows(in model: DashboardModel) -> [HelpRow]
    /// Whether `key` asks for a change to the data in this mode (read-only or not).
    func changesData(_ key: Key) -> Bool
    /// Every phrase of the table, for the catalog test.
    var phrases: [Phrase] { get }
    /// Each documented binding's keys and what it does, in the current language (the `?` help
    /// without a model: what the README and docs/KEYS.md show, see `KeyDocs`).
    var documentedRows: [(keys: String, description: String)] { get }
}

/// One mode's key table: looks keys up, and gives the mode's status-bar hints and help rows.
public struct BindingTable<Command: Hashable & Sendable>: Sendable, HintsAndHelp {
    public let bindings: [KeyBinding<Command>]
    private let lookup: [Key: Int]

    public init(_ bindings: [KeyBinding<Command>]) {
        self.bindings = bindings
        var lookup: [Key: Int] = [:]
        for (index, binding) in bindings.enumerated() {
            for entry in binding.entries where lookup[entry.key] == nil { lookup[entry.key] = index }
        }
        self.lookup = lookup
    }

    /// What `key` does in this mode: its command, or why it cannot act now; nil when the key is not bound.
    public func resolve(_ key: Key, in model: DashboardModel) -> Resolved? {
        guard let index = lookup[key] else { return nil }
        let binding = bindings[index]
        let command = binding.entries.first { $0.key == key }!.command
        if let reason = disabledReason(binding, in: model) { return .disabled(reason) }
        return .command(command)
    }

    public var phrases: [Phrase] { bindings.flatMap(\.phrases) }

    public func changesData(_ key: Key) -> Bool {
        lookup[key].map { bindings[$0].changesData } ?? false
    }

    /// A key's meaning in a mode.
    public enum Resolved: Hashable, Sendable {
        case command(Command)
        /// The key's row changes data and the data is read-only: why.
        case disabled(String)
    }

    /// Why a row cannot act now (read-only data), or nil.
    func disabledReason(_ binding: KeyBinding<Command>, in model: DashboardModel) -> String? {
        guard binding.changesData, let reason = model.readOnlyReason else { return nil }
        return Phrases.dialog.readOnly(["reason": reason.brief])
    }

    /// The hints the status bar shows in this mode now, in table order.
    public func hints(in model: DashboardModel) -> [StatusBarModel.Hint] {
        bindings.compactMap { binding in
            guard let hint = binding.hint, binding.hintShown?(model) ?? true else { return nil }
            return StatusBarModel.Hint(hint, enabled: disabledReason(binding, in: model) == nil)
        }
    }

    public var documentedRows: [(keys: String, description: String)] {
        bindings.filter { !$0.description.isEmpty }.map { ($0.keyLabel, $0.description) }
    }

    /// The rows `?` shows for this mode.
    public func helpRows(in model: DashboardModel) -> [HelpRow] {
        bindings.filter { !$0.description.isEmpty }.map { binding in
            HelpRow(keys: binding.keyLabel, description: binding.description,
                    disabled: disabledReason(binding, in: model) == nil ? nil : Phrases.dialog.readOnlyShort.text)
        }
    }
}

/// One line of the `?` help: keys, what they do, and why they cannot act now.
public struct HelpRow: Hashable, Sendable {
    public let keys: String
    public let description: String
    public let disabled: String?
}
