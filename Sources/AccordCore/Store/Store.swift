import Foundation

/// The shell around the pure ledger: validates a change, journals it, and
/// only then makes it the current state.
///
/// Every public mutation is all or nothing: when validation or the journal
/// write fails, `state` and the undo history are exactly as before.
public final class Store {
    public private(set) var ledger: Ledger
    /// nil for a memory-only store (tests, previews).
    public let journal: Journal?
    private let now: @Sendable () -> Date

    /// A store whose changes are journaled in `journal`, starting from the replayed `ledger`.
    public init(ledger: Ledger, journal: Journal?, now: @escaping @Sendable () -> Date = { Date() }) {
        self.ledger = ledger
        self.journal = journal
        self.now = now
    }

    /// Opens the data directory at `path` (see `Journal.open`).
    public static func open(directory path: String, readOnly: Bool = false, history: Bool = true,
                            fileSystem: FileSystem = PosixFileSystem(),
                            now: @escaping @Sendable () -> Date = { Date() }) throws(JournalError) -> Store {
        let (journal, ledger) = try Journal.open(DataLayout(directory: path), fileSystem: fileSystem, readOnly: readOnly,
                                                 history: history, now: now)
        return Store(ledger: ledger, journal: journal, now: now)
    }

    public var state: AccordState { ledger.state }
    public var canUndo: Bool { !ledger.undoStack.isEmpty }
    public var canRedo: Bool { !ledger.redoStack.isEmpty }
    /// Why nothing can be saved, or nil when changes are saved.
    public var readOnlyReason: ReadOnlyReason? { journal?.readOnlyReason }

    /// Today, in the local time zone: the day ticks are dated with.
    public var today: Day { Day(now(), timeZone: .current) }

    /// Applies and journals a new change; returns it.
    @discardableResult
    public func perform(_ change: Change) throws -> Change {
        try commit(.change, change)
    }

    /// Undoes the newest change; returns the change that was undone (its label) as applied.
    @discardableResult
    public func undo() throws -> Change {
        try commit(.undo, try ledger.pending(.undo))
    }

    /// Redoes the most recently undone change.
    @discardableResult
    public func redo() throws -> Change {
        try commit(.redo, try ledger.pending(.redo))
    }

    /// Ticks an action as done today.
    @discardableResult
    public func tick(_ id: String) throws -> Change {
        let title = state.actions[id]?.title ?? id
        return try perform(Change(label: "Ticked '\(title)'", events: [.actionTicked(id: id, on: today)]))
    }

    /// Marks a done action as open again.
    @discardableResult
    public func untick(_ id: String) throws -> Change {
        let title = state.actions[id]?.title ?? id
        return try perform(Change(label: "Unticked '\(title)'", events: [.actionUnticked(id: id)]))
    }

    /// Folds the journal into a snapshot now.
    public func compact() throws {
        guard let journal else { return }
        try journal.compact(ledger)
    }

    /// Repairs a damaged journal (see `Journal.repair`).
    public func repair() throws -> RepairReport {
        guard let journal else { throw JournalError.notDamaged }
        return try journal.repair(ledger)
    }

    private func commit(_ kind: RecordKind, _ change: Change) throws -> Change {
        // In place: copying a large state for every change would cost O(size) per tick. An invalid
        // change throws here; a read-only or failed journal throws from `append`, and is reverted.
        let revert = try ledger.apply(kind, change)
        if let journal {
            do {
                try journal.append(kind, change)
            } catch {
                ledger.revert(revert)
                throw error
            }
        }
        if let journal, journal.wantsCompaction {
            try? journal.compact(ledger)
        }
        return change
    }
}
